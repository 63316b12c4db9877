import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { CommonErrors } from '../../../shared/app-error.js';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { votesEndpoints as e } from '../votes.contract.js';
import { votesListEndpoints } from '../votes-list.contract.js';
import { castBallot, checkReceipt, publicBallot } from './ballot.service.js';
import { createCodeGuessLimiter } from './code-guess-limiter.js';
import { createOpenRoundSubjects } from './open-round-subjects.js';
import { getBallotList, getTally } from './results.service.js';
import { addSubjects, createRound, freezeRoll, recordAttendance, setRoll, type VotesWrite } from './round-setup.service.js';
import { closeRound, issueCodes, openRound, publishRound } from './round-run.service.js';
import { listRounds } from './round-list.queries.js';
import { loadRoundDetail, requireRound } from './round.queries.js';
import { registerVotesRemoteRoutes } from './votes-remote.routes.js';
import { registerVotesFollowUpRoutes } from './votes-follow-ups.routes.js';
import { registerVotesMinutesRoutes } from './votes-minutes.routes.js';
import { registerVotesPaperRoutes } from './votes-paper.routes.js';

/**
 * Best effort, after the closing transaction committed: the re-mix left the cast-ordered row versions
 * dead in the heap; VACUUM frees them (it cannot run inside a transaction). A failure is logged only.
 */
async function vacuumBallots(deps: AppDeps, req: FastifyRequest): Promise<void> {
  try {
    await sql`vacuum vote_ballots, vote_ballot_codes`.execute(deps.db);
  } catch (error) {
    req.log.warn({ err: error }, 'votes: vacuum after close failed');
  }
}

/**
 * Thin handlers: each write is one transaction (change + audit commit together). Casting opens its own
 * transaction and never looks at the caller: no session or account reaches it, and the address only
 * feeds the in-memory guess limiter (never stored, never near a ballot).
 */
export function registerVotesRoutes(app: FastifyInstance, deps: AppDeps): void {
  type Ctx = Pick<VotesWrite, 'actor' | 'audit'>;
  const write = <T>(ctx: Ctx, fn: (w: VotesWrite) => Promise<T>) =>
    deps.db.transaction().execute((db) => fn({ db, actor: ctx.actor, audit: ctx.audit }));

  route(app, deps, votesListEndpoints.listVoteRounds, ({ actor, query }) => listRounds(deps.db, actor, query));
  route(app, deps, e.createVoteRound, (c) => write(c, (w) => createRound(w, c.body)));
  route(app, deps, e.getVoteRound, async ({ actor, params }) =>
    loadRoundDetail(deps.db, actor, await requireRound(deps.db, actor, params.id, 'read')),
  );
  route(app, deps, e.addVoteSubjects, (c) => write(c, (w) => addSubjects(w, c.params.id, c.body)));
  route(app, deps, e.setVoteRoll, (c) => write(c, (w) => setRoll(w, c.params.id, c.body)));
  route(app, deps, e.freezeVoteRoll, (c) => write(c, (w) => freezeRoll(w, c.params.id)));
  route(app, deps, e.recordVoteAttendance, (c) => write(c, (w) => recordAttendance(w, c.params.id, c.body)));
  route(app, deps, e.openVoteRound, (c) => write(c, (w) => openRound(w, c.params.id)));
  route(app, deps, e.issueVoteCodes, async (c) => {
    c.reply.header('cache-control', 'no-store');
    return write(c, (w) => issueCodes(w, c.params.id));
  });
  route(app, deps, e.getVoteBallot, async ({ params, reply }) => {
    reply.header('cache-control', 'no-store');
    return publicBallot(deps.db, params.id);
  });
  const guesses = createCodeGuessLimiter();
  const openSubjects = createOpenRoundSubjects();
  route(app, deps, e.castVoteBallot, async ({ params, body, reply, req }) => {
    reply.header('cache-control', 'no-store');
    if (guesses.blocked(req.ip)) throw CommonErrors.RATE_LIMITED();
    return castBallot(deps.db, params.id, body, openSubjects, () => guesses.recordGuess(req.ip));
  });
  route(app, deps, e.closeVoteRound, async (c) => {
    const closed = await write(c, (w) => closeRound(w, c.params.id));
    await vacuumBallots(deps, c.req);
    return closed;
  });
  route(app, deps, e.getVoteTally, ({ actor, params }) => getTally(deps.db, actor, params.id));
  route(app, deps, e.publishVoteRound, (c) => write(c, (w) => publishRound(w, c.params.id)));
  route(app, deps, e.getVoteBallotList, async ({ actor, params, reply }) => {
    const list = await getBallotList(deps.db, actor, params.id);
    reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="danh-sach-phieu-dot-${params.id}.json"`)
      .header('cache-control', 'no-store');
    return JSON.stringify(list, null, 2);
  });
  route(app, deps, e.checkVoteReceipt, ({ body }) => checkReceipt(deps.db, body));
  registerVotesRemoteRoutes(app, deps);
  registerVotesFollowUpRoutes(app, deps);
  registerVotesMinutesRoutes(app, deps);
  registerVotesPaperRoutes(app, deps);
}
