import { Table, type TableColumnsType } from 'antd';
import { formatNumber } from '../../../platform/web/format.js';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import type { AuditEvent } from '../audit.contract.js';
import { AuditDiff } from './audit-diff.js';
import { actionLabels, entityLabels, useCodeLabel } from './audit-labels.messages.js';
import { PAGE_SIZES } from './audit-search-params.js';
import { formatVnDateTime } from './audit-time.js';
import { auditMessages } from './audit.messages.js';

const MUTED = { color: 'rgba(0, 0, 0, 0.65)', fontSize: 12 };
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
const CODE = { ...MUTED, fontFamily: 'monospace', overflowWrap: 'anywhere' as const };

interface Props {
  items: readonly AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage(page: number, pageSize: number): void;
}

export function AuditTable({ items, total, page, pageSize, loading, onPage }: Props) {
  const t = useT(auditMessages);
  const { locale } = useLocale();
  const action = useCodeLabel(actionLabels);
  const entity = useCodeLabel(entityLabels);

  const columns: TableColumnsType<AuditEvent> = [
    { key: 'at', title: t('colTime'), render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatVnDateTime(e.at)}</span> },
    {
      key: 'actor',
      title: t('colActor'),
      render: (_, e) => (e.actorAccountId === null && e.actorLabel === 'system' ? t('system') : e.actorLabel),
    },
    { key: 'authority', title: t('colAuthority'), render: (_, e) => <span style={CODE}>{e.authority ?? '—'}</span> },
    {
      key: 'action',
      title: t('colAction'),
      render: (_, e) => (
        <>
          <div>{action(e.action)}</div>
          <div style={CODE}>{e.action}</div>
        </>
      ),
    },
    {
      key: 'entity',
      title: t('colEntity'),
      render: (_, e) => (
        <>
          {entity(e.entityType)}
          {e.entityId !== null && <span style={MUTED}> #{e.entityId}</span>}
        </>
      ),
    },
    { key: 'unit', title: t('colUnit'), width: 240, render: (_, e) => e.unitName ?? '—' },
  ];

  return (
    <Table<AuditEvent>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...items]}
      loading={loading}
      scroll={{ x: 960 }}
      locale={{ emptyText: t('empty') }}
      expandable={{
        columnTitle: <span style={VISUALLY_HIDDEN}>{t('diffTitle')}</span>,
        expandedRowRender: (e) => (
          <div style={{ maxWidth: 'calc(100vw - 80px)' }}>
            <h3 style={{ fontSize: 14, margin: '0 0 8px' }}>{t('diffTitle')}</h3>
            <AuditDiff before={e.before} after={e.after} />
            <p style={{ ...MUTED, margin: '8px 0 0', overflowWrap: 'anywhere' }}>
              {t('eventMeta', { id: e.id, request: e.requestId ?? '—' })} · {t('eventHash', { hash: e.hash ?? '…' })}
            </p>
          </div>
        ),
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (n) => t('total', { n: formatNumber(n, locale) }),
        onChange: onPage,
      }}
    />
  );
}
