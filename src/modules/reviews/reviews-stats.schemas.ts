import { z } from 'zod';
import { IdSchema } from '../../shared/text-schemas.js';
import { REGIMES } from './review-constants.js';
import { DECIDED_LEVELS, SUBJECT_TYPES } from './reviews.schemas.js';

/**
 * Shapes of the review statistics (issue 4 §Reports): decided levels over a unit's whole subtree for a
 * year, broken down by one dimension, with a trend over the last years. Read from the rollup only.
 */
/** The child-unit breakdown's row of reviews held at the unit itself rather than under one of its children. */
export const OWN_GROUP_KEY = 'own';

export const STATS_BREAKDOWNS = ['level', 'person_status', 'gender', 'age_band', 'child_unit'] as const;
export type StatsBreakdown = (typeof STATS_BREAKDOWNS)[number];

/** The trend covers at most this many years (issue 4 §Reports: "trends over years"; a screen's width). */
export const STATS_TREND_YEARS_MAX = 10;
export const STATS_TREND_YEARS_DEFAULT = 5;

export const StatsQuerySchema = z.strictObject({
  unitId: IdSchema,
  year: z.coerce.number().int().min(2000).max(2100),
  regime: z.enum(REGIMES).default('state'),
  subjectType: z.enum(SUBJECT_TYPES).default('person'),
  by: z.enum(STATS_BREAKDOWNS).default('level'),
  years: z.coerce.number().int().min(1).max(STATS_TREND_YEARS_MAX).default(STATS_TREND_YEARS_DEFAULT),
});
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

const CountsSchema = z.object(
  Object.fromEntries(DECIDED_LEVELS.map((l) => [l, z.number().int()])) as Record<(typeof DECIDED_LEVELS)[number], z.ZodNumber>,
);
const PercentsSchema = z.object(
  Object.fromEntries(DECIDED_LEVELS.map((l) => [l, z.string()])) as Record<(typeof DECIDED_LEVELS)[number], z.ZodString>,
);

export const StatsRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  counts: CountsSchema,
  total: z.number().int(),
  /** "25,00%" — two decimals, decimal comma, exact integer rounding half up. */
  percents: PercentsSchema,
  /** This row's share of the whole total ("" on the total row itself). */
  share: z.string(),
});
export type StatsRow = z.infer<typeof StatsRowSchema>;

export const StatsTrendPointSchema = z.object({ year: z.number().int(), counts: CountsSchema, total: z.number().int() });
export type StatsTrendPoint = z.infer<typeof StatsTrendPointSchema>;

export const ReviewStatsSchema = z.object({
  unit: z.object({ id: z.number(), name: z.string() }),
  year: z.number().int(),
  regime: z.enum(REGIMES),
  subjectType: z.enum(SUBJECT_TYPES),
  by: z.enum(STATS_BREAKDOWNS),
  /** Number of year cycles counted (opened on the unit, an ancestor or a descendant). */
  cycles: z.number().int(),
  rows: z.array(StatsRowSchema),
  total: StatsRowSchema,
  /** "trên tổng số 1.234 người đã xếp loại". */
  denominator: z.string(),
  trend: z.array(StatsTrendPointSchema),
});
export type ReviewStats = z.infer<typeof ReviewStatsSchema>;
