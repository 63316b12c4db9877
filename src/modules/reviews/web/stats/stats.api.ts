import { keepPreviousData } from '@tanstack/react-query';
import { useApiQuery } from '../../../../platform/web/api-hooks.js';
import { reviewsStatsEndpoints as e, type StatsBreakdown } from '../../reviews-stats.contract.js';

export interface StatsFilters {
  unitId?: number;
  year: number;
  regime: 'party' | 'state';
  subjectType: 'person' | 'collective';
  by: StatsBreakdown;
}

const query = (f: StatsFilters & { unitId: number }) => ({
  unitId: f.unitId,
  year: f.year,
  regime: f.regime,
  subjectType: f.subjectType,
  by: f.by,
  years: 5,
});

export function useReviewStats(f: StatsFilters) {
  return useApiQuery(
    e.getReviewStats,
    { query: query({ ...f, unitId: f.unitId ?? 0 }) },
    { enabled: f.unitId !== undefined, placeholderData: keepPreviousData },
  );
}

/** The download address of the report (same query as the page). */
export function statsExportHref(f: StatsFilters & { unitId: number }, kind: 'xlsx' | 'pdf'): string {
  const q = new URLSearchParams(Object.entries(query(f)).map(([k, v]): [string, string] => [k, String(v)]));
  return `${kind === 'xlsx' ? e.exportReviewStatsXlsx.path : e.exportReviewStatsPdf.path}?${q.toString()}`;
}
