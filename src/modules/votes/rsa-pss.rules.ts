import { createHash } from 'node:crypto';
import { RSABSSA_HASH, RSABSSA_HASH_LENGTH } from './vote-constants.js';

/**
 * The RSA pieces RFC 9474 builds on, from RFC 8017 (PKCS #1 v2.2): OS2IP / I2OSP (§4), RSAVP1 (§5.2.2),
 * MGF1 (B.2.1), EMSA-PSS encoding and verification (§9.1) and RSASSA-PSS-VERIFY (§8.1.2), with SHA-384.
 * Public-key arithmetic only: the private-key operation is done by OpenSSL (see blind-rsa.rules.ts).
 */
export interface RsaPublicKey {
  readonly n: bigint;
  readonly e: bigint;
}

export function bytesToInt(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

/** I2OSP: big-endian, exactly `length` bytes; throws when x does not fit ("integer too large"). */
export function intToBytes(x: bigint, length: number): Uint8Array {
  if (x < 0n) throw new RangeError('integer is negative');
  const hex = x.toString(16);
  if (hex.length > length * 2) throw new RangeError('integer too large');
  return Uint8Array.from(Buffer.from(hex.padStart(length * 2, '0'), 'hex'));
}

export function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

export const modulusLength = (key: RsaPublicKey): number => Math.ceil(bitLength(key.n) / 8);

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus === 1n) return 0n;
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

export function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** x⁻¹ mod n by the extended Euclidean algorithm, or `undefined` when x and n share a factor. */
export function modInverse(x: bigint, n: bigint): bigint | undefined {
  let [oldR, r] = [((x % n) + n) % n, n];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return undefined;
  return ((oldS % n) + n) % n;
}

/** RSAVP1 (RFC 8017 §5.2.2): s^e mod n, for 0 ≤ s < n. */
export function rsavp1(key: RsaPublicKey, s: bigint): bigint {
  if (s < 0n || s >= key.n) throw new RangeError('signature representative out of range');
  return modPow(s, key.e, key.n);
}

const hash = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash(RSABSSA_HASH);
  for (const part of parts) h.update(part);
  return new Uint8Array(h.digest());
};

/** MGF1 (RFC 8017 B.2.1) with SHA-384. */
export function mgf1(seed: Uint8Array, maskLength: number): Uint8Array {
  const out = new Uint8Array(maskLength);
  const counter = new Uint8Array(4);
  for (let c = 0, offset = 0; offset < maskLength; c++, offset += RSABSSA_HASH_LENGTH) {
    new DataView(counter.buffer).setUint32(0, c);
    out.set(hash(seed, counter).subarray(0, maskLength - offset), offset);
  }
  return out;
}

const ZERO8 = new Uint8Array(8);

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with SHA-384 and MGF1-SHA-384; the salt is given (its length is sLen). */
export function emsaPssEncode(message: Uint8Array, emBits: number, salt: Uint8Array): Uint8Array {
  const hLen = RSABSSA_HASH_LENGTH;
  const emLen = Math.ceil(emBits / 8);
  if (emLen < hLen + salt.length + 2) throw new RangeError('encoding error');
  const mHash = hash(message);
  const h = hash(ZERO8, mHash, salt);
  const db = new Uint8Array(emLen - hLen - 1);
  db[emLen - salt.length - hLen - 2] = 0x01;
  db.set(salt, emLen - salt.length - hLen - 1);
  const dbMask = mgf1(h, db.length);
  for (let i = 0; i < db.length; i++) db[i] = (db[i] ?? 0) ^ (dbMask[i] ?? 0);
  db[0] = (db[0] ?? 0) & (0xff >> (8 * emLen - emBits));
  const em = new Uint8Array(emLen);
  em.set(db, 0);
  em.set(h, db.length);
  em[emLen - 1] = 0xbc;
  return em;
}

/** EMSA-PSS-VERIFY (RFC 8017 §9.1.2): "consistent" → true. */
export function emsaPssVerify(message: Uint8Array, em: Uint8Array, emBits: number, saltLength: number): boolean {
  const hLen = RSABSSA_HASH_LENGTH;
  const emLen = Math.ceil(emBits / 8);
  if (em.length !== emLen || emLen < hLen + saltLength + 2) return false;
  if (em[emLen - 1] !== 0xbc) return false;
  const maskedDb = em.subarray(0, emLen - hLen - 1);
  const h = em.subarray(emLen - hLen - 1, emLen - 1);
  const topBits = 8 * emLen - emBits;
  if (((maskedDb[0] ?? 0) & ~(0xff >> topBits) & 0xff) !== 0) return false;
  const dbMask = mgf1(h, maskedDb.length);
  const db = maskedDb.map((byte, i) => byte ^ (dbMask[i] ?? 0));
  db[0] = (db[0] ?? 0) & (0xff >> topBits);
  const psLength = emLen - hLen - saltLength - 2;
  for (let i = 0; i < psLength; i++) if (db[i] !== 0) return false;
  if (db[psLength] !== 0x01) return false;
  const salt = db.subarray(db.length - saltLength);
  const expected = hash(ZERO8, hash(message), salt);
  return Buffer.from(expected).equals(Buffer.from(h));
}

/** RSASSA-PSS-VERIFY (RFC 8017 §8.1.2). */
export function rsassaPssVerify(key: RsaPublicKey, message: Uint8Array, signature: Uint8Array, saltLength: number): boolean {
  const k = modulusLength(key);
  if (signature.length !== k) return false;
  const s = bytesToInt(signature);
  if (s >= key.n) return false;
  const modBits = bitLength(key.n);
  const m = rsavp1(key, s);
  const emLen = Math.ceil((modBits - 1) / 8);
  let em: Uint8Array;
  try {
    em = intToBytes(m, emLen);
  } catch {
    return false;
  }
  return emsaPssVerify(message, em, modBits - 1, saltLength);
}
