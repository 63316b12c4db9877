import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DataTable } from '../../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../../platform/web/error-alert.js';
import { formatDate } from '../../../../platform/web/format.js';
import { useT } from '../../../../platform/web/i18n.js';
import { usePageTitle } from '../../../../platform/web/page-title.js';
import { definedOnly, filterParams, urlOneOf, urlPositiveInt } from '../../../../platform/web/url-filters.js';
import { hasRole, useSessionAccount } from '../../../auth/web/index.js';
import { UnitPicker } from '../../../org/web/index.js';
import { ROUND_LIST_PAGE_DEFAULT, ROUND_STATUSES, type RoundStatus, type RoundSummary } from '../../votes.schemas.js';
import { useRoundList, type RoundListFilters } from './organizer.api.js';
import { organizerMessages } from './organizer.messages.js';
import { RoundCreateModal } from './round-create-modal.js';
import { RoundStatusTag } from './round-labels.js';

function readFilters(p: URLSearchParams): RoundListFilters {
  return {
    ...definedOnly({ unitId: urlPositiveInt(p, 'unitId'), status: urlOneOf(p, 'status', ROUND_STATUSES) }),
    page: urlPositiveInt(p, 'page') ?? 1,
    pageSize: ROUND_LIST_PAGE_DEFAULT,
  };
}

const writeFilters = (f: RoundListFilters): Record<string, string> =>
  filterParams({ unitId: f.unitId, status: f.status, page: f.page > 1 ? f.page : undefined });

/** /votes — the confidence-vote rounds in scope, filtered by unit and status; organizers create one here. */
export default function RoundsListPage() {
  const t = useT(organizerMessages);
  usePageTitle(t('listTitle'));
  const account = useSessionAccount();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const rounds = useRoundList(filters);
  const [creating, setCreating] = useState(false);
  const go = (next: RoundListFilters) => setParams(writeFilters(next));
  const canCreate = hasRole(account, 'admin', 'organizer');

  const columns = [
    {
      title: t('colTitle'),
      key: 'title',
      // Long titles wrap, so the counts stay on screen at 1366 px.
      width: 250,
      render: (_: unknown, r: RoundSummary) => <Link to={`/votes/${r.id}`}>{r.title}</Link>,
    },
    { title: t('colUnit'), dataIndex: 'unitName', key: 'unit', width: 160 },
    { title: t('colDate'), key: 'date', render: (_: unknown, r: RoundSummary) => formatDate(r.voteDate) },
    { title: t('colRuleSet'), key: 'ruleSet', render: (_: unknown, r: RoundSummary) => t(`ruleSetShort_${r.ruleSet}`) },
    { title: t('status'), key: 'status', render: (_: unknown, r: RoundSummary) => <RoundStatusTag status={r.status} /> },
    { title: t('colAttendance'), key: 'att', render: (_: unknown, r: RoundSummary) => `${r.present} / ${r.summoned}` },
    { title: t('colBallots'), key: 'ballots', render: (_: unknown, r: RoundSummary) => r.ballotsReturned ?? '—' },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('listTitle')}
        </Typography.Title>
        {canCreate && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="round-create">
            {t('newRound')}
          </Button>
        )}
      </Space>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('filters')}</h2>}>
        <Form layout="inline" name="vote-round-filters">
          <Form.Item label={t('unit')} htmlFor="vote-round-filter-unit">
            <UnitPicker
              id="vote-round-filter-unit"
              value={filters.unitId ?? null}
              allowClear
              placeholder={t('unitAll')}
              style={{ width: 360 }}
              onChange={(unitId) => go({ ...filters, unitId, page: 1 })}
            />
          </Form.Item>
          <Form.Item label={t('status')} htmlFor="vote-round-filter-status">
            <Select<RoundStatus>
              id="vote-round-filter-status"
              allowClear
              placeholder={t('statusAll')}
              value={filters.status}
              style={{ width: 220 }}
              options={ROUND_STATUSES.map((s) => ({ value: s, label: t(`status_${s}`) }))}
              onChange={(status) => go({ ...filters, status, page: 1 })}
            />
          </Form.Item>
        </Form>
      </Card>
      <ErrorAlert error={rounds.isError ? rounds.error : null} />
      <DataTable<RoundSummary>
        label={t('roundsTable')}
        rowKey="id"
        columns={columns}
        dataSource={rounds.data?.items ?? []}
        loading={rounds.isFetching}
        locale={{ emptyText: t('empty') }}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: rounds.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (page) => go({ ...filters, page }),
        }}
      />
      {creating && (
        <RoundCreateModal
          {...(filters.unitId !== undefined ? { unitId: filters.unitId } : {})}
          onClose={() => setCreating(false)}
          onCreated={(id) => void navigate(`/votes/${id}`)}
        />
      )}
    </Space>
  );
}
