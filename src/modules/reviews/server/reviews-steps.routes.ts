import type { FastifyInstance } from 'fastify';
import { CommonErrors } from '../../../shared/app-error.js';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { localToday } from '../../people/index.js';
import { createCodeGuessLimiter } from '../../votes/index.js';
import { reviewsStepsEndpoints as e } from '../reviews-steps.contract.js';
import { saveComments } from './comments.service.js';
import type { ReviewsWrite } from './cycle.service.js';
import { issueOpinionCodes, submitOpinion } from './opinion.service.js';
import { saveProposal } from './proposal.service.js';
import { loadReviewDetail, reviewDetailOf } from './review-detail.queries.js';
import { readReviewState, type ReviewState } from './review-state.queries.js';
import { saveSelfReview } from './self-review.service.js';

/**
 * The review steps before the decision. Thin handlers: each step's write is one statement (change + audit).
 * The anonymous opinion is stateless: no session is read, and the address only feeds the in-memory
 * guess limiter (never stored, never near an answer).
 */
export function registerReviewsStepsRoutes(app: FastifyInstance, deps: AppDeps): void {
  type Ctx = Pick<ReviewsWrite, 'actor' | 'audit'>;
  const write = <T>(ctx: Ctx, fn: (w: ReviewsWrite) => Promise<T>) =>
    deps.db.transaction().execute((db) => fn({ db, actor: ctx.actor, audit: ctx.audit }));

  // A step: the review's state in one read, the step's checks on it, one audited statement writing it
  // (guarded by the version read), and the page from the state with the change applied. No transaction,
  // no lock held.
  type Step = (w: ReviewsWrite, state: ReviewState, today: string) => Promise<ReviewState>;
  const step = async (c: Ctx & { params: { id: number } }, fn: Step) => {
    const today = localToday(c.audit.now());
    const state = await readReviewState(deps.db, c.actor, c.params.id, today);
    return reviewDetailOf(await fn({ db: deps.db, actor: c.actor, audit: c.audit }, state, today), c.actor, today);
  };

  route(app, deps, e.getReview, (c) => loadReviewDetail(deps.db, c.actor, c.params.id, localToday(c.audit.now())));
  route(app, deps, e.saveSelfReview, (c) => step(c, (w, state, today) => saveSelfReview(w, state, c.body, today)));
  route(app, deps, e.saveReviewComments, (c) => step(c, (w, state, today) => saveComments(w, state, c.body, today)));
  route(app, deps, e.issueOpinionCodes, async (c) => {
    c.reply.header('cache-control', 'no-store');
    return write(c, (w) => issueOpinionCodes(w, c.params.id, c.body.count));
  });
  const guesses = createCodeGuessLimiter();
  route(app, deps, e.submitReviewOpinion, async ({ body, reply, req }) => {
    reply.header('cache-control', 'no-store');
    if (guesses.blocked(req.ip)) throw CommonErrors.RATE_LIMITED();
    return submitOpinion(deps.db, body, () => guesses.recordGuess(req.ip));
  });
  route(app, deps, e.saveReviewProposal, (c) => step(c, (w, state, today) => saveProposal(w, state, c.body, today)));
}
