import { z } from 'zod';
import { IdSchema, IsoDateSchema, optionalTextLine, textLine } from '../../shared/text-schemas.js';
import { PERIOD_KINDS, REGIMES } from './review-constants.js';

/**
 * Shapes of the reviews API (issue 4): cycles over a unit subtree and the review records they hold.
 * The step bodies (self-review, comments, proposal, decision, petition) sit in their own schema files.
 */
export const REVIEW_STATUSES = ['pending', 'self_reviewed', 'commented', 'proposed', 'decided', 'published'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const SUBJECT_TYPES = ['person', 'collective'] as const;
export const COLLECTIVE_KINDS = ['unit', 'party_organization', 'leadership_collective'] as const;
export type CollectiveKind = (typeof COLLECTIVE_KINDS)[number];
export const REVIEW_FORMS = ['01', '2A', '2B', '2C'] as const;
export type ReviewForm = (typeof REVIEW_FORMS)[number];
export const DECIDED_LEVELS = ['HTXS', 'HTT', 'HT', 'KHT', 'NOT_RATED'] as const;
export type DecidedLevel = (typeof DECIDED_LEVELS)[number];

/** How many rows one page of a cycle's reviews holds. */
export const REVIEW_PAGE_SIZE = 100;

export const CycleParamsSchema = z.strictObject({ id: IdSchema });
export const ReviewParamsSchema = z.strictObject({ id: IdSchema });

export const OpenCycleInputSchema = z
  .strictObject({
    unitId: IdSchema,
    regime: z.enum(REGIMES),
    periodKind: z.enum(PERIOD_KINDS),
    year: z.number().int().min(2015).max(2100),
    /** 1–4 for a quarter, 1–12 for a month; left out for a year. */
    periodNo: z.number().int().min(1).max(12).optional(),
    title: optionalTextLine(300),
    selfReviewDue: IsoDateSchema.optional(),
    commentsDue: IsoDateSchema.optional(),
    decisionDue: IsoDateSchema.optional(),
    /** Wide opinion collection (lấy ý kiến rộng rãi) for the people of the cycle. */
    wideOpinion: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    const needsNo = v.periodKind !== 'year';
    if (needsNo && v.periodNo === undefined)
      ctx.addIssue({ code: 'custom', path: ['periodNo'], message: 'Cần số quý hoặc số tháng của kỳ đánh giá' });
    if (!needsNo && v.periodNo !== undefined)
      ctx.addIssue({ code: 'custom', path: ['periodNo'], message: 'Kỳ đánh giá năm không có số kỳ' });
    if (v.periodKind === 'quarter' && v.periodNo !== undefined && v.periodNo > 4)
      ctx.addIssue({ code: 'custom', path: ['periodNo'], message: 'Quý phải từ 1 đến 4' });
  });

export const ExtendDeadlinesInputSchema = z
  .strictObject({
    selfReviewDue: IsoDateSchema.optional(),
    commentsDue: IsoDateSchema.optional(),
    decisionDue: IsoDateSchema.optional(),
    /** The document that extends the deadline (required: an extension is a decision). */
    decisionRef: textLine(100),
  })
  .refine((v) => v.selfReviewDue ?? v.commentsDue ?? v.decisionDue, { message: 'Cần ít nhất một thời hạn mới' });

export const ListCyclesQuerySchema = z.strictObject({
  unitId: IdSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const ListReviewsQuerySchema = z.strictObject({
  unitId: IdSchema.optional(),
  status: z.enum(REVIEW_STATUSES).optional(),
  subjectType: z.enum(SUBJECT_TYPES).optional(),
  /** Reviews whose current step is past its deadline. */
  late: z.enum(['true', 'false']).optional(),
  afterId: IdSchema.optional(),
});

const CountsByStatusSchema = z.object(
  Object.fromEntries(REVIEW_STATUSES.map((s) => [s, z.number()])) as {
    [K in ReviewStatus]: z.ZodNumber;
  },
);

export const CycleSummarySchema = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  title: z.string(),
  regime: z.enum(REGIMES),
  periodKind: z.enum(PERIOD_KINDS),
  year: z.number(),
  periodNo: z.number().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  selfReviewDue: z.string(),
  commentsDue: z.string(),
  decisionDue: z.string(),
  status: z.enum(['open', 'closed']),
  total: z.number(),
});
export type CycleSummary = z.output<typeof CycleSummarySchema>;

export const CycleDetailSchema = CycleSummarySchema.extend({
  settings: z.record(z.string(), z.unknown()),
  counts: CountsByStatusSchema,
  late: z.number(),
  can: z.object({ manage: z.boolean() }),
});
export type CycleDetail = z.output<typeof CycleDetailSchema>;

export const CycleListSchema = z.object({ items: z.array(CycleSummarySchema) });

export const UnitProgressSchema = z.object({
  unitId: z.number(),
  unitName: z.string(),
  total: z.number(),
  counts: CountsByStatusSchema,
  /** Reviews whose current step's deadline has passed (today, in Vietnam time). */
  late: z.number(),
});
export const CycleProgressSchema = z.object({ cycleId: z.number(), today: z.string(), units: z.array(UnitProgressSchema) });

export const ReviewSummarySchema = z.object({
  id: z.number(),
  cycleId: z.number(),
  subjectType: z.enum(SUBJECT_TYPES),
  personId: z.number().nullable(),
  collectiveKind: z.enum(COLLECTIVE_KINDS).nullable(),
  name: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  form: z.enum(REVIEW_FORMS),
  subjectKind: z.string(),
  ruleSet: z.string(),
  dutyGroup: z.string(),
  isLeader: z.boolean(),
  isHead: z.boolean(),
  status: z.enum(REVIEW_STATUSES),
  selfLevel: z.string().nullable(),
  proposedLevel: z.string().nullable(),
  level: z.enum(DECIDED_LEVELS).nullable(),
  late: z.boolean(),
  version: z.number(),
});
export type ReviewSummary = z.output<typeof ReviewSummarySchema>;
export const ReviewPageSchema = z.object({ items: z.array(ReviewSummarySchema), nextAfterId: z.number().nullable() });
