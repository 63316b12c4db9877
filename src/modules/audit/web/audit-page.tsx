import { Card, Space, Typography } from 'antd';
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { auditEndpoints } from '../audit.contract.js';
import { AuditFiltersForm } from './audit-filters.js';
import { readFilters, writeFilters, type AuditFilters } from './audit-search-params.js';
import { AuditTable } from './audit-table.js';
import { AuditVerify } from './audit-verify.js';
import { auditMessages } from './audit.messages.js';

/** /audit — the audit log: filters in the URL, a paged table with before/after, and the chain check. */
export default function AuditPage() {
  const t = useT(auditMessages);
  usePageTitle(t('pageTitle'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const events = useApiQuery(auditEndpoints.listAuditEvents, { query: filters }, { placeholderData: keepPreviousData });
  const go = (next: AuditFilters) => setParams(writeFilters(next));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t('pageTitle')}
      </Typography.Title>
      <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('filters')}</h2>}>
        <AuditFiltersForm filters={filters} onApply={(c) => go({ ...c, page: 1, pageSize: filters.pageSize })} />
      </Card>
      <AuditVerify />
      <ErrorAlert error={events.isError ? events.error : null} />
      <AuditTable
        items={events.data?.items ?? []}
        total={events.data?.total ?? 0}
        page={filters.page}
        pageSize={filters.pageSize}
        loading={events.isFetching}
        onPage={(page, pageSize) => go({ ...filters, page: pageSize === filters.pageSize ? page : 1, pageSize })}
      />
    </Space>
  );
}
