import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { textLine } from '../../shared/text-schemas.js';
import { LEVELS } from './review-constants.js';
import { CommentsInputSchema, ProposalInputSchema, SelfReviewInputSchema } from './review-steps.schemas.js';
import { ReviewParamsSchema, ReviewSummarySchema } from './reviews.schemas.js';

/**
 * The review steps before the decision (issue 4 §Workflow 2–5): the review page, self-review, collective
 * comments, anonymous wide opinion and the advisory body's proposal. Every write returns the whole
 * review page (with the new `version`); a stale version is a 409 carrying the current one.
 */
const tag = 'reviews';
const LevelSchema = z.enum(LEVELS);
const LevelCounts = z.partialRecord(LevelSchema, z.number());

/** Most opinion codes issued in one request (a unit's staff meeting, with room to spare). */
export const OPINION_CODES_MAX = 500;

export const CriterionSchema = z.object({
  code: z.string(),
  group: z.enum(['common', 'task']),
  label: z.string(),
  maxPoints: z.number().nullable(),
});

export const ReviewDetailSchema = z.object({
  summary: ReviewSummarySchema,
  cycle: z.object({
    id: z.number(),
    title: z.string(),
    periodKind: z.string(),
    year: z.number(),
    status: z.string(),
    selfReviewDue: z.string(),
    commentsDue: z.string(),
    decisionDue: z.string(),
  }),
  ruleSetLabel: z.string(),
  usesPoints: z.boolean(),
  criteria: z.array(CriterionSchema),
  /** The stored self-review: the validated input minus `version`, plus `score` and, on ND 335 years, `taskScoreFromPeriods`. */
  selfReview: z.record(z.string(), z.unknown()).nullable(),
  comments: z.record(z.string(), z.unknown()).nullable(),
  proposal: z
    .object({ level: LevelSchema, note: z.string().nullable(), detail: z.record(z.string(), z.unknown()).nullable() })
    .nullable(),
  decision: z.object({ level: z.string(), decisionRef: z.string().nullable(), decidedOn: z.string().nullable() }).nullable(),
  /** Counts per level only from `minResponses` answers on; below that only the number of answers. */
  opinion: z.object({
    enabled: z.boolean(),
    minResponses: z.number(),
    responses: z.number(),
    counts: LevelCounts.nullable(),
  }),
  can: z.object({
    read: z.boolean(),
    manage: z.boolean(),
    decide: z.boolean(),
    selfReview: z.boolean(),
    comments: z.boolean(),
    opinionCodes: z.boolean(),
    proposal: z.boolean(),
  }),
});
export type ReviewDetail = z.output<typeof ReviewDetailSchema>;

export const OpinionCodesInputSchema = z.strictObject({ count: z.number().int().min(1).max(OPINION_CODES_MAX) });
export const OpinionCodesSchema = z.object({ reviewId: z.number(), codes: z.array(z.string()) });

export const OpinionAnswerInputSchema = z.strictObject({
  reviewId: z.number().int().min(1),
  code: z.string().min(1).max(40),
  level: LevelSchema,
  comment: textLine(2000).optional(),
});
export const OpinionAnswerSchema = z.object({ reviewId: z.number(), recorded: z.literal(true) });

export const reviewsStepsEndpoints = {
  getReview: defineEndpoint({
    name: 'getReview',
    method: 'GET',
    path: '/api/reviews/:id',
    tag,
    access: 'session',
    summary: 'Phiếu đánh giá: tiêu chí của mẫu, tự đánh giá, góp ý, lấy ý kiến, đề xuất, quyết định và quyền từng bước',
    params: ReviewParamsSchema,
    response: ReviewDetailSchema,
  }),
  saveSelfReview: defineEndpoint({
    name: 'saveSelfReview',
    method: 'PUT',
    path: '/api/reviews/:id/self-review',
    tag,
    access: 'session',
    summary: 'Nhập bản tự đánh giá (mẫu 01, 2A, 2B, 2C) đã ký: điểm tiêu chí có minh chứng, mức tự xếp loại',
    params: ReviewParamsSchema,
    body: SelfReviewInputSchema,
    response: ReviewDetailSchema,
  }),
  saveReviewComments: defineEndpoint({
    name: 'saveReviewComments',
    method: 'PUT',
    path: '/api/reviews/:id/comments',
    tag,
    access: 'session',
    summary: 'Ghi biên bản góp ý của tập thể: số người dự, số đồng ý với từng mức',
    params: ReviewParamsSchema,
    body: CommentsInputSchema,
    response: ReviewDetailSchema,
  }),
  issueOpinionCodes: defineEndpoint({
    name: 'issueOpinionCodes',
    method: 'POST',
    path: '/api/reviews/:id/opinion-codes',
    tag,
    access: 'session',
    status: 201,
    summary: 'Phát mã lấy ý kiến rộng rãi (ẩn danh, mỗi mã dùng một lần, chỉ hiện một lần)',
    params: ReviewParamsSchema,
    body: OpinionCodesInputSchema,
    response: OpinionCodesSchema,
  }),
  submitReviewOpinion: defineEndpoint({
    name: 'submitReviewOpinion',
    method: 'POST',
    path: '/api/reviews/opinion',
    tag,
    access: 'public',
    stateless: true,
    status: 201,
    summary: 'Gửi ý kiến ẩn danh bằng mã (không lưu người gửi, không lưu thời điểm)',
    body: OpinionAnswerInputSchema,
    response: OpinionAnswerSchema,
  }),
  saveReviewProposal: defineEndpoint({
    name: 'saveReviewProposal',
    method: 'PUT',
    path: '/api/reviews/:id/proposal',
    tag,
    access: 'session',
    summary: 'Cơ quan tham mưu thẩm định, đề xuất mức xếp loại (kiểm tra theo điểm và điều kiện)',
    params: ReviewParamsSchema,
    body: ProposalInputSchema,
    response: ReviewDetailSchema,
  }),
};
