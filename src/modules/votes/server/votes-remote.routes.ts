import type { FastifyInstance } from 'fastify';
import { CommonErrors } from '../../../shared/app-error.js';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { votesRemoteEndpoints as e } from '../votes-remote.contract.js';
import { createCodeGuessLimiter } from './code-guess-limiter.js';
import { castRemoteBallot } from './remote-ballot.service.js';
import type { KeyMaker } from './remote-key.js';
import { getRemoteStatus, issueInvitations, issueToken, publicRemoteKey, setRemote } from './remote-token.service.js';

/**
 * Remote voting (ADR 011). The key, the token and the ballot are stateless public routes: they never
 * read the session or a cookie; the invitation (token) or the signed token (ballot) is the authority.
 */
export function registerVotesRemoteRoutes(app: FastifyInstance, deps: AppDeps, makeKey?: KeyMaker): void {
  route(app, deps, e.getVoteRemote, ({ actor, params }) => getRemoteStatus(deps.db, actor, params.id));
  route(app, deps, e.setVoteRemote, ({ actor, audit, params, body }) =>
    deps.db.transaction().execute((db) => setRemote({ db, actor, audit }, params.id, body, makeKey)),
  );
  route(app, deps, e.issueVoteInvitations, async ({ actor, audit, params, body, reply }) => {
    reply.header('cache-control', 'no-store');
    return deps.db.transaction().execute((db) => issueInvitations({ db, actor, audit }, params.id, body));
  });
  route(app, deps, e.getVoteRemoteKey, ({ params }) => publicRemoteKey(deps.db, params.id));
  const guesses = createCodeGuessLimiter();
  route(app, deps, e.issueVoteToken, async ({ params, body, reply, req, audit }) => {
    reply.header('cache-control', 'no-store');
    if (guesses.blocked(req.ip)) throw CommonErrors.RATE_LIMITED();
    return issueToken(deps.db, params.id, body, audit, () => guesses.recordGuess(req.ip));
  });
  route(app, deps, e.castVoteRemoteBallot, async ({ params, body, reply }) => {
    reply.header('cache-control', 'no-store');
    return castRemoteBallot(deps.db, params.id, body);
  });
}
