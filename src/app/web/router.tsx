import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { useSessionAccount } from '../../modules/auth/web/use-session.js';
import { PageLoading } from '../../platform/web/page-loading.js';
import { StatusPage } from '../../platform/web/status-page.js';
import { PERSON_EXTRA_TABS } from './person-extra-tabs.js';
import { AppFrame, canSeeAccounts, canSeeAudit, canSeeOrg, canSeePeople, canSeeReviews, canSeeVotes } from './app-frame.js';
import { RouteError } from './route-error.js';
import { RequireAccess, SessionGate, type Need } from './session-gate.js';

// Every page is its own chunk (research/stack-check.md §4). Nothing else may import these files
// statically, or Vite stops splitting them.
const LoginPage = lazy(() => import('../../modules/auth/web/login-page.js'));
const MfaPage = lazy(() => import('../../modules/auth/web/mfa-page.js'));
const MfaEnrolPage = lazy(() => import('../../modules/auth/web/mfa-enrol-page.js'));
const PasswordPage = lazy(() => import('../../modules/auth/web/password-page.js'));
const AccountsPage = lazy(() => import('../../modules/auth/web/accounts-page.js'));
const MePage = lazy(() => import('../../modules/auth/web/me-page.js'));
const OrgTreePage = lazy(() => import('../../modules/org/web/org-tree-page.js'));
const PeopleListPage = lazy(() => import('../../modules/people/web/people-list-page.js'));
const PersonProfilePage = lazy(() => import('../../modules/people/web/person-profile-page.js'));
const AuditPage = lazy(() => import('../../modules/audit/web/audit-page.js'));
// Public voting pages (no sign-in, outside the app frame): a voter's phone in the meeting room.
const VotePage = lazy(() => import('../../modules/votes/web/vote-page.js'));
const ReceiptCheckPage = lazy(() => import('../../modules/votes/web/receipt-check-page.js'));
const RemoteVotePage = lazy(() => import('../../modules/votes/web/remote-vote-page.js'));
// Organizer pages: the rounds, one round step by step, and the printable codes (outside the frame, for A4).
const RoundsListPage = lazy(() => import('../../modules/votes/web/organizer/rounds-list-page.js'));
const RoundPage = lazy(() => import('../../modules/votes/web/organizer/round-page.js'));
const CodesSheetPage = lazy(() => import('../../modules/votes/web/organizer/codes-sheet-page.js'));
// A counter of the counting board enters paper ballots (a board member may hold no role: no RequireAccess).
const PaperEntryPage = lazy(() => import('../../modules/votes/web/paper-entry-page.js'));
// Annual review and classification: the cycles, one cycle's dashboard, one review step by step.
const CyclesListPage = lazy(() => import('../../modules/reviews/web/cycles-list-page.js'));
const CyclePage = lazy(() => import('../../modules/reviews/web/cycle-page.js'));
const ReviewPage = lazy(() => import('../../modules/reviews/web/review-page.js'));
// A respondent's anonymous wide opinion on a review (public, no sign-in, outside the frame).
const OpinionAnswerPage = lazy(() => import('../../modules/reviews/web/opinion-answer-page.js'));
const ReviewStatsPage = lazy(() => import('../../modules/reviews/web/stats/stats-page.js'));
const ReviewConsequencesPage = lazy(() => import('../../modules/reviews/web/consequences-page.js'));
const ReviewSettingsPage = lazy(() => import('../../modules/reviews/web/settings-page.js'));
// The year's public holidays and days off (deadlines in working days): everyone reads, provincial admins edit.
const DaysOffPage = lazy(() => import('../../modules/calendar/web/days-off-page.js'));

function Root() {
  return (
    <Suspense fallback={<PageLoading fullScreen />}>
      <Outlet />
    </Suspense>
  );
}

/** "/" goes to the organization tree, or to the account page for an account with no grant yet. */
function Home() {
  const account = useSessionAccount();
  return <Navigate to={canSeeOrg(account) ? '/org' : '/me'} replace />;
}

const step = (need: Need, page: ReactNode) => <SessionGate need={need}>{page}</SessionGate>;

export const router = createBrowserRouter([
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: step('anonymous', <LoginPage />) },
      { path: '/login/mfa', element: step('mfa', <MfaPage />) },
      { path: '/mfa/enrol', element: step('enrol-mfa', <MfaEnrolPage />) },
      { path: '/password', element: step('change-password', <PasswordPage />) },
      { path: '/vote/receipt', element: <ReceiptCheckPage /> },
      { path: '/review-opinion/:reviewId?', element: <OpinionAnswerPage /> },
      { path: '/vote/:roundId', element: <VotePage /> },
      { path: '/vote/:roundId/remote', element: <RemoteVotePage /> },
      {
        path: '/votes/:roundId/codes',
        element: step(
          'ready',
          <RequireAccess allow={canSeeVotes}>
            <CodesSheetPage />
          </RequireAccess>,
        ),
      },
      {
        path: '/',
        element: step('ready', <AppFrame />),
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <Home /> },
              {
                path: 'org/:unitId?',
                element: (
                  <RequireAccess allow={canSeeOrg}>
                    <OrgTreePage />
                  </RequireAccess>
                ),
              },
              {
                path: 'people',
                element: (
                  <RequireAccess allow={canSeePeople}>
                    <PeopleListPage />
                  </RequireAccess>
                ),
              },
              {
                path: 'people/:personId',
                element: (
                  <RequireAccess allow={canSeePeople}>
                    <PersonProfilePage extraTabs={PERSON_EXTRA_TABS} />
                  </RequireAccess>
                ),
              },
              {
                path: 'votes',
                element: (
                  <RequireAccess allow={canSeeVotes}>
                    <RoundsListPage />
                  </RequireAccess>
                ),
              },
              {
                path: 'votes/:roundId',
                element: (
                  <RequireAccess allow={canSeeVotes}>
                    <RoundPage />
                  </RequireAccess>
                ),
              },
              {
                path: 'reviews',
                element: (
                  <RequireAccess allow={canSeeReviews}>
                    <CyclesListPage />
                  </RequireAccess>
                ),
              },
              {
                path: 'reviews/stats',
                element: (
                  <RequireAccess allow={canSeeReviews}>
                    <ReviewStatsPage />
                  </RequireAccess>
                ),
              },
              {
                path: 'reviews/consequences',
                element: (
                  <RequireAccess allow={canSeeReviews}>
                    <ReviewConsequencesPage />
                  </RequireAccess>
                ),
              },
              {
                path: 'reviews/settings',
                element: (
                  <RequireAccess allow={canSeeReviews}>
                    <ReviewSettingsPage />
                  </RequireAccess>
                ),
              },
              {
                path: 'reviews/cycles/:cycleId',
                element: (
                  <RequireAccess allow={canSeeReviews}>
                    <CyclePage />
                  </RequireAccess>
                ),
              },
              {
                path: 'reviews/:reviewId',
                element: (
                  <RequireAccess allow={canSeeReviews}>
                    <ReviewPage />
                  </RequireAccess>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequireAccess allow={canSeeAudit}>
                    <AuditPage />
                  </RequireAccess>
                ),
              },
              {
                path: 'accounts',
                element: (
                  <RequireAccess allow={canSeeAccounts}>
                    <AccountsPage />
                  </RequireAccess>
                ),
              },
              { path: 'calendar/days-off', element: <DaysOffPage /> },
              { path: 'votes/:roundId/paper/:slot', element: <PaperEntryPage /> },
              { path: 'me', element: <MePage /> },
              { path: '*', element: <StatusPage kind="not-found" /> },
            ],
          },
        ],
      },
    ],
  },
]);
