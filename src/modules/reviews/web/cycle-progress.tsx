import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { DataTable } from '../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { REVIEW_STATUSES, type CycleDetail } from '../reviews.contract.js';
import { useCycleProgress } from './reviews.api.js';
import { reviewsMessages } from './reviews.messages.js';

interface UnitRow {
  unitId: number;
  unitName: string;
  total: number;
  counts: Record<(typeof REVIEW_STATUSES)[number], number>;
  late: number;
}

/** A late count, highlighted when above zero (in words, not colour alone). */
function LateCell({ n }: { n: number }) {
  const t = useT(reviewsMessages);
  return n > 0 ? <Tag color="error">{t('lateOf', { n })}</Tag> : <span>0</span>;
}

/** Reviews per step for the whole cycle, and per unit with who is late. */
export function CycleProgress({ cycle }: { cycle: CycleDetail }) {
  const t = useT(reviewsMessages);
  const progress = useCycleProgress(cycle.id);
  const columns = [
    { title: t('unit'), dataIndex: 'unitName', key: 'unit' },
    { title: t('total'), dataIndex: 'total', key: 'total', align: 'right' as const },
    ...REVIEW_STATUSES.map((s) => ({
      title: t(`status_${s}`),
      key: s,
      align: 'right' as const,
      render: (_: unknown, r: UnitRow) => r.counts[s],
    })),
    { title: t('late'), key: 'late', render: (_: unknown, r: UnitRow) => <LateCell n={r.late} /> },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('counts')}</h2>} data-testid="cycle-counts">
        <Descriptions
          size="small"
          column={{ xs: 2, sm: 4, lg: 8 }}
          items={[
            { key: 'total', label: t('total'), children: cycle.total },
            ...REVIEW_STATUSES.map((s) => ({
              key: s,
              label: t(`status_${s}`),
              children: <span data-testid={`cycle-count-${s}`}>{cycle.counts[s]}</span>,
            })),
            { key: 'late', label: t('late'), children: <LateCell n={cycle.late} /> },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('progress')}</h2>}
        extra={progress.data ? <Typography.Text>{t('today', { date: formatDate(progress.data.today) })}</Typography.Text> : null}
      >
        <ErrorAlert error={progress.isError ? progress.error : null} />
        <DataTable<UnitRow>
          label={t('progressTable')}
          rowKey="unitId"
          size="small"
          columns={columns}
          dataSource={progress.data?.units ?? []}
          loading={progress.isFetching}
          pagination={false}
          rowClassName={(r) => (r.late > 0 ? 'reviews-row-late' : '')}
          data-testid="cycle-progress-table"
        />
      </Card>
    </Space>
  );
}
