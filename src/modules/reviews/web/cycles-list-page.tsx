import { AlertOutlined, BarChartOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, Form, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DataTable } from '../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { formatDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { definedOnly, filterParams, urlPositiveInt, urlYear } from '../../../platform/web/url-filters.js';
import { hasRole, useSessionAccount } from '../../auth/web/index.js';
import type { CycleSummary } from '../reviews.schemas.js';
import { usePeriodText } from './review-labels.js';
import { CycleOpenModal } from './cycle-open-modal.js';
import { useCycles } from './reviews.api.js';
import { reviewsMessages } from './reviews.messages.js';
import { reviewsAdminMessages } from './reviews-admin.messages.js';
import { UnitYearFilterItems } from './unit-year-filters.js';

interface Filters {
  unitId?: number;
  year?: number;
}

const readFilters = (p: URLSearchParams): Filters => definedOnly({ unitId: urlPositiveInt(p, 'unitId'), year: urlYear(p) });
const writeFilters = (f: Filters): Record<string, string> => filterParams({ ...f });

/** /reviews — the review cycles in scope, by unit and year; organizers and administrators open one here. */
export default function CyclesListPage() {
  const t = useT(reviewsMessages);
  const ta = useT(reviewsAdminMessages);
  usePageTitle(t('listTitle'));
  const account = useSessionAccount();
  const navigate = useNavigate();
  const periodText = usePeriodText();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const cycles = useCycles(filters);
  const [opening, setOpening] = useState(false);
  const go = (next: Filters) => setParams(writeFilters(next));
  const canOpen = hasRole(account, 'admin', 'organizer');

  const columns = [
    {
      title: t('colTitle'),
      key: 'title',
      render: (_: unknown, c: CycleSummary) => (
        <Link to={`/reviews/cycles/${c.id}`} data-testid={`cycle-link-${c.id}`}>
          {c.title}
        </Link>
      ),
    },
    { title: t('colUnit'), dataIndex: 'unitName', key: 'unit' },
    { title: t('colPeriod'), key: 'period', render: (_: unknown, c: CycleSummary) => periodText(c) },
    { title: t('colRegime'), key: 'regime', render: (_: unknown, c: CycleSummary) => t(`regimeShort_${c.regime}`) },
    { title: t('colDecisionDue'), key: 'due', render: (_: unknown, c: CycleSummary) => formatDate(c.decisionDue) },
    { title: t('colTotal'), dataIndex: 'total', key: 'total', align: 'right' as const },
    {
      title: t('status'),
      key: 'status',
      render: (_: unknown, c: CycleSummary) => (
        <Tag color={c.status === 'open' ? 'processing' : 'default'}>{t(`cycleStatus_${c.status}`)}</Tag>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('listTitle')}
        </Typography.Title>
        <Space wrap>
          <Link to="/reviews/stats" data-testid="reviews-stats-link">
            <BarChartOutlined /> {t('statsLink')}
          </Link>
          <Link to="/reviews/consequences" data-testid="reviews-consequences-link">
            <AlertOutlined /> {ta('consequencesLink')}
          </Link>
          <Link to="/reviews/settings" data-testid="reviews-settings-link">
            <SettingOutlined /> {ta('settingsLink')}
          </Link>
          {canOpen && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="cycle-open">
              {t('newCycle')}
            </Button>
          )}
        </Space>
      </Space>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('filters')}</h2>}>
        <Form layout="inline" name="review-cycle-filters">
          <UnitYearFilterItems idPrefix="review-cycle-filter" yearTestId="cycle-filter-year" filters={filters} onChange={go} />
        </Form>
      </Card>
      <ErrorAlert error={cycles.isError ? cycles.error : null} />
      <DataTable<CycleSummary>
        label={t('cyclesTable')}
        rowKey="id"
        columns={columns}
        dataSource={cycles.data?.items ?? []}
        loading={cycles.isFetching}
        locale={{ emptyText: t('empty') }}
        pagination={false}
        data-testid="cycles-table"
      />
      {opening && (
        <CycleOpenModal
          {...(filters.unitId !== undefined ? { unitId: filters.unitId } : {})}
          onClose={() => setOpening(false)}
          onOpened={(id) => void navigate(`/reviews/cycles/${id}`)}
        />
      )}
    </Space>
  );
}
