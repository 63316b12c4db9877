import { z } from 'zod';
import { IsoDateSchema, textLine } from '../../shared/text-schemas.js';
import { DISQUALIFYING_CASES } from './rule-set.types.js';
import { LEVELS } from './review-constants.js';

/**
 * Bodies of the workflow steps on one review (issue 4 §Workflow 2–6) and the JSON stored for each on the
 * `reviews` row (`self_review`, `comments`). Numbers arrive as JSON numbers; the pure rules check the
 * range and the two decimals (a score of 89.999 is refused naming the field, never rounded).
 * Every write carries the `version` the client last read: a stale version is a 409, nothing lost.
 */
const Count = z.number().int().min(0).max(100_000);
const Text = (max: number) => textLine(max);
const LevelSchema = z.enum(LEVELS);

export const TaskCountsSchema = z.strictObject({
  assigned: Count,
  done: Count,
  onTime: Count,
  exceeded: Count,
  late: Count,
});

export const CriterionScoreSchema = z.strictObject({
  /** A criterion code of the form's catalogue (criteria-catalogue.ts). */
  code: z.string().min(1).max(40),
  score: z.number().min(0).max(100),
  /** Required evidence note (minh chứng) for every scored criterion. */
  evidence: Text(2000),
});

/** Form 01 / 2A / 2B / 2C self-review (tự đánh giá) — what the person or collective states. */
export const SelfReviewInputSchema = z.strictObject({
  version: z.number().int().min(1),
  criteria: z.array(CriterionScoreSchema).max(40),
  tasks: TaskCountsSchema.optional(),
  unitTasks: TaskCountsSchema.optional(),
  subUnitLevels: z.partialRecord(LevelSchema, Count).optional(),
  shortcomings: z.strictObject({ found: Count, fixed: Count }).optional(),
  monthsWorked: z.number().min(0).max(12).optional(),
  leaveMonths: z.number().min(0).max(12).optional(),
  maternityLeave: z.boolean().optional(),
  /** Strengths, shortcomings and their causes, the fixes (ưu điểm, hạn chế, nguyên nhân, khắc phục). */
  narrative: Text(20_000),
  proposedLevel: LevelSchema,
});
export type SelfReviewInput = z.output<typeof SelfReviewInputSchema>;

/** Collective comments (góp ý tập thể): the meeting's minutes and the count agreeing with each level. */
export const CommentsInputSchema = z.strictObject({
  version: z.number().int().min(1),
  meetingDate: IsoDateSchema,
  attendees: Count,
  minutes: Text(20_000),
  /** How many at the meeting agreed with each proposed level. */
  agreeCounts: z.partialRecord(LevelSchema, Count),
});
export type CommentsInput = z.output<typeof CommentsInputSchema>;

/** Proposal by the advisory body (thẩm định, đề xuất), with the conditions it verified. */
export const ProposalInputSchema = z.strictObject({
  version: z.number().int().min(1),
  level: LevelSchema,
  note: Text(5000),
  /** Disqualifying cases found (KHT whatever the score), with the weighing reason when weighed. */
  cases: z
    .array(z.strictObject({ case: z.enum(DISQUALIFYING_CASES), weighedReason: Text(1000).optional() }))
    .max(20)
    .default([]),
  disciplinedSubUnitOrLeadershipMember: z.boolean().optional(),
});
export type ProposalInput = z.output<typeof ProposalInputSchema>;

/** Decision by the competent body (quyết định xếp loại), with its document. */
export const DecisionInputSchema = z.strictObject({
  version: z.number().int().min(1),
  level: z.enum([...LEVELS, 'NOT_RATED']),
  decisionRef: Text(100),
  decidedOn: IsoDateSchema,
});
export type DecisionInput = z.output<typeof DecisionInputSchema>;
