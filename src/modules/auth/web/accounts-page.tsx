import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData } from '@tanstack/react-query';
import { Button, Input, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../platform/web/api-hooks.js';
import { DataTable } from '../../../platform/web/data-table.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { formatInstantDate, formatNumber } from '../../../platform/web/format.js';
import { useLocale, useT } from '../../../platform/web/i18n.js';
import { usePageTitle } from '../../../platform/web/page-title.js';
import { useDebounced } from '../../../platform/web/use-debounced.js';
import { authEndpoints, type Account } from '../auth.contract.js';
import { AccountDrawer } from './account-drawer.js';
import { AccountFormModal } from './account-form-modal.js';
import { AccountStatus } from './account-status.js';
import { accountsMessages } from './accounts.messages.js';
import { ROLE_COLOR, roleMessages, SHORT_ROLE_KEY } from './roles.js';

/** Accounts and permissions (administrators): search, page through, open one, create one. */
export default function AccountsPage() {
  const t = useT(accountsMessages);
  const tr = useT(roleMessages);
  const { locale } = useLocale();
  usePageTitle(t('title'));
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [openId, setOpenId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const debounced = useDebounced(search.trim(), 300);

  const list = useApiQuery(
    authEndpoints.listAccounts,
    { query: { search: debounced || undefined, page, pageSize } },
    { placeholderData: keepPreviousData },
  );

  const columns: TableColumnsType<Account> = [
    {
      key: 'account',
      title: t('account'),
      render: (_, a) => (
        <div style={{ minWidth: 160 }}>
          <Button type="link" style={{ padding: 0, height: 'auto', fontWeight: 500 }} onClick={() => setOpenId(a.id)}>
            {a.displayName}
          </Button>
          <div>
            <Typography.Text type="secondary">{a.username}</Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'homeUnit', title: t('homeUnit'), dataIndex: 'homeUnitName' },
    {
      key: 'grants',
      title: t('grants'),
      render: (_, a) =>
        a.grants.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap>
            {[...new Set(a.grants.map((g) => g.role))].map((r) => (
              <Tag key={r} color={ROLE_COLOR[r]} title={tr(r)}>
                {tr(SHORT_ROLE_KEY[r])}
              </Tag>
            ))}
          </Space>
        ),
    },
    { key: 'status', title: t('status'), render: (_, a) => <AccountStatus account={a} /> },
    { key: 'createdAt', title: t('createdAt'), dataIndex: 'createdAt', render: (v: string) => formatInstantDate(v) },
  ];

  return (
    <>
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          alignItems: 'center',
          justifyContent: 'space-between',
          marginBottom: 8,
        }}
      >
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('create')}
        </Button>
      </div>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Input
        value={search}
        onChange={(e) => {
          setSearch(e.target.value);
          setPage(1);
        }}
        prefix={<SearchOutlined aria-hidden="true" />}
        placeholder={t('search')}
        aria-label={t('search')}
        allowClear
        type="search"
        style={{ maxWidth: 420, marginBottom: 16 }}
      />
      <ErrorAlert error={list.error} />
      <DataTable<Account>
        label={t('title')}
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        size="middle"
        locale={{ emptyText: t('empty') }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (n) => t('total', { n: formatNumber(n, locale) }),
          onChange: (p, s) => {
            setPage(s !== pageSize ? 1 : p);
            setPageSize(s);
          },
        }}
      />
      {openId !== null && <AccountDrawer accountId={openId} onClose={() => setOpenId(null)} />}
      {creating && (
        <AccountFormModal
          onClose={(created) => {
            setCreating(false);
            if (created) setOpenId(created.id);
          }}
        />
      )}
    </>
  );
}
