import { z } from 'zod';
import { IdSchema, IsoDateSchema, textLine } from '../../shared/text-schemas.js';
import { DECIDED_LEVELS } from './reviews.schemas.js';

/**
 * Publication of decided ratings within the unit, the notice to each person, and petitions about a
 * published rating (issue 4 §Workflow 6; corrections §7).
 */
export const PublishInputSchema = z.strictObject({
  /** Publish only the reviews of this unit's subtree (default: the whole cycle). */
  unitId: IdSchema.optional(),
});

export const PublishResultSchema = z.object({ cycleId: z.number(), published: z.number(), publishedOn: z.string() });

export const ResultsQuerySchema = z.strictObject({ unitId: IdSchema.optional() });

export const PublishedResultSchema = z.object({
  reviewId: z.number(),
  name: z.string(),
  subjectType: z.enum(['person', 'collective']),
  unitName: z.string(),
  form: z.string(),
  level: z.enum(DECIDED_LEVELS),
  decisionRef: z.string().nullable(),
  decidedOn: z.string().nullable(),
  publishedOn: z.string(),
});
export const PublishedResultsSchema = z.object({ cycleId: z.number(), items: z.array(PublishedResultSchema) });

export const PetitionParamsSchema = z.strictObject({ id: IdSchema });

export const FilePetitionInputSchema = z.strictObject({
  filedOn: IsoDateSchema,
  content: textLine(10_000),
});

export const AnswerPetitionInputSchema = z.strictObject({
  outcome: z.enum(['upheld', 'rejected']),
  answer: textLine(10_000),
  answeredOn: IsoDateSchema,
});

export const PetitionSchema = z.object({
  id: z.number(),
  reviewId: z.number(),
  filedOn: z.string(),
  content: z.string(),
  answerDue: z.string(),
  status: z.enum(['open', 'upheld', 'rejected']),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  /** Answered after the due date (kept, flagged). */
  answeredLate: z.boolean(),
});
export type Petition = z.output<typeof PetitionSchema>;
export const PetitionListSchema = z.object({ items: z.array(PetitionSchema) });
