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
import { loadReviewDetail } from './review-detail.queries.js';
import { saveSelfReview } from './self-review.service.js';

/**
 * The review steps before the decision. Thin handlers: each write is one transaction (change + audit).
 * The anonymous opinion is stateless: no session is read, and the address only feeds the in-memory
 * guess limiter (never stored, never near an answer).
 */
export function registerReviewsStepsRoutes(app: FastifyInstance, deps: AppDeps): void {
  type Ctx = Pick<ReviewsWrite, 'actor' | 'audit'>;
  const write = <T>(ctx: Ctx, fn: (w: ReviewsWrite) => Promise<T>) =>
    deps.db.transaction().execute((db) => fn({ db, actor: ctx.actor, audit: ctx.audit }));

  // A step's write commits first (the audit chain's lock is held only until then), then the page is read.
  const writeThenRead = async (c: Ctx & { params: { id: number } }, fn: (w: ReviewsWrite) => Promise<void>) => {
    await write(c, fn);
    return loadReviewDetail(deps.db, c.actor, c.params.id, localToday(c.audit.now()));
  };

  route(app, deps, e.getReview, (c) => loadReviewDetail(deps.db, c.actor, c.params.id, localToday(c.audit.now())));
  route(app, deps, e.saveSelfReview, (c) => writeThenRead(c, (w) => saveSelfReview(w, c.params.id, c.body)));
  route(app, deps, e.saveReviewComments, (c) => writeThenRead(c, (w) => saveComments(w, c.params.id, c.body)));
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
  route(app, deps, e.saveReviewProposal, (c) => writeThenRead(c, (w) => saveProposal(w, c.params.id, c.body)));
}
