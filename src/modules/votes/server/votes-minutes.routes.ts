import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { votesFollowUpEndpoints as e } from '../votes-follow-ups.contract.js';
import { getMinutesPdf } from './votes-minutes.service.js';

/** The minutes PDF (biên bản kiểm phiếu) of a closed or published round. */
export function registerVotesMinutesRoutes(app: FastifyInstance, deps: AppDeps): void {
  route(app, deps, e.getVoteMinutes, async ({ actor, params, reply }) => {
    const pdf = await getMinutesPdf(deps.db, actor, params.id);
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="bien-ban-kiem-phieu-dot-${params.id}.pdf"`)
      .header('cache-control', 'no-store');
    return pdf;
  });
}
