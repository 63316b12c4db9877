import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { localToday } from '../../people/index.js';
import { reviewsPublicationEndpoints as e } from '../reviews-publication.contract.js';
import type { ReviewsWrite } from './cycle.service.js';
import { answerPetition, filePetition, listPetitions } from './petition.service.js';
import { publishedResults, publishResults } from './publication.service.js';

/** Publication and petitions: thin handlers, one transaction per write. */
export function registerReviewsPublicationRoutes(app: FastifyInstance, deps: AppDeps): void {
  type Ctx = Pick<ReviewsWrite, 'actor' | 'audit'>;
  const write = <T>(ctx: Ctx, fn: (w: ReviewsWrite) => Promise<T>) =>
    deps.db.transaction().execute((db) => fn({ db, actor: ctx.actor, audit: ctx.audit }));

  route(app, deps, e.publishReviewResults, (c) => write(c, (w) => publishResults(w, c.params.id, c.body)));
  route(app, deps, e.getPublishedReviewResults, (c) => publishedResults(deps.db, c.actor, c.params.id, c.query.unitId));
  route(app, deps, e.fileReviewPetition, (c) => write(c, (w) => filePetition(w, c.params.id, c.body)));
  route(app, deps, e.listReviewPetitions, (c) => listPetitions(deps.db, c.actor, c.params.id, localToday(c.audit.now())));
  route(app, deps, e.answerReviewPetition, (c) => write(c, (w) => answerPetition(w, c.params.id, c.body)));
}
