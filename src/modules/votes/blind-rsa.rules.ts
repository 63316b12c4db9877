import { constants, createHash, privateDecrypt, type KeyObject } from 'node:crypto';
import { secureRandomBytes, type RandomBytes } from './ballot-code.rules.js';
import {
  bitLength,
  bytesToInt,
  emsaPssEncode,
  gcd,
  intToBytes,
  modInverse,
  modulusLength,
  rsassaPssVerify,
  rsavp1,
  type RsaPublicKey,
} from './rsa-pss.rules.js';
import {
  RSABSSA_MAX_BLIND_ATTEMPTS,
  RSABSSA_MIN_MODULUS_BITS,
  RSABSSA_PREFIX_LENGTH,
  RSABSSA_PSS_SALT_LENGTH,
} from './vote-constants.js';

/**
 * RSA blind signatures, RFC 9474 (RSABSSA), for remote voting tokens: the server signs one blinded token
 * per eligible voter and later accepts a ballot carrying an unblinded token without being able to tell
 * whose it is. Prepare (§4.1), Blind (§4.2), BlindSign (§4.3), Finalize (§4.4), Verify (§4.5).
 *
 * Public-key arithmetic is bigint (rsa-pss.rules.ts). The private-key operation (RSASP1) is OpenSSL's
 * raw RSA through node:crypto, which is constant-time and blinded (RFC 9474 §7.1); its result is checked
 * with the public key before it is returned (BlindSign step 3–4, the fault-attack safeguard).
 */
export type RsabssaVariantName =
  | 'RSABSSA-SHA384-PSS-Randomized'
  | 'RSABSSA-SHA384-PSSZERO-Randomized'
  | 'RSABSSA-SHA384-PSS-Deterministic'
  | 'RSABSSA-SHA384-PSSZERO-Deterministic';

export interface RsabssaVariant {
  readonly name: RsabssaVariantName;
  readonly saltLength: number;
  readonly randomized: boolean;
}

/** RFC 9474 §5. The RECOMMENDED variants are the Randomized ones; Merit uses PSS-Randomized by default. */
export const RSABSSA_VARIANTS: Readonly<Record<RsabssaVariantName, RsabssaVariant>> = {
  'RSABSSA-SHA384-PSS-Randomized': {
    name: 'RSABSSA-SHA384-PSS-Randomized',
    saltLength: RSABSSA_PSS_SALT_LENGTH,
    randomized: true,
  },
  'RSABSSA-SHA384-PSSZERO-Randomized': { name: 'RSABSSA-SHA384-PSSZERO-Randomized', saltLength: 0, randomized: true },
  'RSABSSA-SHA384-PSS-Deterministic': {
    name: 'RSABSSA-SHA384-PSS-Deterministic',
    saltLength: RSABSSA_PSS_SALT_LENGTH,
    randomized: false,
  },
  'RSABSSA-SHA384-PSSZERO-Deterministic': { name: 'RSABSSA-SHA384-PSSZERO-Deterministic', saltLength: 0, randomized: false },
};
export const DEFAULT_RSABSSA_VARIANT = RSABSSA_VARIANTS['RSABSSA-SHA384-PSS-Randomized'];

export type BlindRsaErrorCode =
  | 'INVALID_KEY'
  | 'ENCODING_ERROR'
  | 'INVALID_INPUT'
  | 'BLINDING_ERROR'
  | 'UNEXPECTED_INPUT_SIZE'
  | 'MESSAGE_REPRESENTATIVE_OUT_OF_RANGE'
  | 'SIGNING_FAILURE'
  | 'INVALID_SIGNATURE';

const ERROR_REASONS: Readonly<Record<BlindRsaErrorCode, string>> = {
  INVALID_KEY: 'Khoá ký không hợp lệ cho phiếu bầu từ xa.',
  ENCODING_ERROR: 'Không mã hoá được thông điệp của thẻ bỏ phiếu.',
  INVALID_INPUT: 'Thông điệp của thẻ bỏ phiếu không hợp lệ với khoá này.',
  BLINDING_ERROR: 'Không tạo được hệ số che; xin thử lại.',
  UNEXPECTED_INPUT_SIZE: 'Độ dài dữ liệu không đúng với khoá ký.',
  MESSAGE_REPRESENTATIVE_OUT_OF_RANGE: 'Thông điệp đã che nằm ngoài phạm vi của khoá ký.',
  SIGNING_FAILURE: 'Ký thẻ bỏ phiếu thất bại.',
  INVALID_SIGNATURE: 'Chữ ký trên thẻ bỏ phiếu không hợp lệ.',
};

export type BlindRsaResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: BlindRsaErrorCode; readonly reason: string };

const ok = <T>(value: T): BlindRsaResult<T> => ({ ok: true, value });
const fail = <T>(code: BlindRsaErrorCode): BlindRsaResult<T> => ({ ok: false, code, reason: ERROR_REASONS[code] });

/** The server's key: the public half as integers, the private half kept inside OpenSSL. */
export interface BlindSigningKey {
  readonly publicKey: RsaPublicKey;
  readonly privateKey: KeyObject;
}

export function publicKeyFromKeyObject(key: KeyObject): RsaPublicKey {
  if (key.asymmetricKeyType !== 'rsa') throw new TypeError('an RSA key is required');
  const jwk = key.export({ format: 'jwk' });
  if (!jwk.n || !jwk.e) throw new TypeError('the RSA key has no modulus or exponent');
  return { n: bytesToInt(Buffer.from(jwk.n, 'base64url')), e: bytesToInt(Buffer.from(jwk.e, 'base64url')) };
}

export function signingKeyFromPrivateKey(privateKey: KeyObject): BlindSigningKey {
  if (privateKey.type !== 'private') throw new TypeError('a private key is required');
  return { publicKey: publicKeyFromKeyObject(privateKey), privateKey };
}

const keyUsable = (key: RsaPublicKey): boolean => bitLength(key.n) >= RSABSSA_MIN_MODULUS_BITS && key.e > 1n;

/** Prepare (RFC 9474 §4.1): PrepareRandomize prepends 32 random bytes; PrepareIdentity returns msg. */
export function prepare(
  msg: Uint8Array,
  variant: RsabssaVariant = DEFAULT_RSABSSA_VARIANT,
  random: RandomBytes = secureRandomBytes,
): Uint8Array {
  if (!variant.randomized) return Uint8Array.from(msg);
  const prefix = random(RSABSSA_PREFIX_LENGTH);
  const out = new Uint8Array(prefix.length + msg.length);
  out.set(prefix, 0);
  out.set(msg, prefix.length);
  return out;
}

/** RFC 9474 §4.5: the message the application consumes — the prepared message without its random prefix. */
export function applicationMessage(preparedMsg: Uint8Array, variant: RsabssaVariant = DEFAULT_RSABSSA_VARIANT): Uint8Array {
  return variant.randomized ? preparedMsg.slice(RSABSSA_PREFIX_LENGTH) : Uint8Array.from(preparedMsg);
}

/** random_integer_uniform(1, n) by rejection sampling over bit_len(n) bits (RFC 9474 §4.2). */
function randomBelow(n: bigint, random: RandomBytes): bigint | undefined {
  const length = Math.ceil(bitLength(n) / 8);
  const topMask = 0xff >> (8 * length - bitLength(n));
  for (let attempt = 0; attempt < RSABSSA_MAX_BLIND_ATTEMPTS; attempt++) {
    const bytes = Uint8Array.from(random(length));
    bytes[0] = (bytes[0] ?? 0) & topMask;
    const x = bytesToInt(bytes);
    if (x >= 1n && x < n) return x;
  }
  return undefined;
}

export interface Blinded {
  readonly blindedMsg: Uint8Array;
  /** The inverse of the blinding factor; the client keeps it secret until Finalize. */
  readonly inv: bigint;
}

/** Blind (RFC 9474 §4.2). `random` is read for the PSS salt first, then for the blinding factor r. */
export function blind(
  publicKey: RsaPublicKey,
  preparedMsg: Uint8Array,
  variant: RsabssaVariant = DEFAULT_RSABSSA_VARIANT,
  random: RandomBytes = secureRandomBytes,
): BlindRsaResult<Blinded> {
  if (!keyUsable(publicKey)) return fail('INVALID_KEY');
  const k = modulusLength(publicKey);
  const salt = variant.saltLength > 0 ? random(variant.saltLength) : new Uint8Array(0);
  let encoded: Uint8Array;
  try {
    encoded = emsaPssEncode(preparedMsg, bitLength(publicKey.n) - 1, salt);
  } catch {
    return fail('ENCODING_ERROR');
  }
  const m = bytesToInt(encoded);
  if (gcd(m, publicKey.n) !== 1n) return fail('INVALID_INPUT');
  const r = randomBelow(publicKey.n, random);
  const inv = r === undefined ? undefined : modInverse(r, publicKey.n);
  if (r === undefined || inv === undefined) return fail('BLINDING_ERROR');
  const z = (m * rsavp1(publicKey, r)) % publicKey.n;
  return ok({ blindedMsg: intToBytes(z, k), inv });
}

/** BlindSign (RFC 9474 §4.3), on the server. The result is checked with the public key before it leaves. */
export function blindSign(key: BlindSigningKey, blindedMsg: Uint8Array): BlindRsaResult<Uint8Array> {
  const { publicKey } = key;
  if (!keyUsable(publicKey)) return fail('INVALID_KEY');
  const k = modulusLength(publicKey);
  if (blindedMsg.length !== k) return fail('UNEXPECTED_INPUT_SIZE');
  const m = bytesToInt(blindedMsg);
  if (m >= publicKey.n) return fail('MESSAGE_REPRESENTATIVE_OUT_OF_RANGE');
  let s: Uint8Array;
  try {
    // RSASP1: raw m^d mod n inside OpenSSL (no padding — the message is already EMSA-PSS encoded and blinded).
    s = new Uint8Array(privateDecrypt({ key: key.privateKey, padding: constants.RSA_NO_PADDING }, blindedMsg));
  } catch {
    return fail('SIGNING_FAILURE');
  }
  if (s.length !== k || rsavp1(publicKey, bytesToInt(s)) !== m) return fail('SIGNING_FAILURE');
  return ok(s);
}

/** Finalize (RFC 9474 §4.4): unblinds and verifies; only a valid RSASSA-PSS signature comes out. */
export function finalize(
  publicKey: RsaPublicKey,
  preparedMsg: Uint8Array,
  blindSig: Uint8Array,
  inv: bigint,
  variant: RsabssaVariant = DEFAULT_RSABSSA_VARIANT,
): BlindRsaResult<Uint8Array> {
  const k = modulusLength(publicKey);
  if (blindSig.length !== k) return fail('UNEXPECTED_INPUT_SIZE');
  const z = bytesToInt(blindSig);
  if (z >= publicKey.n) return fail('INVALID_SIGNATURE');
  const sig = intToBytes((z * inv) % publicKey.n, k);
  return rsassaPssVerify(publicKey, preparedMsg, sig, variant.saltLength) ? ok(sig) : fail('INVALID_SIGNATURE');
}

/** Verification (RFC 9474 §4.5): RSASSA-PSS-VERIFY over the prepared message. */
export function verify(
  publicKey: RsaPublicKey,
  preparedMsg: Uint8Array,
  sig: Uint8Array,
  variant: RsabssaVariant = DEFAULT_RSABSSA_VARIANT,
): boolean {
  return keyUsable(publicKey) && rsassaPssVerify(publicKey, preparedMsg, sig, variant.saltLength);
}

/**
 * The key of a token in the caller's spent-token set: SHA-256 over the message the application consumes
 * (RFC 9474 §4.5), so one token is accepted once whatever prefix or signature it is shown with.
 */
export function tokenId(preparedMsg: Uint8Array, variant: RsabssaVariant = DEFAULT_RSABSSA_VARIANT): string {
  return createHash('sha256').update('merit-vote-token-v1\n').update(applicationMessage(preparedMsg, variant)).digest('hex');
}
