import { Button, Popconfirm, Tag, Typography } from 'antd';
import { formatInstantDate } from '../../../platform/web/format.js';
import { useT } from '../../../platform/web/i18n.js';
import type { Grant } from '../auth.contract.js';
import { accountsMessages } from './accounts.messages.js';
import { ROLE_COLOR, roleMessages } from './roles.js';

/** Each grant as "role · unit (· management body)", with who granted it and when; revocable when asked. */
export function GrantList({
  grants,
  onRevoke,
  revoking,
}: {
  grants: readonly Grant[];
  onRevoke?: (g: Grant) => void;
  revoking?: number | null;
}) {
  const t = useT(accountsMessages);
  const tr = useT(roleMessages);
  if (grants.length === 0) return <Typography.Text type="secondary">{t('noGrants')}</Typography.Text>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {grants.map((g) => (
        <li
          key={g.id}
          style={{
            display: 'flex',
            gap: 12,
            alignItems: 'flex-start',
            justifyContent: 'space-between',
            padding: '10px 0',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <div style={{ minWidth: 0 }}>
            <Tag color={ROLE_COLOR[g.role]} style={{ whiteSpace: 'normal', marginBottom: 4 }}>
              {tr(g.role)}
            </Tag>
            <div>{g.unitName}</div>
            {g.managementBodyName && <div>{t('forBody', { body: g.managementBodyName })}</div>}
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('grantedAt', { date: formatInstantDate(g.grantedAt) })}
              {g.grantedBy ? ` ${t('grantedBy', { name: g.grantedBy })}` : ''}
            </Typography.Text>
          </div>
          {onRevoke && (
            <Popconfirm
              title={t('revokeConfirm')}
              okText={t('revoke')}
              cancelText={t('cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => onRevoke(g)}
            >
              <Button danger loading={revoking === g.id} aria-label={t('revokeLabel', { role: tr(g.role), unit: g.unitName })}>
                {t('revoke')}
              </Button>
            </Popconfirm>
          )}
        </li>
      ))}
    </ul>
  );
}
