import { App, Button, Descriptions, Drawer, Space, Typography } from 'antd';
import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { ErrorAlert } from '../../../platform/web/error-alert.js';
import { formatInstantDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import { PageLoading } from '../../../platform/web/page-loading.js';
import { PHONE_QUERY, useMediaQuery } from '../../../platform/web/use-media-query.js';
import { authEndpoints, type Account } from '../auth.contract.js';
import { AccountFormModal } from './account-form-modal.js';
import { AccountStatus } from './account-status.js';
import { accountsMessages } from './accounts.messages.js';
import { GrantFormModal } from './grant-form-modal.js';
import { GrantList } from './grant-list.js';
import { ResetPasswordModal } from './reset-password-modal.js';

const REFRESH = [authEndpoints.listAccounts, authEndpoints.getAccount];
type Dialog = 'edit' | 'reset-password' | 'grant' | null;

/** One account: details, the administrator's actions on it, and its grants. */
export function AccountDrawer({ accountId, onClose }: { accountId: number; onClose: () => void }) {
  const t = useT(accountsMessages);
  const { message, modal } = App.useApp();
  const phone = useMediaQuery(PHONE_QUERY);
  const query = useApiQuery(authEndpoints.getAccount, { params: { id: accountId } });
  const update = useApiMutation(authEndpoints.updateAccount, REFRESH);
  const resetMfa = useApiMutation(authEndpoints.resetMfa, REFRESH);
  const revoke = useApiMutation(authEndpoints.revokeGrant, REFRESH);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [revokingId, setRevokingId] = useState<number | null>(null);
  const account = query.data;

  const toggleDisabled = (a: Account) => {
    const disabled = !a.disabled;
    modal.confirm({
      title: disabled ? t('disable') : t('enable'),
      content: t(disabled ? 'disableConfirm' : 'enableConfirm', { username: a.username }),
      okText: t('confirm'),
      cancelText: t('cancel'),
      okButtonProps: { danger: disabled },
      onOk: () =>
        update
          .mutateAsync({ params: { id: a.id }, body: { disabled, version: a.version } })
          .then(() => void message.success(t(disabled ? 'disabledDone' : 'enabledDone')))
          .catch(setActionError),
    });
  };

  const confirmResetMfa = (a: Account) =>
    modal.confirm({
      title: t('resetMfa'),
      content: t('resetMfaConfirm', { username: a.username }),
      okText: t('confirm'),
      cancelText: t('cancel'),
      okButtonProps: { danger: true },
      onOk: () =>
        resetMfa
          .mutateAsync({ params: { id: a.id } })
          .then(() => void message.success(t('resetMfaDone')))
          .catch(setActionError),
    });

  return (
    <Drawer
      open
      onClose={onClose}
      size={phone ? '100%' : 600}
      title={account ? account.displayName : t('details')}
      destroyOnHidden
    >
      {query.isPending && <PageLoading />}
      <ErrorAlert error={query.error ?? actionError} />
      {account && (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            <Button onClick={() => setDialog('edit')}>{t('edit')}</Button>
            <Button onClick={() => setDialog('reset-password')}>{t('resetPassword')}</Button>
            {account.mfaEnabled && <Button onClick={() => confirmResetMfa(account)}>{t('resetMfa')}</Button>}
            <Button danger={!account.disabled} onClick={() => toggleDisabled(account)}>
              {account.disabled ? t('enable') : t('disable')}
            </Button>
          </Space>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'username', label: t('username'), children: account.username },
              { key: 'name', label: t('displayName'), children: account.displayName },
              { key: 'email', label: t('email'), children: account.email ?? '—' },
              { key: 'unit', label: t('homeUnit'), children: account.homeUnitName },
              { key: 'status', label: t('status'), children: <AccountStatus account={account} /> },
              { key: 'created', label: t('createdAt'), children: formatInstantDate(account.createdAt) },
            ]}
          />
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', margin: '24px 0 8px', gap: 8 }}>
            <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
              {t('grantsHeading')}
            </Typography.Title>
            <Button type="primary" onClick={() => setDialog('grant')}>
              {t('addGrant')}
            </Button>
          </div>
          <GrantList
            grants={account.grants}
            revoking={revoke.isPending ? revokingId : null}
            onRevoke={(g) => {
              setRevokingId(g.id);
              revoke.mutate(
                { params: { id: g.id } },
                { onSuccess: () => void message.success(t('revoked')), onError: setActionError },
              );
            }}
          />
          {dialog === 'edit' && <AccountFormModal account={account} onClose={() => setDialog(null)} />}
          {dialog === 'reset-password' && <ResetPasswordModal account={account} onClose={() => setDialog(null)} />}
          {dialog === 'grant' && <GrantFormModal account={account} onClose={() => setDialog(null)} />}
        </>
      )}
    </Drawer>
  );
}
