import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { IdSchema, IsoDateSchema, optionalTextLine, textLine } from '../../shared/text-schemas.js';
import { LEVELS } from './review-constants.js';
import { DecisionInputSchema } from './review-steps.schemas.js';
import { CycleParamsSchema, DECIDED_LEVELS, ReviewParamsSchema } from './reviews.schemas.js';

/**
 * The decision on a rating and what follows it (issue 4 §Workflow 5–7): the decision by the management
 * body's decider, the competent level's quota exception, re-rating with a reason, and the consequences
 * of a rating listed for follow-up.
 */
const tag = 'reviews';

const ReasonSchema = z.object({
  code: z.string(),
  maxLevel: z.enum(LEVELS),
  message: z.string(),
  source: z.string(),
});

const ConsequenceBriefSchema = z.object({ code: z.string(), message: z.string(), source: z.string() });

export const DecisionResultSchema = z.object({
  id: z.number(),
  status: z.string(),
  level: z.enum(DECIDED_LEVELS),
  decisionRef: z.string(),
  decidedOn: z.string(),
  quotaExceptionId: z.number().nullable(),
  version: z.number(),
  /** Every rule that capped the level (classification), for the record and the UI. */
  reasons: z.array(ReasonSchema),
  consequences: z.array(ConsequenceBriefSchema),
});
export type DecisionResult = z.output<typeof DecisionResultSchema>;

/** Re-rating (xếp loại lại, QĐ 366 art. 15; form 03): the new level, why, and the deciding document. */
export const RerateInputSchema = z.strictObject({
  version: z.number().int().min(1),
  level: z.enum(DECIDED_LEVELS),
  reason: textLine(2000),
  decisionRef: textLine(100),
  decidedOn: IsoDateSchema,
});
export type RerateInput = z.output<typeof RerateInputSchema>;

/** The competent level's decision allowing a higher HTXS share for one group of similar duties. */
export const QuotaExceptionInputSchema = z.strictObject({
  dutyGroup: textLine(200),
  ceilingPercent: z.number().int().min(1).max(100),
  decisionRef: textLine(100),
  decidedOn: IsoDateSchema,
});
export type QuotaExceptionInput = z.output<typeof QuotaExceptionInputSchema>;

export const QuotaExceptionSchema = z.object({
  id: z.number(),
  cycleId: z.number(),
  dutyGroup: z.string(),
  ceilingPercent: z.number(),
  decisionRef: z.string(),
  decidedOn: z.string(),
});
export type QuotaExceptionItem = z.output<typeof QuotaExceptionSchema>;

export const CONSEQUENCE_STATUSES = ['open', 'done', 'dismissed'] as const;

export const ConsequenceItemSchema = z.object({
  id: z.number(),
  reviewId: z.number(),
  personId: z.number(),
  personName: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  year: z.number(),
  level: z.enum(DECIDED_LEVELS).nullable(),
  kind: z.string(),
  basis: z.string(),
  status: z.enum(CONSEQUENCE_STATUSES),
  note: z.string().nullable(),
});
export type ConsequenceItem = z.output<typeof ConsequenceItemSchema>;

export const ListConsequencesQuerySchema = z.strictObject({
  unitId: IdSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(CONSEQUENCE_STATUSES).optional(),
});

export const UpdateConsequenceInputSchema = z.strictObject({
  status: z.enum(['done', 'dismissed']),
  note: optionalTextLine(2000),
});
export type UpdateConsequenceInput = z.output<typeof UpdateConsequenceInputSchema>;

export const reviewsDecisionEndpoints = {
  decideReview: defineEndpoint({
    name: 'decideReview',
    method: 'PUT',
    path: '/api/reviews/:id/decision',
    tag,
    access: 'session',
    summary:
      'Quyết định xếp loại (chỉ người được giao quyền của cấp quản lý), kiểm tra ngưỡng, điều kiện, kỷ luật, tỷ lệ HTXS và các ràng buộc',
    params: ReviewParamsSchema,
    body: DecisionInputSchema,
    response: DecisionResultSchema,
  }),
  rerateReview: defineEndpoint({
    name: 'rerateReview',
    method: 'POST',
    path: '/api/reviews/:id/rerate',
    tag,
    access: 'session',
    summary: 'Xếp loại lại khi kết quả đã quyết định không đúng (cấp có thẩm quyền hoặc cấp trên, có lý do và văn bản)',
    params: ReviewParamsSchema,
    body: RerateInputSchema,
    response: DecisionResultSchema,
  }),
  recordQuotaException: defineEndpoint({
    name: 'recordQuotaException',
    method: 'POST',
    path: '/api/reviews/cycles/:id/quota-exceptions',
    tag,
    access: 'session',
    status: 201,
    summary: 'Ghi quyết định của cấp có thẩm quyền cho phép tỷ lệ HTXS cao hơn trong một nhóm (tối đa theo quy định)',
    params: CycleParamsSchema,
    body: QuotaExceptionInputSchema,
    response: QuotaExceptionSchema,
  }),
  listQuotaExceptions: defineEndpoint({
    name: 'listQuotaExceptions',
    method: 'GET',
    path: '/api/reviews/cycles/:id/quota-exceptions',
    tag,
    access: 'session',
    summary: 'Các quyết định ngoại lệ tỷ lệ HTXS của kỳ',
    params: CycleParamsSchema,
    response: z.object({ items: z.array(QuotaExceptionSchema) }),
  }),
  listReviewConsequences: defineEndpoint({
    name: 'listReviewConsequences',
    method: 'GET',
    path: '/api/reviews/consequences',
    tag,
    access: 'session',
    summary: 'Hệ quả của kết quả xếp loại (bố trí lại, thôi việc, ra khỏi quy hoạch…) trong phạm vi của bạn',
    query: ListConsequencesQuerySchema,
    response: z.object({ items: z.array(ConsequenceItemSchema) }),
  }),
  updateReviewConsequence: defineEndpoint({
    name: 'updateReviewConsequence',
    method: 'PUT',
    path: '/api/reviews/consequences/:id',
    tag,
    access: 'session',
    summary: 'Đánh dấu một hệ quả đã xử lý hoặc không áp dụng, kèm ghi chú',
    params: z.strictObject({ id: IdSchema }),
    body: UpdateConsequenceInputSchema,
    response: ConsequenceItemSchema,
  }),
};
