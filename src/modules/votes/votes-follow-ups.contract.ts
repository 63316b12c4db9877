import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, textLine } from '../../shared/text-schemas.js';
import type { FollowUp } from './vote-constants.js';
import { RoundParamsSchema } from './votes.schemas.js';

/**
 * What a published confidence vote leads to (DOMAIN §2.1 "Use of results", §2.2 art. 12): one follow-up
 * record per subject and consequence, linked to the person; and the counting board's minutes as a PDF.
 */
export const FOLLOW_UP_KINDS = [
  'out_of_planning_for_higher_posts',
  'consider_relief_from_post',
  'consider_resignation',
  'consider_vote_of_confidence',
  'resign_or_vote_of_confidence',
  'dismissal',
  'propose_dismissal',
] as const satisfies readonly FollowUp[];

export const FOLLOW_UP_STATUSES = ['open', 'done', 'dismissed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
/** A resolution note: one paragraph. */
export const FOLLOW_UP_NOTE_MAX = 1000;

export const FollowUpParamsSchema = z.strictObject({ id: IdSchema });
export const PersonFollowUpsParamsSchema = z.strictObject({ personId: IdSchema });

export const ResolveFollowUpInputSchema = z
  .strictObject({
    status: z.enum(['done', 'dismissed']),
    note: textLine(FOLLOW_UP_NOTE_MAX, 0).optional(),
  })
  .refine((v) => v.status !== 'dismissed' || (v.note ?? '') !== '', {
    path: ['note'],
    message: 'Cần ghi lý do (note) khi không thực hiện',
  });
export type ResolveFollowUpInput = z.output<typeof ResolveFollowUpInputSchema>;

export const VoteFollowUpSchema = z.object({
  id: z.number(),
  roundId: z.number(),
  roundTitle: z.string(),
  voteDate: IsoDateSchema,
  subjectId: z.number(),
  personId: z.number(),
  fullName: z.string(),
  postTitle: z.string(),
  kind: z.enum(FOLLOW_UP_KINDS),
  voteYear: z.number(),
  lowOverHalf: z.boolean(),
  lowTwoThirds: z.boolean(),
  status: z.enum(FOLLOW_UP_STATUSES),
  note: z.string().nullable(),
  resolvedAt: IsoDateTimeSchema.nullable(),
  createdAt: IsoDateTimeSchema,
  /** May the caller mark it done or dismissed (organizer, decider or administrator over the round's unit). */
  canResolve: z.boolean(),
});
export type VoteFollowUp = z.output<typeof VoteFollowUpSchema>;

export const VoteFollowUpListSchema = z.object({ items: z.array(VoteFollowUpSchema) });
export type VoteFollowUpList = z.output<typeof VoteFollowUpListSchema>;

const tag = 'votes';

export const votesFollowUpEndpoints = {
  listRoundFollowUps: defineEndpoint({
    name: 'listRoundFollowUps',
    method: 'GET',
    path: '/api/votes/rounds/:id/follow-ups',
    tag,
    access: 'session',
    summary: 'Các việc phải xử lý sau kết quả lấy phiếu của đợt (tạo khi công bố kết quả)',
    params: RoundParamsSchema,
    response: VoteFollowUpListSchema,
  }),
  listPersonVoteFollowUps: defineEndpoint({
    name: 'listPersonVoteFollowUps',
    method: 'GET',
    path: '/api/people/:personId/vote-follow-ups',
    tag,
    access: 'session',
    summary: 'Kết quả lấy phiếu tín nhiệm thấp và việc phải xử lý của một cán bộ',
    params: PersonFollowUpsParamsSchema,
    response: VoteFollowUpListSchema,
  }),
  resolveVoteFollowUp: defineEndpoint({
    name: 'resolveVoteFollowUp',
    method: 'POST',
    path: '/api/votes/follow-ups/:id/resolve',
    tag,
    access: 'session',
    summary: 'Ghi nhận đã xử lý hoặc không thực hiện (kèm lý do) một việc sau lấy phiếu',
    params: FollowUpParamsSchema,
    body: ResolveFollowUpInputSchema,
    response: VoteFollowUpSchema,
  }),
  getVoteMinutes: defineEndpoint({
    name: 'getVoteMinutes',
    method: 'GET',
    path: '/api/votes/rounds/:id/minutes.pdf',
    tag,
    access: 'session',
    summary: 'Biên bản kiểm phiếu (PDF) của đợt đã kết thúc bỏ phiếu',
    params: RoundParamsSchema,
    response: z.unknown(),
    file: true,
  }),
};

/** What each follow-up means, as the minutes and the pages say it (QĐ 96-QĐ/TW; NQ 96/2023/QH15 art. 12). */
export const FOLLOW_UP_LABELS: Readonly<Record<FollowUp, { vi: string; en: string }>> = {
  out_of_planning_for_higher_posts: { vi: 'Đưa ra khỏi quy hoạch chức danh cao hơn', en: 'Out of the planning for higher posts' },
  consider_relief_from_post: {
    vi: 'Xem xét cho thôi giữ chức vụ, bố trí công tác khác',
    en: 'Consider relief from the post and other work',
  },
  consider_resignation: { vi: 'Xem xét cho từ chức', en: 'Consider letting them resign' },
  consider_vote_of_confidence: {
    vi: 'Xem xét bỏ phiếu tín nhiệm, không chờ hết nhiệm kỳ',
    en: 'Consider a vote of confidence without waiting for the end of the term',
  },
  resign_or_vote_of_confidence: {
    vi: 'Có thể xin từ chức; nếu không, bỏ phiếu tín nhiệm',
    en: 'May resign; otherwise a vote of confidence',
  },
  dismissal: {
    vi: 'Cho thôi giữ chức vụ, bố trí công tác thấp hơn, không chờ hết nhiệm kỳ',
    en: 'Relieved of the post and given lower work, without waiting for the end of the term',
  },
  propose_dismissal: { vi: 'Đề nghị miễn nhiệm hoặc phê chuẩn miễn nhiệm', en: 'Propose dismissal or its approval' },
};

export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<FollowUpStatus, { vi: string; en: string }>> = {
  open: { vi: 'Đang chờ xử lý', en: 'Open' },
  done: { vi: 'Đã xử lý', en: 'Done' },
  dismissed: { vi: 'Không thực hiện', en: 'Dismissed' },
};
