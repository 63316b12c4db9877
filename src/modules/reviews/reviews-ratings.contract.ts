import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { IdSchema } from '../../shared/text-schemas.js';
import { REGIMES } from './review-constants.js';
import { DECIDED_LEVELS } from './reviews.schemas.js';

/** A person's ratings over the years and what followed from them (issue 4 §Reports; §Workflow 7). */
export const PersonRatingsParamsSchema = z.strictObject({ personId: IdSchema });

export const PersonRatingsSchema = z.object({
  personId: z.number(),
  ratings: z.array(
    z.object({
      reviewId: z.number(),
      cycleId: z.number(),
      year: z.number(),
      regime: z.enum(REGIMES),
      periodKind: z.enum(['year', 'quarter', 'month']),
      periodNo: z.number().nullable(),
      level: z.enum(DECIDED_LEVELS),
      decisionRef: z.string().nullable(),
      decidedOn: z.string().nullable(),
      status: z.string(),
    }),
  ),
  consequences: z.array(
    z.object({
      id: z.number(),
      reviewId: z.number(),
      year: z.number(),
      kind: z.string(),
      basis: z.string(),
      status: z.string(),
      note: z.string().nullable(),
    }),
  ),
});
export type PersonRatings = z.output<typeof PersonRatingsSchema>;

export const reviewsRatingsEndpoints = {
  getPersonReviewRatings: defineEndpoint({
    name: 'getPersonReviewRatings',
    method: 'GET',
    path: '/api/reviews/people/:personId/ratings',
    tag: 'reviews',
    access: 'session',
    summary: 'Kết quả xếp loại của một người qua các năm và các hệ quả kèm theo',
    params: PersonRatingsParamsSchema,
    response: PersonRatingsSchema,
  }),
};
