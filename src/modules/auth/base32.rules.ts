/**
 * Base32 (RFC 4648 §6), the alphabet authenticator apps expect for TOTP secrets
 * (Key Uri Format: `secret=` is base32 without padding).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Encodes bytes; `pad` adds `=` to a multiple of 8 characters as RFC 4648 writes it. */
export function encodeBase32(bytes: Uint8Array, pad = false): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((buffer >>> (bits - 5)) & 31);
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  if (pad) while (out.length % 8 !== 0) out += '=';
  return out;
}

/**
 * Decodes base32, forgiving what people type: lower case, spaces, dashes and padding.
 * Returns undefined for any other character or for leftover bits that are not zero.
 */
export function decodeBase32(text: string): Uint8Array | undefined {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/=+$/, '');
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return undefined;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  // A canonical encoding leaves fewer than 5 bits over, all zero.
  if (bits >= 5 || buffer !== 0) return undefined;
  return Uint8Array.from(out);
}
