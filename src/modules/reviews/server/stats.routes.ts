import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { localToday } from '../../people/index.js';
import { reviewsStatsEndpoints as e } from '../reviews-stats.contract.js';
import { renderStatsPdf } from './stats-pdf.js';
import { reportFileName, statsReport } from './stats-report.js';
import { reviewStats } from './stats.queries.js';
import { renderStatsXlsx } from './stats-xlsx.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 6266 with an ASCII fallback (the file names here are ASCII already). */
const disposition = (name: string, kind: 'attachment' | 'inline') => `${kind}; filename="${name}"`;

/** Statistics and their exports: reads, not audited. */
export function registerReviewsStatsRoutes(app: FastifyInstance, deps: AppDeps): void {
  route(app, deps, e.getReviewStats, async ({ actor, query }) => {
    const { unitRef: _unit, ...stats } = await reviewStats(deps.db, actor, query);
    return stats;
  });
  route(app, deps, e.exportReviewStatsXlsx, async ({ actor, audit, query, reply }) => {
    const { unitRef, ...stats } = await reviewStats(deps.db, actor, query);
    const body = await renderStatsXlsx(statsReport(stats, unitRef, localToday(audit.now())));
    reply
      .header('content-type', XLSX)
      .header('content-disposition', disposition(reportFileName(stats, 'xlsx'), 'attachment'))
      .header('cache-control', 'no-store');
    return body;
  });
  route(app, deps, e.exportReviewStatsPdf, async ({ actor, audit, query, reply }) => {
    const { unitRef, ...stats } = await reviewStats(deps.db, actor, query);
    const body = await renderStatsPdf(statsReport(stats, unitRef, localToday(audit.now())));
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', disposition(reportFileName(stats, 'pdf'), 'inline'))
      .header('cache-control', 'no-store');
    return body;
  });
}
