import { defineEndpoint } from '../../shared/endpoint.js';
import { SetSettingsInputSchema, SettingsParamsSchema, SettingsSchema } from './reviews-settings.schemas.js';

/** An organization's audited overrides of the review rules (issue 4: "only what the regulation allows"). */
export * from './reviews-settings.schemas.js';

const tag = 'reviews';

export const reviewsSettingsEndpoints = {
  getReviewSettings: defineEndpoint({
    name: 'getReviewSettings',
    method: 'GET',
    path: '/api/reviews/settings/:unitId',
    tag,
    access: 'session',
    summary: 'Cấu hình đánh giá, xếp loại của tổ chức: phần riêng và phần đang áp dụng',
    params: SettingsParamsSchema,
    response: SettingsSchema,
  }),
  setReviewSettings: defineEndpoint({
    name: 'setReviewSettings',
    method: 'PUT',
    path: '/api/reviews/settings/:unitId',
    tag,
    access: 'session',
    summary: 'Đặt cấu hình riêng của tổ chức (chỉ những điểm quy định cho phép; cần số văn bản)',
    params: SettingsParamsSchema,
    body: SetSettingsInputSchema,
    response: SettingsSchema,
  }),
};
