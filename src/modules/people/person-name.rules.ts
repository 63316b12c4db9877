import { cleanText, foldDiacritics } from '../../shared/vi-text.js';
import { viSortKey } from '../../shared/vi-sort.js';

/**
 * Vietnamese personal names (DOMAIN §7.1). Official lists sort by tên (given name, the last word), then
 * đệm (middle words), then họ (surname, the first word), each with the Vietnamese alphabet and tones.
 */

export interface NameParts {
  /** Họ và tên đệm: every word but the last ("Nguyễn Văn"); empty for a one-word name. */
  readonly hoDem: string;
  /** Tên: the last word ("Ánh"). */
  readonly ten: string;
}

/** NFC, spaces collapsed, split: last word = tên, the rest = họ đệm. */
export function splitFullName(fullName: string): NameParts {
  const words = cleanText(fullName)
    .split(' ')
    .filter((w) => w !== '');
  const ten = words.pop() ?? '';
  return { hoDem: words.join(' '), ten };
}

export function joinFullName(hoDem: string, ten: string): string {
  return cleanText(`${hoDem} ${ten}`);
}

/** Họ (first word of họ đệm) and đệm (the rest). */
export function hoAndDem(hoDem: string): { ho: string; dem: string } {
  const words = cleanText(hoDem)
    .split(' ')
    .filter((w) => w !== '');
  return { ho: words[0] ?? '', dem: words.slice(1).join(' ') };
}

// viSortKey joins its levels with U+0001 and otherwise uses characters ≥ U+0021 (control characters are
// refused by every text schema). Raising its separator to U+0002 frees U+0001, lower than any key
// character, to separate the name parts: a shorter part then sorts first, as in a tuple comparison.
const PART_SEPARATOR = '\u0001';
const LEVEL_SEPARATOR_IN_PART = '\u0002';

/**
 * A cache for a pure function of short strings that repeat (name parts, words): an import of 500,000
 * people has a few thousand distinct ones. Bounded: once full it keeps the first (most frequent) values
 * and computes the rest.
 */
function memo(fn: (s: string) => string, max = 100_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size < max) cache.set(s, v);
    }
    return v;
  };
}

const partKey = memo((text: string) => viSortKey(text).replaceAll('\u0001', LEVEL_SEPARATOR_IN_PART));
const foldWord = memo(foldDiacritics);

/** The stored `name_sort_key`: code-point order = official order (tên → đệm → họ), on every backend. */
export function personNameSortKey(hoDem: string, ten: string): string {
  const { ho, dem } = hoAndDem(hoDem);
  return [partKey(cleanText(ten)), partKey(dem), partKey(ho)].join(PART_SEPARATOR);
}

export function comparePersonNames(a: NameParts, b: NameParts): number {
  const ka = personNameSortKey(a.hoDem, a.ten);
  const kb = personNameSortKey(b.hoDem, b.ten);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The stored `search_text`: full name, other names and ID number, lower-case without diacritics. */
export function personSearchText(
  fullName: string,
  otherNames: string | null | undefined,
  idNumber: string | null | undefined,
): string {
  // = viSearchText(joined): cleanText, then foldDiacritics word by word (folding never crosses a
  // space: NFD/NFC and lower-casing act within words), each word's fold cached.
  const cleaned = cleanText([fullName, otherNames ?? '', idNumber ?? ''].filter((s) => s !== '').join(' '));
  return cleaned.split(' ').map(foldWord).join(' ');
}
