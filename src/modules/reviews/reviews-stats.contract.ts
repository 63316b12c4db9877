import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { ReviewStatsSchema, StatsQuerySchema } from './reviews-stats.schemas.js';

/** Statistics of decided levels and their official exports (issue 4 §Reports). */
export * from './reviews-stats.schemas.js';

const tag = 'reviews';

export const reviewsStatsEndpoints = {
  getReviewStats: defineEndpoint({
    name: 'getReviewStats',
    method: 'GET',
    path: '/api/reviews/stats',
    tag,
    access: 'session',
    summary: 'Thống kê kết quả xếp loại theo đơn vị (cả cây), năm, chế độ; phân tổ theo một tiêu chí; xu hướng qua các năm',
    query: StatsQuerySchema,
    response: ReviewStatsSchema,
  }),
  exportReviewStatsXlsx: defineEndpoint({
    name: 'exportReviewStatsXlsx',
    method: 'GET',
    path: '/api/reviews/stats.xlsx',
    tag,
    access: 'session',
    summary: 'Xuất báo cáo thống kê kết quả xếp loại ra tệp .xlsx',
    query: StatsQuerySchema,
    response: z.unknown(),
    file: true,
  }),
  exportReviewStatsPdf: defineEndpoint({
    name: 'exportReviewStatsPdf',
    method: 'GET',
    path: '/api/reviews/stats.pdf',
    tag,
    access: 'session',
    summary: 'In báo cáo kết quả đánh giá, xếp loại (thể thức văn bản Đảng hoặc Nhà nước) ra PDF',
    query: StatsQuerySchema,
    response: z.unknown(),
    file: true,
  }),
};
