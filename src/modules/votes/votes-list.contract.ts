import { defineEndpoint } from '../../shared/endpoint.js';
import { ListRoundsQuerySchema, RoundPageSchema } from './votes.schemas.js';

/**
 * The organizer's list of vote rounds (issue 5, organizer pages): the rounds in units the caller reads,
 * newest vote date first, one bounded page at a time. A unit outside the caller's reach lists nothing.
 */
export const votesListEndpoints = {
  listVoteRounds: defineEndpoint({
    name: 'listVoteRounds',
    method: 'GET',
    path: '/api/votes/rounds',
    tag: 'votes',
    access: 'session',
    summary: 'Danh sách đợt lấy phiếu tín nhiệm trong phạm vi (mới nhất trước), lọc theo đơn vị và trạng thái',
    query: ListRoundsQuerySchema,
    response: RoundPageSchema,
  }),
};
