import { defineEndpoint } from '../../shared/endpoint.js';
import {
  CycleDetailSchema,
  CycleListSchema,
  CycleParamsSchema,
  CycleProgressSchema,
  ExtendDeadlinesInputSchema,
  ListCyclesQuerySchema,
  ListReviewsQuerySchema,
  OpenCycleInputSchema,
  ReviewPageSchema,
} from './reviews.schemas.js';

/**
 * Annual review and classification (issue 4): cycles over a unit subtree and their review records.
 * Organizers and administrators over the cycle's unit run it; every role over the unit reads it; the
 * rating itself is decided only by a decider acting for the person's management body.
 */
export * from './reviews.schemas.js';

const tag = 'reviews';

export const reviewsEndpoints = {
  openReviewCycle: defineEndpoint({
    name: 'openReviewCycle',
    method: 'POST',
    path: '/api/reviews/cycles',
    tag,
    access: 'session',
    status: 201,
    summary:
      'Mở kỳ đánh giá, xếp loại (năm, quý, tháng) cho một đơn vị và các đơn vị trực thuộc; tạo phiếu cho từng người, từng tập thể',
    body: OpenCycleInputSchema,
    response: CycleDetailSchema,
  }),
  listReviewCycles: defineEndpoint({
    name: 'listReviewCycles',
    method: 'GET',
    path: '/api/reviews/cycles',
    tag,
    access: 'session',
    summary: 'Các kỳ đánh giá trong phạm vi của bạn (mới nhất trước)',
    query: ListCyclesQuerySchema,
    response: CycleListSchema,
  }),
  getReviewCycle: defineEndpoint({
    name: 'getReviewCycle',
    method: 'GET',
    path: '/api/reviews/cycles/:id',
    tag,
    access: 'session',
    summary: 'Kỳ đánh giá: thời hạn, thiết lập, số phiếu theo từng bước, số chậm',
    params: CycleParamsSchema,
    response: CycleDetailSchema,
  }),
  extendReviewDeadlines: defineEndpoint({
    name: 'extendReviewDeadlines',
    method: 'PUT',
    path: '/api/reviews/cycles/:id/deadlines',
    tag,
    access: 'session',
    summary: 'Gia hạn thời hạn các bước (cần số văn bản)',
    params: CycleParamsSchema,
    body: ExtendDeadlinesInputSchema,
    response: CycleDetailSchema,
  }),
  getReviewProgress: defineEndpoint({
    name: 'getReviewProgress',
    method: 'GET',
    path: '/api/reviews/cycles/:id/progress',
    tag,
    access: 'session',
    summary: 'Tiến độ theo đơn vị: số phiếu ở từng bước và số đã quá hạn',
    params: CycleParamsSchema,
    response: CycleProgressSchema,
  }),
  listCycleReviews: defineEndpoint({
    name: 'listCycleReviews',
    method: 'GET',
    path: '/api/reviews/cycles/:id/reviews',
    tag,
    access: 'session',
    summary: 'Phiếu đánh giá của kỳ (lọc theo đơn vị, bước, quá hạn), từng trang',
    params: CycleParamsSchema,
    query: ListReviewsQuerySchema,
    response: ReviewPageSchema,
  }),
};
