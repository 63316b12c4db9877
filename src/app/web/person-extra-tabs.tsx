import { lazy, Suspense } from 'react';
import type { ExtraPersonTab } from '../../modules/people/web/person-profile-page.js';
import { PageLoading } from '../../platform/web/page-loading.js';

/**
 * Tabs other modules add to a person's profile. They are wired here, in the composition root, because
 * those modules read people (the people module never imports them). Each tab is its own chunk.
 */
const VoteFollowUps = lazy(() =>
  import('../../modules/votes/web/person-vote-follow-ups.js').then((m) => ({ default: m.PersonVoteFollowUps })),
);

const ReviewRatings = lazy(() =>
  import('../../modules/reviews/web/person-review-ratings.js').then((m) => ({ default: m.PersonReviewRatings })),
);

export const PERSON_EXTRA_TABS: readonly ExtraPersonTab[] = [
  {
    key: 'ratings',
    label: { vi: 'Kết quả xếp loại', en: 'Ratings' },
    render: (personId) => (
      <Suspense fallback={<PageLoading />}>
        <ReviewRatings personId={personId} />
      </Suspense>
    ),
  },
  {
    key: 'votes',
    label: { vi: 'Lấy phiếu tín nhiệm', en: 'Confidence votes' },
    render: (personId) => (
      <Suspense fallback={<PageLoading />}>
        <VoteFollowUps personId={personId} />
      </Suspense>
    ),
  },
];
