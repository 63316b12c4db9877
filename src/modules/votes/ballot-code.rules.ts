import { createHash, webcrypto } from 'node:crypto';
import { BALLOT_CODE_RANDOM_LENGTH, CODE_ALPHABET, CODE_GROUP_LENGTH, RECEIPT_CODE_RANDOM_LENGTH } from './vote-constants.js';

/**
 * Room ballot codes and receipt codes (DESIGN "Confidence votes: secrecy by construction"): random
 * symbols from an alphabet without look-alikes, plus one check character so a mistyped code is caught
 * before it reaches the server. The randomness is an argument (tests pass a fixed source); the default is
 * the platform CSPRNG (`crypto.getRandomValues`).
 */
export type RandomBytes = (length: number) => Uint8Array;

export const secureRandomBytes: RandomBytes = (length) => webcrypto.getRandomValues(new Uint8Array(length));

export type CodeKind = 'ballot' | 'receipt';

const RANDOM_LENGTH: Readonly<Record<CodeKind, number>> = {
  ballot: BALLOT_CODE_RANDOM_LENGTH,
  receipt: RECEIPT_CODE_RANDOM_LENGTH,
};

const KIND_LABEL: Readonly<Record<CodeKind, string>> = { ballot: 'Mã phiếu', receipt: 'Mã biên nhận' };

const BASE = CODE_ALPHABET.length;
// Largest multiple of BASE that fits in a byte: bytes at or above it are redrawn, so symbols stay uniform.
const BYTE_LIMIT = Math.floor(256 / BASE) * BASE;

function symbolValue(symbol: string): number {
  return CODE_ALPHABET.indexOf(symbol);
}

function symbolAt(value: number): string {
  const symbol = CODE_ALPHABET[value];
  if (symbol === undefined) throw new RangeError(`no symbol for ${value}`);
  return symbol;
}

function inverseMod(a: number, m: number): number {
  for (let x = 1; x < m; x++) if ((a * x) % m === 1) return x;
  throw new RangeError(`${a} has no inverse modulo ${m}`);
}

/**
 * The check character: chosen so that Σ (i + 1) · value(symbolᵢ) ≡ 0 (mod 31) over the code and the
 * check character. 31 is prime and every weight is below it, so any single wrong symbol and any swap of
 * two different neighbours changes the sum — both are detected.
 */
export function checkCharacter(body: string): string {
  if (body.length + 1 >= BASE) throw new RangeError('code too long for a mod-31 check character');
  let sum = 0;
  for (const [i, symbol] of [...body].entries()) {
    const value = symbolValue(symbol);
    if (value < 0) throw new RangeError(`not a code symbol: ${symbol}`);
    sum = (sum + (i + 1) * value) % BASE;
  }
  const weight = body.length + 1;
  return symbolAt((((BASE - sum) % BASE) * inverseMod(weight, BASE)) % BASE);
}

function randomSymbols(length: number, random: RandomBytes): string {
  let out = '';
  while (out.length < length) {
    for (const byte of random(length - out.length)) {
      if (byte < BYTE_LIMIT && out.length < length) out += symbolAt(byte % BASE);
    }
  }
  return out;
}

export function generateCode(kind: CodeKind, random: RandomBytes = secureRandomBytes): string {
  const body = randomSymbols(RANDOM_LENGTH[kind], random);
  return body + checkCharacter(body);
}

export const generateBallotCode = (random?: RandomBytes): string => generateCode('ballot', random);
export const generateReceiptCode = (random?: RandomBytes): string => generateCode('receipt', random);

/** Upper case, without the spaces, dashes and dots people type or the printed grouping adds. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s.\-_]/g, '');
}

/** `ABCD-EFGH-JKLM-N` — groups of CODE_GROUP_LENGTH for printing and reading aloud. */
export function formatCode(code: string): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += CODE_GROUP_LENGTH) groups.push(code.slice(i, i + CODE_GROUP_LENGTH));
  return groups.join('-');
}

export type CodeCheck =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly code: 'BAD_LENGTH' | 'BAD_SYMBOL' | 'BAD_CHECK'; readonly reason: string };

/** Checks a typed or scanned code before any lookup: its length, its symbols, its check character. */
export function checkCode(input: string, kind: CodeKind): CodeCheck {
  const code = normaliseCode(input);
  const label = KIND_LABEL[kind];
  const expected = RANDOM_LENGTH[kind] + 1;
  if (code.length !== expected) {
    return { ok: false, code: 'BAD_LENGTH', reason: `${label} phải có ${expected} ký tự (đã nhập ${code.length}).` };
  }
  if ([...code].some((symbol) => symbolValue(symbol) < 0)) {
    return { ok: false, code: 'BAD_SYMBOL', reason: `${label} có ký tự không hợp lệ; xin kiểm tra lại.` };
  }
  const body = code.slice(0, -1);
  if (checkCharacter(body) !== code.slice(-1)) {
    return { ok: false, code: 'BAD_CHECK', reason: `${label} không đúng (có thể gõ nhầm một ký tự); xin kiểm tra lại.` };
  }
  return { ok: true, code };
}

/**
 * What the server stores for an issued room code: its SHA-256, so a copy of the database does not hand
 * out unused codes. Codes carry ~59 random bits, so a plain hash is enough.
 */
export function codeDigest(code: string): string {
  return createHash('sha256')
    .update(`merit-vote-code-v1\n${normaliseCode(code)}`, 'utf8')
    .digest('hex');
}
