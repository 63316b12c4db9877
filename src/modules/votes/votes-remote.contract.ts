import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { IdSchema } from '../../shared/text-schemas.js';
import { BALLOT_MARKS, CastReceiptSchema, MAX_ROLL, MAX_SUBJECTS, RoundParamsSchema } from './votes.schemas.js';

/**
 * Remote voting with RSA blind-signature tokens (RFC 9474; ADR 011). The organizer allows it on a draft
 * round (the round's key pair is made then) and, once the round is open, hands each absent member of the
 * roll a one-time invitation code. With it, the member's browser has one blinded token signed, unblinds
 * it, and casts a ballot with the token alone — no session, no cookie, no invitation.
 */
const tag = 'votes';
/** Public voting routes: no info line per request (see votes.contract.ts). */
const QUIET = 'warn';

export const REMOTE_VARIANTS = [
  'RSABSSA-SHA384-PSS-Randomized',
  'RSABSSA-SHA384-PSSZERO-Randomized',
  'RSABSSA-SHA384-PSS-Deterministic',
  'RSABSSA-SHA384-PSSZERO-Deterministic',
] as const;
export type RemoteVariant = (typeof REMOTE_VARIANTS)[number];

/** base64url without padding; a 4096-bit value is 683 characters. */
const B64U_MAX = 1400;
const Base64UrlSchema = z
  .string()
  .min(1)
  .max(B64U_MAX)
  .regex(/^[A-Za-z0-9_-]+$/, 'base64url');

export const RemoteSettingsInputSchema = z.strictObject({ remoteAllowed: z.boolean() });

export const RemoteStatusSchema = z.object({
  roundId: z.number(),
  remoteAllowed: z.boolean(),
  variant: z.enum(REMOTE_VARIANTS).nullable(),
  invitationsIssued: z.number(),
  tokensIssued: z.number(),
  tokensSpent: z.number(),
});
export type RemoteStatus = z.infer<typeof RemoteStatusSchema>;

export const RemoteInvitationsInputSchema = z.strictObject({
  rollMemberIds: z.array(IdSchema).min(1).max(MAX_ROLL),
});
export const RemoteInvitationsSchema = z.object({
  roundId: z.number(),
  invitations: z.array(z.object({ rollMemberId: z.number(), name: z.string(), code: z.string() })),
});

export const RemoteKeySchema = z.object({
  roundId: z.number(),
  variant: z.enum(REMOTE_VARIANTS),
  /** The modulus and public exponent, big-endian, base64url (as in a JWK). */
  n: z.string(),
  e: z.string(),
  /** The same key as SubjectPublicKeyInfo DER, base64 (for other tools). */
  spki: z.string(),
});
export type RemoteKey = z.infer<typeof RemoteKeySchema>;

export const RemoteTokenInputSchema = z.strictObject({
  invitation: z.string().min(1).max(40),
  blindedMsg: Base64UrlSchema,
});
export const RemoteTokenSchema = z.object({ roundId: z.number(), blindSig: z.string() });

export const RemoteBallotInputSchema = z.strictObject({
  /** The prepared message (RFC 9474 §4.1), base64url. */
  token: Base64UrlSchema,
  signature: Base64UrlSchema,
  marks: z
    .record(z.string().max(20), z.enum(BALLOT_MARKS))
    .refine((m) => Object.keys(m).length <= MAX_SUBJECTS, { message: 'Quá nhiều người trên phiếu' }),
});

const remotePath = (rest = '') => `/api/votes/rounds/:id/remote${rest}`;

export const votesRemoteEndpoints = {
  getVoteRemote: defineEndpoint({
    name: 'getVoteRemote',
    method: 'GET',
    path: remotePath(),
    tag,
    access: 'session',
    summary: 'Bỏ phiếu từ xa của đợt: cho phép hay không, số mã mời, số thẻ đã ký, số thẻ đã dùng',
    params: RoundParamsSchema,
    response: RemoteStatusSchema,
  }),
  setVoteRemote: defineEndpoint({
    name: 'setVoteRemote',
    method: 'PUT',
    path: remotePath(),
    tag,
    access: 'session',
    summary: 'Cho phép (hoặc không) bỏ phiếu từ xa trong đợt còn là bản nháp; tạo cặp khoá ký của đợt',
    params: RoundParamsSchema,
    body: RemoteSettingsInputSchema,
    response: RemoteStatusSchema,
  }),
  issueVoteInvitations: defineEndpoint({
    name: 'issueVoteInvitations',
    method: 'POST',
    path: remotePath('/invitations'),
    tag,
    access: 'session',
    status: 201,
    summary: 'Phát mã mời bỏ phiếu từ xa cho người vắng mặt trong danh sách (chỉ hiện một lần)',
    params: RoundParamsSchema,
    body: RemoteInvitationsInputSchema,
    response: RemoteInvitationsSchema,
  }),
  getVoteRemoteKey: defineEndpoint({
    name: 'getVoteRemoteKey',
    method: 'GET',
    path: remotePath('/key'),
    tag,
    access: 'public',
    stateless: true,
    logLevel: QUIET,
    summary: 'Khoá công khai ký thẻ bỏ phiếu từ xa của đợt (RFC 9474)',
    params: RoundParamsSchema,
    response: RemoteKeySchema,
  }),
  issueVoteToken: defineEndpoint({
    name: 'issueVoteToken',
    method: 'POST',
    path: remotePath('/token'),
    tag,
    access: 'public',
    stateless: true,
    logLevel: QUIET,
    status: 201,
    summary: 'Ký mù một thẻ bỏ phiếu với mã mời (một lần cho mỗi người); máy chủ không thấy thẻ',
    params: RoundParamsSchema,
    body: RemoteTokenInputSchema,
    response: RemoteTokenSchema,
  }),
  castVoteRemoteBallot: defineEndpoint({
    name: 'castVoteRemoteBallot',
    method: 'POST',
    path: remotePath('/ballot'),
    tag,
    access: 'public',
    stateless: true,
    logLevel: QUIET,
    status: 201,
    summary: 'Bỏ phiếu từ xa bằng thẻ đã ký (không phiên, không cookie); trả về mã biên nhận',
    params: RoundParamsSchema,
    body: RemoteBallotInputSchema,
    response: CastReceiptSchema,
  }),
};

/**
 * The token's application message (RFC 9474 §4.5): a version, the round, and 32 random bytes in hex,
 * chosen by the voter's browser. Naming the round makes a token useless in any other round.
 */
export const REMOTE_TOKEN_NONCE_BYTES = 32;
export const remoteTokenMessage = (roundId: number, nonceHex: string): string =>
  `merit-remote-vote-v1:round:${roundId}:${nonceHex}`;
export const isRemoteTokenMessage = (roundId: number, message: string): boolean =>
  new RegExp(`^merit-remote-vote-v1:round:${roundId}:[0-9a-f]{${REMOTE_TOKEN_NONCE_BYTES * 2}}$`).test(message);
