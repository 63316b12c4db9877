import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { formatDate, formatNumber } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import type { PersonDetail } from '../people.contract.js';
import { fieldMessages } from './person-fields.messages.js';
import { usePeopleLabels } from './people-labels.js';
import { birthDateText } from './ui.js';

type Key = keyof typeof fieldMessages.vi;

function Group({ title, rows }: { title: string; rows: [Key, ReactNode][] }) {
  const t = useT(fieldMessages);
  return (
    <section style={{ marginBottom: 24 }}>
      <h2 style={{ fontSize: 18, margin: '0 0 8px' }}>{title}</h2>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        styles={{ label: { width: 170, color: 'rgba(0, 0, 0, 0.75)' } }}
        items={rows.map(([key, value]) => ({
          key,
          label: t(key),
          children: value === null || value === undefined || value === '' ? t('none') : value,
        }))}
      />
    </section>
  );
}

/** Thông tin chung: every field of form 2C the record holds, grouped as on the form. */
export function GeneralTab({ person: p }: { person: PersonDetail }) {
  const t = useT(fieldMessages);
  const labels = usePeopleLabels();
  const num = (n: number | null) => (n === null ? null : formatNumber(n, labels.locale));
  return (
    <>
      <Group
        title={t('groupIdentity')}
        rows={[
          ['fullName', <span style={{ textTransform: 'uppercase' }}>{p.fullName}</span>],
          ['otherNames', p.otherNames],
          ['gender', labels.gender(p.gender)],
          ['dateOfBirth', birthDateText(p)],
          ['ethnicity', p.ethnicity],
          ['religion', p.religion],
          ['idNumber', <span style={{ fontFamily: 'monospace' }}>{p.idNumber ?? p.idNumberMasked}</span>],
        ]}
      />
      <Group
        title={t('groupContact')}
        rows={[
          ['birthplace', p.birthplace],
          ['homeTown', p.homeTown],
          ['address', p.address],
          ['phone', p.phone],
          ['email', p.email],
        ]}
      />
      <Group
        title={t('groupWork')}
        rows={[
          ['status', labels.status(p.status)],
          ['unit', p.unitName],
          ['civilServiceRank', p.civilServiceRank],
          ['civilServiceRankCode', p.civilServiceRankCode],
          ['salaryStep', num(p.salaryStep)],
          ['salaryCoefficient', num(p.salaryCoefficient)],
        ]}
      />
      <Group
        title={t('groupEducation')}
        rows={[
          ['educationGeneral', p.educationGeneral],
          ['educationLevel', labels.education(p.educationLevel)],
          ['educationMajor', p.educationMajor],
          ['academicTitle', p.academicTitle],
          ['politicalTheory', labels.theory(p.politicalTheory)],
          ['stateManagement', p.stateManagement],
          ['languages', p.languages],
          ['itLevel', p.itLevel],
        ]}
      />
      <Group
        title={t('groupParty')}
        rows={[
          ['partyJoinDate', formatDate(p.partyJoinDate)],
          ['partyOfficialDate', formatDate(p.partyOfficialDate)],
        ]}
      />
      <Group title={t('groupHealth')} rows={[['health', p.health]]} />
    </>
  );
}
