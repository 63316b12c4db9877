import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { reviewsDecisionEndpoints as e } from '../reviews-decision.contract.js';
import type { ReviewsWrite } from './cycle.service.js';
import { listConsequences, updateConsequence } from './consequence.queries.js';
import { decideReview } from './decision.service.js';
import { listQuotaExceptions, recordQuotaException } from './quota-exception.service.js';
import { rerateReview } from './rerate.service.js';

/** Decision, re-rating, quota exceptions and consequences (issue 4 §Workflow 5–7): one transaction per write. */
export function registerReviewsDecisionRoutes(app: FastifyInstance, deps: AppDeps): void {
  type Ctx = Pick<ReviewsWrite, 'actor' | 'audit'>;
  const write = <T>(ctx: Ctx, fn: (w: ReviewsWrite) => Promise<T>) =>
    deps.db.transaction().execute((db) => fn({ db, actor: ctx.actor, audit: ctx.audit }));

  route(app, deps, e.decideReview, (c) => write(c, (w) => decideReview(w, c.params.id, c.body)));
  route(app, deps, e.rerateReview, (c) => write(c, (w) => rerateReview(w, c.params.id, c.body)));
  route(app, deps, e.recordQuotaException, (c) => write(c, (w) => recordQuotaException(w, c.params.id, c.body)));
  route(app, deps, e.listQuotaExceptions, (c) => listQuotaExceptions(deps.db, c.actor, c.params.id));
  route(app, deps, e.listReviewConsequences, (c) => listConsequences(deps.db, c.actor, c.query));
  route(app, deps, e.updateReviewConsequence, (c) => write(c, (w) => updateConsequence(w, c.params.id, c.body)));
}
