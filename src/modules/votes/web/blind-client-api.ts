import type { ErrorBody, ErrorDetail } from '../../../shared/app-error.js';
import { buildPath, type AnyEndpoint, type EndpointResponse } from '../../../shared/endpoint.js';
import type { BallotMark } from '../vote-constants.js';
import { votesRemoteEndpoints, type RemoteKey } from '../votes-remote.contract.js';
import {
  CLIENT_VARIANTS,
  finalize,
  fromBase64Url,
  newPendingToken,
  publicKeyFromRemoteKey,
  toBase64Url,
} from './blind-client.js';

/** A refusal of a credential-less call (the page shows it as an `ApiError`; this file stays DOM-free). */
export class RemoteCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[],
  ) {
    super(message);
    this.name = 'RemoteCallError';
  }
}

/** A signed token waiting to be cast: the prepared message and its signature, base64url. */
export interface SignedToken {
  readonly token: string;
  readonly signature: string;
}

/**
 * POST with `credentials: 'omit'`: no session and no cookie leave the phone with the token request or
 * the ballot (ADR 011); both routes are stateless. Refusals throw `RemoteCallError`.
 */
export async function postWithoutCredentials<E extends AnyEndpoint>(
  endpoint: E,
  roundId: number,
  body: unknown,
): Promise<EndpointResponse<E>> {
  const res = await fetch(buildPath(endpoint.path, { id: roundId }), {
    method: 'POST',
    credentials: 'omit',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (json as ErrorBody | null)?.error;
    throw new RemoteCallError(res.status, err?.code ?? 'INTERNAL', err?.message ?? res.statusText, err?.details ?? []);
  }
  return json as EndpointResponse<E>;
}

/** Blinds a fresh token on the phone, has it signed with the invitation, unblinds it (RFC 9474 §4). */
export async function obtainSignedToken(roundId: number, key: RemoteKey, invitation: string): Promise<SignedToken> {
  const publicKey = publicKeyFromRemoteKey(key);
  const variant = CLIENT_VARIANTS[key.variant];
  const pending = await newPendingToken(roundId, publicKey, variant);
  const { blindSig } = await postWithoutCredentials(votesRemoteEndpoints.issueVoteToken, roundId, {
    invitation,
    blindedMsg: toBase64Url(pending.blinded.blindedMsg),
  });
  const signature = await finalize(publicKey, pending.token, fromBase64Url(blindSig), pending.blinded.inv, variant);
  return { token: toBase64Url(pending.token), signature: toBase64Url(signature) };
}

export const castRemoteBallot = (roundId: number, signed: SignedToken, marks: Record<string, BallotMark>) =>
  postWithoutCredentials(votesRemoteEndpoints.castVoteRemoteBallot, roundId, { ...signed, marks });
