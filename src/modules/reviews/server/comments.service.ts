import { LEVELS } from '../review-constants.js';
import { problem, type ReviewProblem } from '../review-numbers.rules.js';
import type { CommentsInput } from '../review-steps.schemas.js';
import { reviewsAuthority } from '../reviews.policy.js';
import type { ReviewsWrite } from './cycle.service.js';
import type { ReviewState } from './review-state.queries.js';
import { writeReviewStep } from './review-step-write.js';
import { checkStep, stepInvalid } from './self-review-guards.js';

/**
 * Collective comments (góp ý tập thể, issue 4 §Workflow 3; ND 90 art. 17; QĐ 366 art. 12): the meeting's
 * minutes and how many of those present agreed with each proposed level. After the self-review, before
 * `comments_due`; re-saving is allowed until the proposal. Stored in `reviews.comments` as the validated
 * input minus `version`; status → `commented`.
 */
export function checkAgreeCounts(input: CommentsInput): ReviewProblem[] {
  const out: ReviewProblem[] = [];
  let total = 0;
  for (const level of LEVELS) {
    const n = input.agreeCounts[level];
    if (n === undefined) continue;
    total += n;
    if (n > input.attendees) {
      out.push(
        problem(
          'INCONSISTENT_COUNTS',
          `agreeCounts.${level}`,
          `Số đồng ý mức ${level} (${n}) vượt số người dự họp (${input.attendees}).`,
        ),
      );
    }
  }
  if (out.length === 0 && total > input.attendees) {
    out.push(
      problem(
        'INCONSISTENT_COUNTS',
        'agreeCounts',
        `Tổng số đồng ý các mức (${total}) vượt số người dự họp (${input.attendees}): mỗi người chỉ đồng ý một mức.`,
      ),
    );
  }
  return out;
}

export async function saveComments(
  w: ReviewsWrite,
  state: ReviewState,
  input: CommentsInput,
  today: string,
): Promise<ReviewState> {
  checkStep(state, 'comments', input.version, today);
  const { review } = state;
  const problems = checkAgreeCounts(input);
  if (input.meetingDate > today) {
    problems.push(problem('OUT_OF_RANGE', 'meetingDate', `Ngày họp (${input.meetingDate}) không được sau hôm nay (${today}).`));
  }
  if (problems.length > 0) stepInvalid(problems);
  const { version: _v, ...stored } = input;
  return writeReviewStep(
    w,
    state,
    input.version,
    {
      set: { comments: JSON.stringify(stored), commented_at: w.audit.now() },
      status: 'commented',
      stored: { comments: { ...stored } },
    },
    {
      action: 'reviews.review.comments',
      entityType: 'review',
      entityId: review.id,
      unitId: review.unitId,
      authority: reviewsAuthority(w.actor, review.unitPath),
      after: { meetingDate: input.meetingDate, attendees: input.attendees, agreeCounts: input.agreeCounts },
    },
    today,
  );
}
