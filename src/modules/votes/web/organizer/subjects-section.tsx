import { Button, Card, DatePicker, Form, Select, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { formatDate } from '../../../../platform/web/format.js';
import { useT } from '../../../../platform/web/i18n.js';
import { DataTable } from '../../../../platform/web/data-table.js';
import type { PersonSummary } from '../../../people/web/index.js';
import { votesEndpoints } from '../../votes.contract.js';
import { START_KINDS, type RoundDetail } from '../../votes.schemas.js';
import { useRoundWrite } from './organizer.api.js';
import { organizerMessages } from './organizer.messages.js';
import { PersonSearchSelect } from './person-search-select.js';

type Subject = RoundDetail['subjects'][number];
type StartKind = (typeof START_KINDS)[number];

/** The people voted on: those excluded (appointed this year, retirement announced) stay listed with the reason. */
export function SubjectsSection({ round }: { round: RoundDetail }) {
  const t = useT(organizerMessages);
  const editable = round.can.manage && round.status === 'draft' && round.rollFingerprint === null;
  const columns = [
    { title: t('colName'), dataIndex: 'fullName', key: 'name' },
    { title: t('colPost'), dataIndex: 'postTitle', key: 'post' },
    { title: t('colPostSince'), key: 'since', render: (_: unknown, s: Subject) => formatDate(s.postStartedOn) },
    { title: t('startKind'), key: 'kind', render: (_: unknown, s: Subject) => t(`startKind_${s.startKind}`) },
    {
      title: t('colOnBallot'),
      key: 'excluded',
      render: (_: unknown, s: Subject) =>
        s.excluded ? (
          <Tag color="warning" style={{ whiteSpace: 'normal' }}>
            {t('excluded', { reason: s.exclusionReason ?? '' })}
          </Tag>
        ) : (
          <Tag color="success">{t('onBallot')}</Tag>
        ),
    },
  ];

  return (
    <Card title={<h2 style={{ fontSize: 18, margin: 0 }}>{t('subjectsTitle')}</h2>} data-testid="subjects-section">
      {editable && <AddSubjectForm round={round} />}
      <DataTable<Subject>
        label={t('subjectsTable')}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={round.subjects}
        pagination={false}
        locale={{ emptyText: t('noSubjects') }}
      />
    </Card>
  );
}

function AddSubjectForm({ round }: { round: RoundDetail }) {
  const t = useT(organizerMessages);
  const add = useRoundWrite(votesEndpoints.addVoteSubjects);
  const [person, setPerson] = useState<PersonSummary | undefined>();
  const [startKind, setStartKind] = useState<StartKind>('appointed');
  const [retirement, setRetirement] = useState<Dayjs | null>(null);
  const taken = new Set(round.subjects.map((s) => s.personId));

  const submit = async () => {
    if (!person) return;
    await add.mutateAsync({
      params: { id: round.id },
      body: {
        subjects: [
          { personId: person.id, startKind, retirementAnnouncedOn: retirement ? retirement.format('YYYY-MM-DD') : null },
        ],
      },
    });
    setPerson(undefined);
    setRetirement(null);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
      <ErrorAlert error={add.error} />
      <Form layout="vertical" name="vote-add-subject" onFinish={() => void submit().catch(() => undefined)}>
        <Space wrap align="end">
          <Form.Item label={t('personSearch')} htmlFor="vote-subject-person" style={{ marginBottom: 0 }}>
            <PersonSearchSelect
              id="vote-subject-person"
              data-testid="subject-person"
              unitId={round.unitId}
              value={person?.id}
              excludeIds={taken}
              onChange={setPerson}
            />
          </Form.Item>
          <Form.Item label={t('startKind')} htmlFor="vote-subject-kind" style={{ marginBottom: 0 }}>
            <Select<StartKind>
              id="vote-subject-kind"
              value={startKind}
              onChange={setStartKind}
              style={{ width: 160 }}
              options={START_KINDS.map((k) => ({ value: k, label: t(`startKind_${k}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('retirementOn')} htmlFor="vote-subject-retirement" style={{ marginBottom: 0 }}>
            <DatePicker id="vote-subject-retirement" format="DD/MM/YYYY" value={retirement} onChange={setRetirement} />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={!person} loading={add.isPending} data-testid="subject-add">
            {t('addSubject')}
          </Button>
        </Space>
      </Form>
    </Space>
  );
}
