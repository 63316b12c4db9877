import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { definedOnly, filterParams, urlOneOf, urlPositiveInt, urlYear } from '../../../platform/web/url-filters.js';
import { hasRole, useSessionAccount } from '../../auth/web/index.js';
import { CONSEQUENCE_STATUSES, type ConsequenceItem } from '../reviews-decision.contract.js';
import { ConsequenceResolveModal } from './consequences-resolve-modal.js';
import { LevelText } from './review-labels.js';
import { useConsequences } from './reviews.api.js';
import { reviewsAdminMessages } from './reviews-admin.messages.js';
import { UnitYearFilterItems } from './unit-year-filters.js';

type Status = (typeof CONSEQUENCE_STATUSES)[number];

interface Filters {
  unitId?: number;
  year?: number;
  status?: Status;
}

/** Status colours whose text passes WCAG AA in antd 6; the words carry the status. */
const STATUS_COLOR: Readonly<Record<Status, string>> = { open: 'warning', done: 'success', dismissed: 'default' };

const readFilters = (p: URLSearchParams): Filters =>
  definedOnly({
    unitId: urlPositiveInt(p, 'unitId'),
    year: urlYear(p),
    status: urlOneOf(p, 'status', CONSEQUENCE_STATUSES),
  });
const writeFilters = (f: Filters): Record<string, string> => filterParams({ ...f });

/** /reviews/consequences — what must follow decided ratings in scope; organizers mark each done or not applicable. */
export default function ConsequencesPage() {
  const t = useT(reviewsAdminMessages);
  usePageTitle(t('conseqTitle'));
  const account = useSessionAccount();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const list = useConsequences(filters);
  const [resolving, setResolving] = useState<ConsequenceItem | null>(null);
  const go = (next: Filters) => setParams(writeFilters(next));
  /** The server refuses others (403); the button shows only to the roles that may manage. */
  const canManage = hasRole(account, 'admin', 'organizer');

  /** Sized to fit 1366 px beside the menu: the unit under the person, the note under the status. */
  const columns = [
    {
      title: t('colPersonUnit'),
      key: 'person',
      render: (_: unknown, c: ConsequenceItem) => (
        <div style={{ maxWidth: 210 }}>
          <Link to={`/people/${c.personId}`}>{c.personName}</Link>
          <div>
            <Typography.Text type="secondary">{c.unitName}</Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('colYear'), dataIndex: 'year', key: 'year' },
    { title: t('colLevel'), key: 'level', render: (_: unknown, c: ConsequenceItem) => <LevelText level={c.level} /> },
    {
      title: t('colConsequence'),
      key: 'basis',
      render: (_: unknown, c: ConsequenceItem) => <div style={{ maxWidth: 330 }}>{c.basis}</div>,
    },
    {
      title: t('status'),
      key: 'status',
      render: (_: unknown, c: ConsequenceItem) => (
        <div style={{ maxWidth: 200 }}>
          <Tag color={STATUS_COLOR[c.status]} data-testid={`consequence-status-${c.id}`}>
            {t(`conseq_${c.status}`)}
          </Tag>
          {c.note && (
            <div>
              <Typography.Text type="secondary">{c.note}</Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    ...(canManage
      ? [
          {
            title: t('colActions'),
            key: 'actions',
            render: (_: unknown, c: ConsequenceItem) => (
              <Button
                size="small"
                onClick={() => setResolving(c)}
                aria-label={t('resolveOf', { name: c.personName })}
                data-testid={`consequence-resolve-${c.id}`}
              >
                {t('resolve')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/reviews">
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('conseqTitle')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('conseqIntro')}</Typography.Paragraph>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('filters')}</h2>}>
        <Form layout="inline" name="review-consequence-filters">
          <UnitYearFilterItems
            idPrefix="consequence-filter"
            yearTestId="consequence-filter-year"
            filters={filters}
            onChange={go}
          />
          <Form.Item label={t('status')} htmlFor="consequence-filter-status">
            <Select<Status>
              id="consequence-filter-status"
              allowClear
              placeholder={t('statusAll')}
              value={filters.status ?? null}
              style={{ width: 180 }}
              data-testid="consequence-filter-status"
              options={CONSEQUENCE_STATUSES.map((s) => ({ value: s, label: t(`conseq_${s}`) }))}
              onChange={(status) => go({ ...filters, status: status ?? undefined })}
            />
          </Form.Item>
        </Form>
      </Card>
      <ErrorAlert error={list.isError ? list.error : null} />
      <DataTable<ConsequenceItem>
        label={t('conseqTable')}
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: t('conseqEmpty') }}
        pagination={false}
        data-testid="consequences-table"
      />
      {resolving && <ConsequenceResolveModal item={resolving} onClose={() => setResolving(null)} />}
    </Space>
  );
}
