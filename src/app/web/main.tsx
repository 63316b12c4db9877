import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import type { Locale } from '../../shared/app-error.js';
import { authEndpoints } from '../../modules/auth/auth.contract.js';
import { sessionKey, useSession } from '../../modules/auth/web/use-session.js';
import { ApiError, callApi } from '../../platform/web/api-client.js';
import { EmptyState } from '../../platform/web/empty-state.js';
import { LocaleProvider, useLocale } from '../../platform/web/i18n.js';
import { meritTheme } from '../../platform/web/theme.js';
import './global.css';
import { router } from './router.js';

/** A 401 anywhere means the session ended: re-read it, and the route guard sends the user to /login. */
function onApiError(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) void queryClient.invalidateQueries({ queryKey: sessionKey });
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A refusal (4xx) will not change on retry; a network or server failure might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

/** The choice follows the account: the server stores it (and answers errors in it). */
function saveLocale(locale: Locale): void {
  callApi(authEndpoints.setLocale, { body: { locale } }).catch(() => undefined);
}

/** On a device that has never chosen, take the language the account chose elsewhere. */
function AccountLocale() {
  const { data } = useSession();
  const { locale, setLocale } = useLocale();
  const preferred = data?.account?.locale;
  useEffect(() => {
    if (preferred && preferred !== locale && !/(?:^|;\s*)merit_lang=/.test(document.cookie)) setLocale(preferred);
  }, [preferred, locale, setLocale]);
  return null;
}

function Shell() {
  const { locale } = useLocale();
  dayjs.locale(locale === 'vi' ? 'vi' : 'en'); // global and idempotent; must precede the pickers' render
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ConfigProvider locale={locale === 'vi' ? viVN : enUS} theme={meritTheme} renderEmpty={() => <EmptyState />}>
      <AntApp>
        <AccountLocale />
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LocaleProvider onChange={saveLocale}>
        <Shell />
      </LocaleProvider>
    </QueryClientProvider>
  </StrictMode>,
);
