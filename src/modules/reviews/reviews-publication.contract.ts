import { defineEndpoint } from '../../shared/endpoint.js';
import { CycleParamsSchema, ReviewParamsSchema } from './reviews.schemas.js';
import {
  AnswerPetitionInputSchema,
  FilePetitionInputSchema,
  PetitionListSchema,
  PetitionParamsSchema,
  PetitionSchema,
  PublishInputSchema,
  PublishResultSchema,
  PublishedResultsSchema,
  ResultsQuerySchema,
} from './reviews-publication.schemas.js';

/** Publication within the unit, and petitions about a published rating (issue 4 §Workflow 6). */
export * from './reviews-publication.schemas.js';

const tag = 'reviews';

export const reviewsPublicationEndpoints = {
  publishReviewResults: defineEndpoint({
    name: 'publishReviewResults',
    method: 'POST',
    path: '/api/reviews/cycles/:id/publish',
    tag,
    access: 'session',
    summary: 'Công khai kết quả xếp loại đã quyết định trong đơn vị và thông báo đến từng người',
    params: CycleParamsSchema,
    body: PublishInputSchema,
    response: PublishResultSchema,
  }),
  getPublishedReviewResults: defineEndpoint({
    name: 'getPublishedReviewResults',
    method: 'GET',
    path: '/api/reviews/cycles/:id/results',
    tag,
    access: 'session',
    summary: 'Kết quả xếp loại đã công khai của kỳ (theo đơn vị)',
    params: CycleParamsSchema,
    query: ResultsQuerySchema,
    response: PublishedResultsSchema,
  }),
  fileReviewPetition: defineEndpoint({
    name: 'fileReviewPetition',
    method: 'POST',
    path: '/api/reviews/:id/petitions',
    tag,
    access: 'session',
    status: 201,
    summary: 'Ghi nhận kiến nghị về kết quả xếp loại (trong thời hạn kể từ ngày công khai; một lần)',
    params: ReviewParamsSchema,
    body: FilePetitionInputSchema,
    response: PetitionSchema,
  }),
  listReviewPetitions: defineEndpoint({
    name: 'listReviewPetitions',
    method: 'GET',
    path: '/api/reviews/:id/petitions',
    tag,
    access: 'session',
    summary: 'Kiến nghị về kết quả xếp loại của một phiếu đánh giá',
    params: ReviewParamsSchema,
    response: PetitionListSchema,
  }),
  answerReviewPetition: defineEndpoint({
    name: 'answerReviewPetition',
    method: 'PUT',
    path: '/api/reviews/petitions/:id',
    tag,
    access: 'session',
    summary: 'Trả lời kiến nghị (cấp có thẩm quyền; là trả lời cuối cùng)',
    params: PetitionParamsSchema,
    body: AnswerPetitionInputSchema,
    response: PetitionSchema,
  }),
};
