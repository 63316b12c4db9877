import {
  RSABSSA_MAX_BLIND_ATTEMPTS,
  RSABSSA_MIN_MODULUS_BITS,
  RSABSSA_PREFIX_LENGTH,
  RSABSSA_PSS_SALT_LENGTH,
} from '../vote-constants.js';
import { REMOTE_TOKEN_NONCE_BYTES, remoteTokenMessage, type RemoteKey, type RemoteVariant } from '../votes-remote.contract.js';
import {
  bitLength,
  bytesToInt,
  emsaPssEncode,
  fromBase64Url,
  gcd,
  intToBytes,
  modInverse,
  modPow,
  modulusLength,
  rsassaPssVerify,
  toBase64Url,
  type ClientPublicKey,
} from './blind-client-pss.js';

/**
 * RFC 9474 on the voter's device (ADR 011): Prepare (§4.1), Blind (§4.2) and Finalize (§4.4) in the
 * browser, so the server only ever sees a blinded message and can never tell which token it signed.
 * WebCrypto for SHA-384, bigint for RSA; `random` is injectable so the RFC's vectors can be replayed.
 */
export type RandomBytes = (length: number) => Uint8Array;
export const browserRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

export interface ClientVariant {
  readonly saltLength: number;
  readonly randomized: boolean;
}

/** RFC 9474 §5, the four RSABSSA-SHA384 variants (mirrors blind-rsa.rules.ts). */
export const CLIENT_VARIANTS: Readonly<Record<RemoteVariant, ClientVariant>> = {
  'RSABSSA-SHA384-PSS-Randomized': { saltLength: RSABSSA_PSS_SALT_LENGTH, randomized: true },
  'RSABSSA-SHA384-PSSZERO-Randomized': { saltLength: 0, randomized: true },
  'RSABSSA-SHA384-PSS-Deterministic': { saltLength: RSABSSA_PSS_SALT_LENGTH, randomized: false },
  'RSABSSA-SHA384-PSSZERO-Deterministic': { saltLength: 0, randomized: false },
};

export class BlindClientError extends Error {
  constructor(readonly code: 'INVALID_KEY' | 'INVALID_INPUT' | 'BLINDING_ERROR' | 'INVALID_SIGNATURE') {
    super(code);
    this.name = 'BlindClientError';
  }
}

export function publicKeyFromRemoteKey(key: Pick<RemoteKey, 'n' | 'e'>): ClientPublicKey {
  return { n: bytesToInt(fromBase64Url(key.n)), e: bytesToInt(fromBase64Url(key.e)) };
}

/** Prepare (§4.1): 32 random bytes before the message for the Randomized variants. */
export function prepare(msg: Uint8Array, variant: ClientVariant, random: RandomBytes = browserRandomBytes): Uint8Array {
  if (!variant.randomized) return Uint8Array.from(msg);
  const out = new Uint8Array(RSABSSA_PREFIX_LENGTH + msg.length);
  out.set(random(RSABSSA_PREFIX_LENGTH), 0);
  out.set(msg, RSABSSA_PREFIX_LENGTH);
  return out;
}

export interface ClientBlinded {
  readonly blindedMsg: Uint8Array;
  /** The inverse of the blinding factor: stays on the device until Finalize. */
  readonly inv: bigint;
}

/** Blind (§4.2). `random` is read for the PSS salt first, then for the blinding factor r. */
export async function blind(
  key: ClientPublicKey,
  preparedMsg: Uint8Array,
  variant: ClientVariant,
  random: RandomBytes = browserRandomBytes,
): Promise<ClientBlinded> {
  if (bitLength(key.n) < RSABSSA_MIN_MODULUS_BITS || key.e <= 1n) throw new BlindClientError('INVALID_KEY');
  const salt = variant.saltLength > 0 ? random(variant.saltLength) : new Uint8Array(0);
  const m = bytesToInt(await emsaPssEncode(preparedMsg, bitLength(key.n) - 1, salt));
  if (gcd(m, key.n) !== 1n) throw new BlindClientError('INVALID_INPUT');
  // random_integer_uniform(1, n) by rejection sampling over bit_len(n) bits.
  const length = modulusLength(key);
  const topMask = 0xff >> (8 * length - bitLength(key.n));
  for (let attempt = 0; attempt < RSABSSA_MAX_BLIND_ATTEMPTS; attempt++) {
    const bytes = Uint8Array.from(random(length));
    bytes[0] = (bytes[0] ?? 0) & topMask;
    const r = bytesToInt(bytes);
    const inv = r >= 1n && r < key.n ? modInverse(r, key.n) : undefined;
    if (inv === undefined) continue;
    return { blindedMsg: intToBytes((m * modPow(r, key.e, key.n)) % key.n, length), inv };
  }
  throw new BlindClientError('BLINDING_ERROR');
}

/** Finalize (§4.4): unblinds and verifies; only a valid RSASSA-PSS signature comes out. */
export async function finalize(
  key: ClientPublicKey,
  preparedMsg: Uint8Array,
  blindSig: Uint8Array,
  inv: bigint,
  variant: ClientVariant,
): Promise<Uint8Array> {
  const k = modulusLength(key);
  const z = bytesToInt(blindSig);
  if (blindSig.length !== k || z >= key.n) throw new BlindClientError('INVALID_SIGNATURE');
  const sig = intToBytes((z * inv) % key.n, k);
  if (!(await rsassaPssVerify(key, preparedMsg, sig, variant.saltLength))) throw new BlindClientError('INVALID_SIGNATURE');
  return sig;
}

/** A fresh token for a round, blinded for its key: what the phone keeps until the server signs it. */
export interface PendingToken {
  readonly token: Uint8Array;
  readonly blinded: ClientBlinded;
}

export async function newPendingToken(
  roundId: number,
  key: ClientPublicKey,
  variant: ClientVariant,
  random: RandomBytes = browserRandomBytes,
): Promise<PendingToken> {
  const nonce = Array.from(random(REMOTE_TOKEN_NONCE_BYTES), (b) => b.toString(16).padStart(2, '0')).join('');
  const token = prepare(new TextEncoder().encode(remoteTokenMessage(roundId, nonce)), variant, random);
  return { token, blinded: await blind(key, token, variant, random) };
}

export { fromBase64Url, toBase64Url };
