import { formatDate, formatNumber } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import {
  AddDisciplineInputSchema,
  AddPartyEventInputSchema,
  AddRewardInputSchema,
  AddSalaryGradeInputSchema,
  AddTrainingInputSchema,
  PARTY_EVENT_KINDS,
  peopleEndpoints as api,
  type PersonDetail,
  type PersonDiscipline,
  type PersonPartyEvent,
  type PersonReward,
  type PersonSalaryGrade,
  type PersonTraining,
} from '../people.contract.js';
import { HistorySection } from './history-section.js';
import { usePeopleLabels } from './people-labels.js';
import { profileMessages } from './person-profile.messages.js';

const D = (iso: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(iso)}</span>;

/** Đào tạo, bồi dưỡng (form 2C table). */
export function TrainingTab({ person }: { person: PersonDetail }) {
  const t = useT(profileMessages);
  return (
    <HistorySection<PersonTraining>
      personId={person.id}
      title={t('tabTraining')}
      items={person.training}
      canEdit={person.can.edit}
      remove={api.deletePersonTraining}
      columns={[
        { key: 'from', title: t('colFrom'), render: (_, r) => D(r.fromDate) },
        { key: 'to', title: t('colTo'), render: (_, r) => D(r.toDate) },
        { key: 'inst', title: t('colInstitution'), dataIndex: 'institution' },
        { key: 'major', title: t('colMajor'), dataIndex: 'major' },
        { key: 'mode', title: t('colMode'), dataIndex: 'mode' },
        { key: 'qual', title: t('colQualification'), dataIndex: 'qualification' },
      ]}
      add={{
        label: t('addTraining'),
        endpoint: api.addPersonTraining,
        shape: AddTrainingInputSchema.shape,
        fields: [
          { name: 'institution', label: t('colInstitution'), kind: 'text', required: true, max: 300 },
          { name: 'major', label: t('colMajor'), kind: 'text' },
          { name: 'fromDate', label: t('colFrom'), kind: 'date', required: true },
          { name: 'toDate', label: t('colTo'), kind: 'date' },
          { name: 'mode', label: t('colMode'), kind: 'text', max: 60 },
          { name: 'qualification', label: t('colQualification'), kind: 'text' },
        ],
      }}
    />
  );
}

/** Diễn biến lương: effective date, rank, step, coefficient. */
export function SalaryTab({ person }: { person: PersonDetail }) {
  const t = useT(profileMessages);
  const { locale } = usePeopleLabels();
  return (
    <HistorySection<PersonSalaryGrade>
      personId={person.id}
      title={t('tabSalary')}
      items={person.salaryGrades}
      canEdit={person.can.edit}
      remove={api.deletePersonSalaryGrade}
      columns={[
        { key: 'eff', title: t('colEffective'), render: (_, r) => D(r.effectiveDate) },
        { key: 'rank', title: t('colRank'), dataIndex: 'rankName' },
        { key: 'code', title: t('colRankCode'), dataIndex: 'rankCode' },
        { key: 'step', title: t('colStep'), align: 'right', dataIndex: 'step' },
        {
          key: 'coef',
          title: t('colCoefficient'),
          align: 'right',
          render: (_, r) => (r.coefficient === null ? '' : formatNumber(r.coefficient, locale)),
        },
      ]}
      add={{
        label: t('addSalary'),
        endpoint: api.addPersonSalaryGrade,
        shape: AddSalaryGradeInputSchema.shape,
        fields: [
          { name: 'effectiveDate', label: t('colEffective'), kind: 'date', required: true },
          { name: 'rankName', label: t('colRank'), kind: 'text', max: 120 },
          { name: 'rankCode', label: t('colRankCode'), kind: 'text', max: 20 },
          { name: 'step', label: t('colStep'), kind: 'number' },
          { name: 'coefficient', label: t('colCoefficient'), kind: 'number' },
        ],
      }}
    />
  );
}

/** Khen thưởng: form, reason, decision. */
export function RewardsTab({ person }: { person: PersonDetail }) {
  const t = useT(profileMessages);
  return (
    <HistorySection<PersonReward>
      personId={person.id}
      title={t('tabRewards')}
      items={person.rewards}
      canEdit={person.can.edit}
      remove={api.deletePersonReward}
      columns={[
        { key: 'date', title: t('colDecided'), render: (_, r) => D(r.decidedOn) },
        { key: 'form', title: t('colForm'), dataIndex: 'form' },
        { key: 'reason', title: t('colReason'), dataIndex: 'reason' },
        { key: 'ref', title: t('colDecision'), dataIndex: 'decisionRef' },
      ]}
      add={{
        label: t('addReward'),
        endpoint: api.addPersonReward,
        shape: AddRewardInputSchema.shape,
        fields: [
          { name: 'form', label: t('colForm'), kind: 'text', required: true },
          { name: 'reason', label: t('colReason'), kind: 'text', max: 500 },
          { name: 'decidedOn', label: t('colDecided'), kind: 'date', required: true },
          { name: 'decisionRef', label: t('colDecision'), kind: 'text', max: 120 },
        ],
      }}
    />
  );
}

/** Kỷ luật: form (code list), reason, decision — other modules read these dates. */
export function DisciplineTab({ person }: { person: PersonDetail }) {
  const t = useT(profileMessages);
  const labels = usePeopleLabels();
  return (
    <HistorySection<PersonDiscipline>
      personId={person.id}
      title={t('tabDiscipline')}
      items={person.discipline}
      canEdit={person.can.edit}
      remove={api.deletePersonDiscipline}
      columns={[
        { key: 'date', title: t('colDecided'), render: (_, r) => D(r.decidedOn) },
        { key: 'form', title: t('colForm'), render: (_, r) => labels.discipline(r.form) },
        { key: 'reason', title: t('colReason'), dataIndex: 'reason' },
        { key: 'ref', title: t('colDecision'), dataIndex: 'decisionRef' },
      ]}
      add={{
        label: t('addDiscipline'),
        endpoint: api.addPersonDiscipline,
        shape: AddDisciplineInputSchema.shape,
        fields: [
          { name: 'form', label: t('colForm'), kind: 'select', required: true, options: labels.options.discipline },
          { name: 'reason', label: t('colReason'), kind: 'text', required: true, max: 500 },
          { name: 'decidedOn', label: t('colDecided'), kind: 'date', required: true },
          { name: 'decisionRef', label: t('colDecision'), kind: 'text', max: 120 },
        ],
      }}
    />
  );
}

/** Đảng: party status changes (admitted, full membership, transfers…). */
export function PartyTab({ person }: { person: PersonDetail }) {
  const t = useT(profileMessages);
  const { locale } = usePeopleLabels();
  const kinds = Object.entries(PARTY_EVENT_KINDS).map(([value, l]) => ({ value, label: l[locale] }));
  return (
    <HistorySection<PersonPartyEvent>
      personId={person.id}
      title={t('tabParty')}
      items={person.partyEvents}
      canEdit={person.can.edit}
      remove={api.deletePersonPartyEvent}
      columns={[
        { key: 'date', title: t('colDate'), render: (_, r) => D(r.eventDate) },
        { key: 'kind', title: t('colEvent'), render: (_, r) => PARTY_EVENT_KINDS[r.kind][locale] },
        { key: 'note', title: t('colNote'), dataIndex: 'note' },
        { key: 'ref', title: t('colDocument'), dataIndex: 'documentRef' },
      ]}
      add={{
        label: t('addPartyEvent'),
        endpoint: api.addPersonPartyEvent,
        shape: AddPartyEventInputSchema.shape,
        fields: [
          { name: 'kind', label: t('colEvent'), kind: 'select', required: true, options: kinds },
          { name: 'eventDate', label: t('colDate'), kind: 'date', required: true },
          { name: 'note', label: t('colNote'), kind: 'text', max: 500 },
          { name: 'documentRef', label: t('colDocument'), kind: 'text', max: 120 },
        ],
      }}
    />
  );
}
