import { cleanText, foldDiacritics } from './vi-text.js';

/**
 * Vietnamese sort keys. PGlite has no Vietnamese ICU data, so both databases order by a key computed
 * here and compared with `COLLATE "C"` (research/stack-check.md §2). The key imitates what ICU does
 * for `Intl.Collator('vi')` (CLDR `vi` tailoring, DOMAIN.md §7.1) at its three levels:
 *
 *  1. primary — the letter: a ă â b c d đ e ê … o ô ơ … u ư …; spaces and punctuation before digits,
 *     digits before letters (root order, "non-ignorable" punctuation);
 *  2. secondary — the tone: none < huyền < hỏi < ngã < sắc < nặng;
 *  3. tertiary — the case: lower before upper.
 *
 * Each level is the sequence of the string's weights; the levels are joined by a separator lower than
 * any weight, so a shorter string sorts first, as in ICU. Weights are printable ASCII (code-point order
 * = UTF-16 order = UTF-8 byte order), and the key never holds NUL (PostgreSQL text refuses it).
 */

// Root (CLDR) order of the punctuation and symbols a name may carry, then digits, then the Vietnamese
// alphabet extended with f j w z for foreign words. Checked against Intl.Collator('vi') in the tests.
const PRIMARY_ORDER = [
  ...'\t\n\v\f\r _-–—,;:!?.·\'"«»()[]{}§¶@*/\\&#%†•`^°©®+<=>|~$£¥€',
  ...'0123456789',
  ...['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ'],
  ...['p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'],
];

const LEVEL_SEPARATOR = '\u0001';
const FIRST_WEIGHT = 0x21;
const PRIMARY_WEIGHT = new Map(PRIMARY_ORDER.map((ch, i) => [ch, String.fromCharCode(FIRST_WEIGHT + i)]));
// Characters outside the table sort after every letter, among themselves by code point.
const UNKNOWN_PRIMARY = String.fromCharCode(FIRST_WEIGHT + PRIMARY_ORDER.length);

/** Marks that make a new letter in Vietnamese (a+breve = ă …): primary, not secondary. */
const LETTER_MARKS: Record<string, Record<string, string>> = {
  '\u0306': { a: 'ă' },
  '\u0302': { a: 'â', e: 'ê', o: 'ô' },
  '\u031B': { o: 'ơ', u: 'ư' },
};

const COMMON = '!';
// Tone marks in CLDR `vi` order: huyền, hỏi, ngã, sắc, nặng — all above "no mark" (COMMON).
const TONE_WEIGHT: Record<string, string> = { '\u0300': '"', '\u0309': '#', '\u0303': '$', '\u0301': '%', '\u0323': '&' };
// Any other combining mark sorts after the tones, by code point.
const OTHER_MARK_BASE = 0x30;
const LOWER = '!';
const UPPER = '"';

// Invisible characters pasted from word processors (soft hyphen, zero-width joiners, BOM) that ICU
// ignores at every level.
const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Characters ICU treats as variants of others, differing only at the third level (like a capital):
// the no-break space, curly quotes, and the ellipsis (three full stops).
const VARIANTS: Record<string, { readonly base: string; readonly tertiary: string }> = {
  '\u00a0': { base: ' ', tertiary: '"' },
  '‘': { base: "'", tertiary: '"' },
  '’': { base: "'", tertiary: '#' },
  '“': { base: '"', tertiary: '"' },
  '”': { base: '"', tertiary: '#' },
  '…': { base: '...', tertiary: '"' },
};

const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

interface Element {
  /** The character as the primary table knows it: lower-case, or the base of a variant. */
  readonly letter: string;
  readonly tertiary: string;
  readonly marks: string[];
}

/** NFD text → collation elements: a base character with the combining marks that follow it. */
function elements(text: string): Element[] {
  const out: Element[] = [];
  for (const ch of text.replace(IGNORABLE, '').normalize('NFD')) {
    const last = out[out.length - 1];
    if (COMBINING.test(ch) && last) {
      last.marks.push(ch);
      continue;
    }
    const variant = VARIANTS[ch];
    if (variant) {
      for (const letter of variant.base) out.push({ letter, tertiary: variant.tertiary, marks: [] });
      continue;
    }
    const lower = ch.toLowerCase();
    // Only one-to-one case mappings are case variants; anything else is kept as is.
    if (lower.length === 1 && lower !== ch) out.push({ letter: lower, tertiary: UPPER, marks: [] });
    else out.push({ letter: ch, tertiary: LOWER, marks: [] });
  }
  return out;
}

function markWeight(mark: string): string {
  return TONE_WEIGHT[mark] ?? String.fromCharCode(OTHER_MARK_BASE + (mark.codePointAt(0) ?? 0) - 0x300);
}

function primaryOf(letter: string): string {
  const weight = PRIMARY_WEIGHT.get(letter);
  if (weight !== undefined) return weight;
  // Astral characters would order differently in UTF-16 and UTF-8; fold them to one weight.
  const code = letter.codePointAt(0) ?? 0;
  return UNKNOWN_PRIMARY + (code > 0xffff ? '\uFFFD' : letter);
}

/** The key whose plain code-point order equals `new Intl.Collator('vi').compare` order. */
export function viSortKey(text: string): string {
  let primary = '';
  let secondary = '';
  let tertiary = '';
  for (const element of elements(text)) {
    let letter = element.letter;
    const tones: string[] = [];
    for (const mark of element.marks) {
      const merged = LETTER_MARKS[mark]?.[letter];
      if (merged !== undefined) letter = merged;
      else tones.push(markWeight(mark));
    }
    primary += primaryOf(letter);
    secondary += COMMON + tones.join('');
    tertiary += element.tertiary + LOWER.repeat(tones.length);
  }
  return primary + LEVEL_SEPARATOR + secondary + LEVEL_SEPARATOR + tertiary;
}

/** Lower-case, diacritic-free, space-folded text for `LIKE` search: "Sở Nội vụ" → "so noi vu". */
export function viSearchText(text: string): string {
  return foldDiacritics(cleanText(text));
}

/** A `compare` for arrays in the browser and in tests: same order as `viSortKey`. */
export function compareVi(a: string, b: string): number {
  const ka = viSortKey(a);
  const kb = viSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
