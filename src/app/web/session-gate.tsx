import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { sessionHome, useSession, useSessionAccount, type SessionAccount } from '../../modules/auth/web/use-session.js';
import { useErrorText } from '../../platform/web/error-alert.js';
import { useT } from '../../platform/web/i18n.js';
import { PageLoading } from '../../platform/web/page-loading.js';
import { platformMessages } from '../../platform/web/platform.messages.js';
import { StatusPage } from '../../platform/web/status-page.js';

export type Need = 'anonymous' | SessionAccount['stage'];

function SessionUnavailable({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT(platformMessages);
  const text = useErrorText();
  return (
    <main id="main">
      <Result
        status="warning"
        title={<h1 style={{ fontSize: 22, margin: 0 }}>{text(error)}</h1>}
        extra={
          <Button type="primary" onClick={retry}>
            {t('retry')}
          </Button>
        }
      />
    </main>
  );
}

/**
 * Opens a route only to a session in the state it needs; otherwise sends it where it belongs:
 * no account → /login, 'mfa' → /login/mfa, 'enrol-mfa' → /mfa/enrol, 'change-password' → /password,
 * 'ready' → the app (back to the page first asked for, if any).
 */
export function SessionGate({ need, children }: { need: Need; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session.data) {
    if (session.isError) return <SessionUnavailable error={session.error} retry={() => void session.refetch()} />;
    return <PageLoading fullScreen />;
  }
  const account = session.data.account;
  const here: Need = account ? account.stage : 'anonymous';
  if (here === need) return children;
  const carried = (location.state as { from?: unknown } | null)?.from;
  const from = typeof carried === 'string' ? carried : need === 'ready' ? location.pathname + location.search : undefined;
  const target = here === 'ready' ? (from ?? '/') : sessionHome(account);
  return <Navigate to={target} replace state={from && here !== 'ready' ? { from } : undefined} />;
}

/** A page only some roles may open; the others see "access denied" inside the frame. */
export function RequireAccess({ allow, children }: { allow: (account: SessionAccount) => boolean; children: ReactNode }) {
  const account = useSessionAccount();
  return allow(account) ? children : <StatusPage kind="forbidden" />;
}
