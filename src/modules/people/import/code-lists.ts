import { cleanText, foldDiacritics } from '../../../shared/vi-text.js';
import {
  ETHNIC_GROUPS,
  type EducationLevel,
  type EthnicGroup,
  type PersonStatus,
  type PoliticalTheoryLevel,
} from '../people-codes.js';
import { detectLegacyEncoding } from './detect-encoding.js';

// Text keys and the code lists (ethnic groups, statuses, qualifications, political theory) cells are matched against.

/** Cache a pure string function: real lists repeat the same units, posts, statuses and names a lot. */
function memo<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size >= max) cache.clear();
      cache.set(s, v);
    }
    return v as T;
  };
}

export const key = memo((s: string) =>
  foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim(),
);
export const legacyOf = memo(detectLegacyEncoding);
export const clean = memo(cleanText);
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

export function byPrefix<T>(text: string, table: readonly [string, T][]): { code: T; rest: string } | null {
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
