import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { callApi } from '../../../platform/web/api-client.js';
import { apiKey, useApiQuery } from '../../../platform/web/api-hooks.js';
import { authEndpoints, type Session } from '../auth.contract.js';

export type SessionAccount = NonNullable<Session['account']>;
export type Role = SessionAccount['grants'][number]['role'];

/** The query key of the session; every sign-in step writes its answer here. */
export const sessionKey = apiKey(authEndpoints.getSession);

/** Who is signed in (or null) and what the session still owes. Reading it also sets the CSRF token. */
export function useSession() {
  return useApiQuery(authEndpoints.getSession, undefined, { staleTime: 5 * 60_000, refetchOnWindowFocus: true, retry: 1 });
}

/** The signed-in account, for pages that the route guard only opens to a ready session. */
export function useSessionAccount(): SessionAccount {
  const { data } = useSession();
  if (!data?.account) throw new Error('useSessionAccount: no signed-in account (route guard missing?)');
  return data.account;
}

/** Store a session returned by login, a code, an enrolment or a password change. */
export function useSetSession(): (session: Session) => void {
  const queryClient = useQueryClient();
  return useCallback((session: Session) => queryClient.setQueryData(sessionKey, session), [queryClient]);
}

/**
 * Sign out, then load /login afresh: nothing of the account stays in memory (cached queries, page
 * state), and the login page does not send the next person back to where this one was.
 */
export async function signOut(): Promise<void> {
  try {
    await callApi(authEndpoints.logout);
  } catch {
    // Already gone (expired, or ended elsewhere): nothing left to end.
  }
  window.location.assign('/login');
}

/** `signOut` for components (kept as a hook so callers need not know it touches no React state). */
export function useLogout(): () => Promise<void> {
  return signOut;
}

export function hasRole(account: SessionAccount | null | undefined, ...roles: Role[]): boolean {
  return !!account?.grants.some((g) => roles.includes(g.role));
}

/** Where a session belongs: the step it still owes, or the app. */
export function sessionHome(account: SessionAccount | null | undefined): string {
  if (!account) return '/login';
  switch (account.stage) {
    case 'mfa':
      return '/login/mfa';
    case 'enrol-mfa':
      return '/mfa/enrol';
    case 'change-password':
      return '/password';
    case 'ready':
      return '/';
  }
}
