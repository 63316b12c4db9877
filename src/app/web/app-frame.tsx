import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  FileDoneOutlined,
  IdcardOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { hasRole, useLogout, useSessionAccount, type SessionAccount } from '../../modules/auth/web/index.js';
import { AppLayout, type NavItem } from '../../platform/web/app-layout.js';
import { defineMessages, useT } from '../../platform/web/i18n.js';
import { PageLoading } from '../../platform/web/page-loading.js';

const navMessages = defineMessages({
  vi: {
    org: 'Cơ cấu tổ chức',
    people: 'Cán bộ, đảng viên',
    votes: 'Lấy phiếu tín nhiệm',
    reviews: 'Đánh giá, xếp loại',
    daysOff: 'Ngày nghỉ lễ, Tết',
    audit: 'Nhật ký hệ thống',
    accounts: 'Tài khoản và phân quyền',
    me: 'Tài khoản của tôi',
  },
  en: {
    org: 'Organization',
    people: 'Cadres and party members',
    votes: 'Confidence votes',
    reviews: 'Reviews and ratings',
    daysOff: 'Public holidays',
    audit: 'Audit log',
    accounts: 'Accounts and permissions',
    me: 'My account',
  },
});

/** Which pages an account reaches, from its grants (the server enforces the same on every call). */
export const canSeeOrg = (a: SessionAccount) => a.grants.length > 0;
export const canSeePeople = (a: SessionAccount) => a.grants.length > 0;
/** Every role over a unit reads its vote rounds; organizers and administrators run them (server: votes.policy). */
export const canSeeVotes = (a: SessionAccount) => a.grants.length > 0;
/** Every role over a unit reads its review cycles; organizers and administrators run them (server: reviews.policy). */
export const canSeeReviews = (a: SessionAccount) => a.grants.length > 0;
export const canSeeAudit = (a: SessionAccount) => hasRole(a, 'admin', 'inspector');
export const canSeeAccounts = (a: SessionAccount) => hasRole(a, 'admin');

/** The signed-in frame around every app page; the page itself loads lazily inside `<main>`. */
export function AppFrame() {
  const t = useT(navMessages);
  const account = useSessionAccount();
  const logout = useLogout();
  const nav: NavItem[] = [
    ...(canSeeOrg(account) ? [{ path: '/org', label: t('org'), icon: <ApartmentOutlined /> }] : []),
    ...(canSeePeople(account) ? [{ path: '/people', label: t('people'), icon: <IdcardOutlined /> }] : []),
    ...(canSeeVotes(account) ? [{ path: '/votes', label: t('votes'), icon: <CheckSquareOutlined /> }] : []),
    ...(canSeeReviews(account) ? [{ path: '/reviews', label: t('reviews'), icon: <FileDoneOutlined /> }] : []),
    // Everyone signed in reads the days off (deadlines count them); only provincial admins edit them.
    { path: '/calendar/days-off', label: t('daysOff'), icon: <CalendarOutlined /> },
    ...(canSeeAudit(account) ? [{ path: '/audit', label: t('audit'), icon: <AuditOutlined /> }] : []),
    ...(canSeeAccounts(account) ? [{ path: '/accounts', label: t('accounts'), icon: <TeamOutlined /> }] : []),
    { path: '/me', label: t('me'), icon: <UserOutlined /> },
  ];
  return (
    <AppLayout nav={nav} userName={account.displayName} accountPath="/me" onLogout={() => void logout()}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}
