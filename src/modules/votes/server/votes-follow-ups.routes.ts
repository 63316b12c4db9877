import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { votesFollowUpEndpoints as e } from '../votes-follow-ups.contract.js';
import { listPersonFollowUps, listRoundFollowUps, resolveFollowUp } from './follow-up.service.js';

/** Follow-ups of published rounds: list per round, per person; resolve one (one transaction with its audit). */
export function registerVotesFollowUpRoutes(app: FastifyInstance, deps: AppDeps): void {
  route(app, deps, e.listRoundFollowUps, ({ actor, params }) => listRoundFollowUps(deps.db, actor, params.id));
  route(app, deps, e.listPersonVoteFollowUps, ({ actor, params }) => listPersonFollowUps(deps.db, actor, params.personId));
  route(app, deps, e.resolveVoteFollowUp, ({ actor, audit, params, body }) =>
    deps.db.transaction().execute((db) => resolveFollowUp({ db, actor, audit }, params.id, body)),
  );
}
