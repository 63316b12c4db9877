import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { localToday } from '../../people/index.js';
import { reviewsEndpoints as e } from '../reviews.contract.js';
import { extendDeadlines, openCycle, type ReviewsWrite } from './cycle.service.js';
import { cycleProgress, listCycles, loadCycleDetail, requireCycle } from './cycle.queries.js';
import { listReviews } from './review.queries.js';
import { registerReviewsPublicationRoutes } from './reviews-publication.routes.js';
import { personRatings } from './person-ratings.service.js';
import { reviewsRatingsEndpoints as ratings } from '../reviews-ratings.contract.js';
import { registerReviewsDecisionRoutes } from './reviews-decision.routes.js';
import { registerReviewsStepsRoutes } from './reviews-steps.routes.js';
import { registerReviewsStatsRoutes } from './stats.routes.js';
import { getSettings, setSettings } from './org-settings.service.js';
import { reviewsSettingsEndpoints as s } from '../reviews-settings.contract.js';

/** Thin handlers: each write is one transaction (change + audit commit together). */
export function registerReviewsRoutes(app: FastifyInstance, deps: AppDeps): void {
  type Ctx = Pick<ReviewsWrite, 'actor' | 'audit'>;
  const write = <T>(ctx: Ctx, fn: (w: ReviewsWrite) => Promise<T>) =>
    deps.db.transaction().execute((db) => fn({ db, actor: ctx.actor, audit: ctx.audit }));
  const today = (ctx: Ctx) => localToday(ctx.audit.now());

  route(app, deps, e.openReviewCycle, (c) => write(c, (w) => openCycle(w, c.body)));
  route(app, deps, e.listReviewCycles, async ({ actor, query }) => ({ items: await listCycles(deps.db, actor, query) }));
  route(app, deps, e.getReviewCycle, async (c) =>
    loadCycleDetail(deps.db, c.actor, await requireCycle(deps.db, c.actor, c.params.id, 'read'), today(c)),
  );
  route(app, deps, e.extendReviewDeadlines, (c) => write(c, (w) => extendDeadlines(w, c.params.id, c.body)));
  route(app, deps, e.getReviewProgress, async (c) =>
    cycleProgress(deps.db, await requireCycle(deps.db, c.actor, c.params.id, 'read'), today(c)),
  );
  route(app, deps, ratings.getPersonReviewRatings, (c) => personRatings(deps.db, c.actor, c.params.personId));
  route(app, deps, s.getReviewSettings, (c) => getSettings(deps.db, c.actor, c.params.unitId));
  route(app, deps, s.setReviewSettings, (c) => write(c, (w) => setSettings(w, c.params.unitId, c.body)));
  route(app, deps, e.listCycleReviews, async (c) =>
    listReviews(deps.db, await requireCycle(deps.db, c.actor, c.params.id, 'read'), c.query, today(c)),
  );
  registerReviewsDecisionRoutes(app, deps);
  registerReviewsStepsRoutes(app, deps);
  registerReviewsPublicationRoutes(app, deps);
  registerReviewsStatsRoutes(app, deps);
}
