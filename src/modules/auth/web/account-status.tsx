import { Space, Tag } from 'antd';
import { useT } from '../../../platform/web/i18n.js';
import type { Account } from '../auth.contract.js';
import { accountsMessages } from './accounts.messages.js';

/** Active or disabled, plus what else an administrator should notice. */
export function AccountStatus({ account }: { account: Account }) {
  const t = useT(accountsMessages);
  return (
    <Space size={[4, 4]} wrap>
      {account.disabled ? <Tag color="error">{t('disabled')}</Tag> : <Tag color="success">{t('active')}</Tag>}
      {account.mfaEnabled && <Tag color="processing">{t('mfaOn')}</Tag>}
      {account.mustChangePassword && <Tag color="warning">{t('mustChange')}</Tag>}
    </Space>
  );
}
