import { cleanText, foldDiacritics } from '../../../shared/vi-text.js';
import {
  ETHNIC_GROUPS,
  type EducationLevel,
  type EthnicGroup,
  type PersonStatus,
  type PoliticalTheoryLevel,
} from '../people-codes.js';
import { detectLegacyEncoding } from '../../../platform/server/spreadsheet/detect-encoding.js';

// Text keys and the code lists (ethnic groups, statuses, qualifications, political theory) cells are matched against.

/**
 * Cache a pure string function: real lists repeat the same units, posts, statuses and names a lot.
 * Bounded: once full it keeps the values it has (the frequent ones come early) and computes the rest,
 * rather than clearing, which made a 500,000-row file with unique cells (ID numbers, phones, row
 * numbers) recompute everything and churn the cache.
 */
function memo<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size < max) cache.set(s, v);
    }
    return v as T;
  };
}

// Fast paths tested before the caches (cheaper than hashing a unique string such as an ID number):
// words separated by single spaces are already trimmed and folded, so `cleanText` is only NFC, which
// returns such text as it is when it is NFC already; lower-case ASCII letters and digits in
// single-space-separated words are already a `key`.
const SINGLE_SPACED = /^\S+(?: \S+)*$/;
const KEY_ASCII = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
// Legacy encodings show as Latin-1 letters (detect-encoding.ts): text without any is never flagged.
const NO_LATIN1_HIGH = /^[^\u00a1-\u00ff]*$/;

const keyOf = memo((s: string) =>
  foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim(),
);
export const key = (s: string): string => (KEY_ASCII.test(s) ? s : keyOf(s));
const legacyOfText = memo(detectLegacyEncoding);
export const legacyOf = (s: string): ReturnType<typeof detectLegacyEncoding> => (NO_LATIN1_HIGH.test(s) ? null : legacyOfText(s));
const cleanOf = memo(cleanText);
export const clean = (s: string): string => (SINGLE_SPACED.test(s) ? s.normalize('NFC') : cleanOf(s));
export const compact = (s: string) => key(s).replace(/ /g, '');

export const ETHNIC_BY_KEY = new Map<string, EthnicGroup>(ETHNIC_GROUPS.map((g) => [compact(g), g]));
ETHNIC_BY_KEY.set('khmer', 'Khơ-me');
ETHNIC_BY_KEY.set('mong', 'HMông');
ETHNIC_BY_KEY.set('hmong', 'HMông');
ETHNIC_BY_KEY.set('bruvankieu', 'Bru-Vân Kiều');
ETHNIC_BY_KEY.set('vankieu', 'Bru-Vân Kiều');

export const STATUS: [string, PersonStatus][] = [
  ['can bo', 'cadre'],
  ['cb', 'cadre'],
  ['cong chuc', 'civil_servant'],
  ['cc', 'civil_servant'],
  ['vien chuc', 'public_employee'],
  ['vc', 'public_employee'],
  ['nguoi lao dong', 'worker'],
  ['nld', 'worker'],
  ['lao dong hop dong', 'worker'],
  ['hop dong', 'worker'],
  ['lao dong', 'worker'],
];

export const EDUCATION: [string, EducationLevel][] = [
  ['chua qua dao tao', 'none'],
  ['so cap', 'so_cap'],
  ['trung cap', 'trung_cap'],
  ['cao dang', 'cao_dang'],
  ['dai hoc', 'dai_hoc'],
  ['cu nhan', 'dai_hoc'],
  ['ky su', 'dai_hoc'],
  ['bac si', 'dai_hoc'],
  ['duoc si', 'dai_hoc'],
  ['kien truc su', 'dai_hoc'],
  ['thac si', 'thac_si'],
  ['ths', 'thac_si'],
  ['tien si', 'tien_si'],
  ['ts', 'tien_si'],
];

export const THEORY: [string, PoliticalTheoryLevel][] = [
  ['chua qua dao tao', 'none'],
  ['khong', 'none'],
  ['chua', 'none'],
  ['so cap', 'so_cap'],
  ['sc', 'so_cap'],
  ['trung cap', 'trung_cap'],
  ['tc', 'trung_cap'],
  ['cao cap', 'cao_cap'],
  ['cc', 'cao_cap'],
  ['cu nhan', 'cu_nhan'],
];

const prefixCaches = new WeakMap<readonly (readonly [string, unknown])[], Map<string, { code: unknown; rest: string } | null>>();

/** The table entry the text starts with (by key), and the rest of the text; cached per table (few distinct cells). */
export function byPrefix<T>(text: string, table: readonly [string, T][]): { code: T; rest: string } | null {
  let cache = prefixCaches.get(table);
  if (!cache) prefixCaches.set(table, (cache = new Map()));
  const cached = cache.get(text);
  if (cached !== undefined) return cached as { code: T; rest: string } | null;
  const found = findPrefix(text, table);
  if (cache.size < 10_000) cache.set(text, found);
  return found;
}

function findPrefix<T>(text: string, table: readonly [string, T][]): { code: T; rest: string } | null {
  const k = key(text);
  for (const [p, code] of table) {
    if (k === p || k.startsWith(`${p} `)) {
      const words = cleanText(text).split(' ');
      return {
        code,
        rest: words
          .slice(p.split(' ').length)
          .join(' ')
          .replace(/^[\s,;:-]+/, ''),
      };
    }
  }
  return null;
}
