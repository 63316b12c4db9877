import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import type { PaperSlot } from '../paper-entry.rules.js';
import { votesPaperEndpoints as e } from '../votes-paper.contract.js';
import { comparePaper, getPaperStatus, getSlotSheets } from './paper-access.js';
import { toSlot } from './paper-entry.queries.js';
import { finishSlot, listCandidates, reopenSlot, saveSheets, setPaper } from './paper-entry.service.js';
import type { VotesWrite } from './round-setup.service.js';

/**
 * Paper ballots with double entry: thin handlers, each write one transaction (change and audit commit
 * together). Entries are never cached by the browser or a proxy.
 */
export function registerVotesPaperRoutes(app: FastifyInstance, deps: AppDeps): void {
  type Ctx = Pick<VotesWrite, 'actor' | 'audit'>;
  const write = <T>(ctx: Ctx, fn: (w: VotesWrite) => Promise<T>) =>
    deps.db.transaction().execute((db) => fn({ db, actor: ctx.actor, audit: ctx.audit }));
  const slotOf = (p: { slot: number }): PaperSlot => toSlot(p.slot);

  route(app, deps, e.getVotePaper, ({ actor, params }) => getPaperStatus(deps.db, actor, params.id));
  route(app, deps, e.setVotePaper, (c) => write(c, (w) => setPaper(w, c.params.id, c.body)));
  route(app, deps, e.getVotePaperSheets, async ({ actor, params, reply }) => {
    reply.header('cache-control', 'no-store');
    return getSlotSheets(deps.db, actor, params.id, slotOf(params));
  });
  route(app, deps, e.saveVotePaperSheets, async (c) => {
    c.reply.header('cache-control', 'no-store');
    return write(c, (w) => saveSheets(w, c.params.id, slotOf(c.params), c.body));
  });
  route(app, deps, e.finishVotePaper, (c) => write(c, (w) => finishSlot(w, c.params.id, slotOf(c.params))));
  route(app, deps, e.reopenVotePaper, (c) => write(c, (w) => reopenSlot(w, c.params.id, slotOf(c.params))));
  route(app, deps, e.listVotePaperCandidates, ({ actor, params }) => listCandidates({ db: deps.db, actor }, params.id));
  route(app, deps, e.compareVotePaper, async ({ actor, params, reply }) => {
    reply.header('cache-control', 'no-store');
    return comparePaper(deps.db, actor, params.id);
  });
}
