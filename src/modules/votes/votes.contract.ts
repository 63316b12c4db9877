import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import {
  AddSubjectsInputSchema,
  AttendanceInputSchema,
  CastBallotInputSchema,
  CastReceiptSchema,
  CreateRoundInputSchema,
  IssuedCodesSchema,
  PublicBallotSchema,
  ReceiptCheckInputSchema,
  ReceiptCheckSchema,
  RoundDetailSchema,
  RoundParamsSchema,
  RoundTallySchema,
  SetRollInputSchema,
} from './votes.schemas.js';

/**
 * Confidence votes in the meeting room (issue 5, server part). A round goes draft → open → closed →
 * published. Organizers and administrators over the round's unit run it; every role over the unit reads
 * it. Casting a ballot and checking a receipt need no session: the room code is the authority.
 */
export * from './votes.schemas.js';

const tag = 'votes';
/** The public voting routes (a whole meeting room at once): no info line per request; errors still log. */
const QUIET = 'warn';

function roundAction(name: string, path: string, summary: string) {
  return defineEndpoint({
    name,
    method: 'POST',
    path: `/api/votes/rounds/:id/${path}`,
    tag,
    access: 'session',
    summary,
    params: RoundParamsSchema,
    response: RoundDetailSchema,
  });
}

export const votesEndpoints = {
  createVoteRound: defineEndpoint({
    name: 'createVoteRound',
    method: 'POST',
    path: '/api/votes/rounds',
    tag,
    access: 'session',
    status: 201,
    summary: 'Tạo đợt lấy phiếu tín nhiệm (bản nháp)',
    body: CreateRoundInputSchema,
    response: RoundDetailSchema,
  }),
  getVoteRound: defineEndpoint({
    name: 'getVoteRound',
    method: 'GET',
    path: '/api/votes/rounds/:id',
    tag,
    access: 'session',
    summary: 'Đợt lấy phiếu: người được lấy phiếu, danh sách triệu tập, mã băm danh sách, số có mặt',
    params: RoundParamsSchema,
    response: RoundDetailSchema,
  }),
  addVoteSubjects: defineEndpoint({
    name: 'addVoteSubjects',
    method: 'POST',
    path: '/api/votes/rounds/:id/subjects',
    tag,
    access: 'session',
    summary: 'Thêm người được lấy phiếu; người không thuộc diện lấy phiếu được ghi rõ lý do',
    params: RoundParamsSchema,
    body: AddSubjectsInputSchema,
    response: RoundDetailSchema,
  }),
  setVoteRoll: defineEndpoint({
    name: 'setVoteRoll',
    method: 'PUT',
    path: '/api/votes/rounds/:id/roll',
    tag,
    access: 'session',
    summary: 'Đặt danh sách người được triệu tập bỏ phiếu (thay danh sách cũ, khi chưa chốt)',
    params: RoundParamsSchema,
    body: SetRollInputSchema,
    response: RoundDetailSchema,
  }),
  freezeVoteRoll: roundAction('freezeVoteRoll', 'roll/freeze', 'Chốt danh sách triệu tập; trả về mã băm SHA-256 của danh sách'),
  recordVoteAttendance: defineEndpoint({
    name: 'recordVoteAttendance',
    method: 'PUT',
    path: '/api/votes/rounds/:id/attendance',
    tag,
    access: 'session',
    summary: 'Điểm danh: người có mặt trong danh sách đã chốt',
    params: RoundParamsSchema,
    body: AttendanceInputSchema,
    response: RoundDetailSchema,
  }),
  openVoteRound: roundAction('openVoteRound', 'open', 'Bắt đầu bỏ phiếu (cần ít nhất 2/3 số được triệu tập có mặt)'),
  issueVoteCodes: defineEndpoint({
    name: 'issueVoteCodes',
    method: 'POST',
    path: '/api/votes/rounds/:id/codes',
    tag,
    access: 'session',
    status: 201,
    summary: 'Phát mã phiếu: một mã cho mỗi người có mặt, chỉ hiện một lần để in; máy chủ chỉ giữ mã băm',
    params: RoundParamsSchema,
    response: IssuedCodesSchema,
  }),
  getVoteBallot: defineEndpoint({
    name: 'getVoteBallot',
    method: 'GET',
    path: '/api/votes/rounds/:id/ballot',
    tag,
    access: 'public',
    // No session is looked up and no cookie read: the room code or the receipt is the only authority.
    stateless: true,
    logLevel: QUIET,
    summary: 'Phiếu của đợt đang bỏ phiếu (không cần đăng nhập): tên đợt, họ tên và chức vụ người được lấy phiếu',
    params: RoundParamsSchema,
    response: PublicBallotSchema,
  }),
  castVoteBallot: defineEndpoint({
    name: 'castVoteBallot',
    method: 'POST',
    path: '/api/votes/rounds/:id/ballots',
    tag,
    access: 'public',
    // No session is looked up and no cookie read: the room code or the receipt is the only authority.
    stateless: true,
    logLevel: QUIET,
    status: 201,
    summary: 'Bỏ phiếu bằng mã phiếu (không cần đăng nhập); trả về mã biên nhận',
    params: RoundParamsSchema,
    body: CastBallotInputSchema,
    response: CastReceiptSchema,
  }),
  closeVoteRound: roundAction('closeVoteRound', 'close', 'Kết thúc bỏ phiếu'),
  getVoteTally: defineEndpoint({
    name: 'getVoteTally',
    method: 'GET',
    path: '/api/votes/rounds/:id/tally',
    tag,
    access: 'session',
    summary: 'Kết quả kiểm phiếu từng người (sau khi kết thúc bỏ phiếu)',
    params: RoundParamsSchema,
    response: RoundTallySchema,
  }),
  publishVoteRound: roundAction('publishVoteRound', 'publish', 'Công bố kết quả và danh sách phiếu (chuỗi băm)'),
  getVoteBallotList: defineEndpoint({
    name: 'getVoteBallotList',
    method: 'GET',
    path: '/api/votes/rounds/:id/ballot-list.json',
    tag,
    access: 'session',
    summary: 'Tải danh sách phiếu đã công bố (không danh tính, có chuỗi băm) để kiểm tra: npx merit votes verify',
    params: RoundParamsSchema,
    response: z.unknown(),
    file: true,
  }),
  checkVoteReceipt: defineEndpoint({
    name: 'checkVoteReceipt',
    method: 'POST',
    path: '/api/votes/receipts/check',
    tag,
    access: 'public',
    // No session is looked up and no cookie read: the room code or the receipt is the only authority.
    stateless: true,
    logLevel: QUIET,
    summary: 'Tra mã biên nhận trong danh sách phiếu đã công bố (không cần đăng nhập)',
    body: ReceiptCheckInputSchema,
    response: ReceiptCheckSchema,
  }),
};
