import { RSABSSA_HASH_LENGTH } from '../vote-constants.js';

/**
 * The RFC 8017 pieces the voter's browser needs for RFC 9474, over WebCrypto (SHA-384) and bigint: no
 * Node import (a port of rsa-pss.rules.ts, checked against the same RFC 9474 vectors). Public-key
 * operations only; the browser never holds a private key.
 */
export interface ClientPublicKey {
  readonly n: bigint;
  readonly e: bigint;
}

const HEX = (b: number) => b.toString(16).padStart(2, '0');

export function bytesToInt(bytes: Uint8Array): bigint {
  let hex = '';
  for (const b of bytes) hex += HEX(b);
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

/** I2OSP: big-endian, exactly `length` bytes; throws when x does not fit. */
export function intToBytes(x: bigint, length: number): Uint8Array {
  if (x < 0n) throw new RangeError('integer is negative');
  const hex = x.toString(16);
  if (hex.length > length * 2) throw new RangeError('integer too large');
  const padded = hex.padStart(length * 2, '0');
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = parseInt(padded.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export const bitLength = (x: bigint): number => (x === 0n ? 0 : x.toString(2).length);
export const modulusLength = (key: ClientPublicKey): number => Math.ceil(bitLength(key.n) / 8);

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus === 1n) return 0n;
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

export function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** x⁻¹ mod n, or `undefined` when x and n share a factor. */
export function modInverse(x: bigint, n: bigint): bigint | undefined {
  let [oldR, r] = [((x % n) + n) % n, n];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return oldR === 1n ? ((oldS % n) + n) % n : undefined;
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export const sha384 = async (...parts: Uint8Array[]): Promise<Uint8Array> =>
  new Uint8Array(await crypto.subtle.digest('SHA-384', concat(...parts)));

/** MGF1 (RFC 8017 B.2.1) with SHA-384. */
export async function mgf1(seed: Uint8Array, maskLength: number): Promise<Uint8Array> {
  const out = new Uint8Array(maskLength);
  for (let c = 0, offset = 0; offset < maskLength; c++, offset += RSABSSA_HASH_LENGTH) {
    const counter = new Uint8Array(4);
    new DataView(counter.buffer).setUint32(0, c);
    out.set((await sha384(seed, counter)).subarray(0, maskLength - offset), offset);
  }
  return out;
}

const ZERO8 = new Uint8Array(8);

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1), SHA-384 and MGF1-SHA-384, with the given salt. */
export async function emsaPssEncode(message: Uint8Array, emBits: number, salt: Uint8Array): Promise<Uint8Array> {
  const hLen = RSABSSA_HASH_LENGTH;
  const emLen = Math.ceil(emBits / 8);
  if (emLen < hLen + salt.length + 2) throw new RangeError('encoding error');
  const h = await sha384(ZERO8, await sha384(message), salt);
  const db = new Uint8Array(emLen - hLen - 1);
  db[emLen - salt.length - hLen - 2] = 0x01;
  db.set(salt, emLen - salt.length - hLen - 1);
  const dbMask = await mgf1(h, db.length);
  for (let i = 0; i < db.length; i++) db[i] = (db[i] ?? 0) ^ (dbMask[i] ?? 0);
  db[0] = (db[0] ?? 0) & (0xff >> (8 * emLen - emBits));
  return concat(db, h, Uint8Array.of(0xbc));
}

/** RSASSA-PSS-VERIFY (RFC 8017 §8.1.2 with EMSA-PSS-VERIFY §9.1.2). */
export async function rsassaPssVerify(key: ClientPublicKey, message: Uint8Array, sig: Uint8Array, saltLength: number) {
  const hLen = RSABSSA_HASH_LENGTH;
  const k = modulusLength(key);
  const s = bytesToInt(sig);
  if (sig.length !== k || s >= key.n) return false;
  const emBits = bitLength(key.n) - 1;
  const emLen = Math.ceil(emBits / 8);
  let em: Uint8Array;
  try {
    em = intToBytes(modPow(s, key.e, key.n), emLen);
  } catch {
    return false;
  }
  if (emLen < hLen + saltLength + 2 || em[emLen - 1] !== 0xbc) return false;
  const maskedDb = em.subarray(0, emLen - hLen - 1);
  const h = em.subarray(emLen - hLen - 1, emLen - 1);
  const topBits = 8 * emLen - emBits;
  if (((maskedDb[0] ?? 0) & ~(0xff >> topBits) & 0xff) !== 0) return false;
  const dbMask = await mgf1(h, maskedDb.length);
  const db = maskedDb.map((byte, i) => byte ^ (dbMask[i] ?? 0));
  db[0] = (db[0] ?? 0) & (0xff >> topBits);
  const psLength = emLen - hLen - saltLength - 2;
  for (let i = 0; i < psLength; i++) if (db[i] !== 0) return false;
  if (db[psLength] !== 0x01) return false;
  const expected = await sha384(ZERO8, await sha384(message), db.subarray(db.length - saltLength));
  return expected.every((byte, i) => byte === h[i]);
}

/** base64url without padding, both ways (the API's encoding of keys, tokens and signatures). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
