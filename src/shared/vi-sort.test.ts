import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVi, viSearchText, viSortKey } from './vi-sort.js';

const collator = new Intl.Collator('vi');
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const keyOrder = (a: string, b: string) => sign(compareVi(a, b));
const icuOrder = (a: string, b: string) => sign(collator.compare(a, b));

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const CONSONANTS = [...'bcdđghklmnpqrstvx', ...'fjwz'];
const VOWEL_FORMS = VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC')));
const OTHERS = [...'0123456789', ' ', '-', '.', ',', '(', ')', "'", '/'];

// Mostly letters, sometimes digits and punctuation, as in names of people and units.
const charArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VOWEL_FORMS) },
  { weight: 5, arbitrary: fc.constantFrom(...CONSONANTS) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHERS) },
);
const cased = (ch: string, upper: boolean) => (upper ? ch.toUpperCase() : ch);
const wordArb = fc
  .tuple(fc.array(charArb, { minLength: 1, maxLength: 7 }), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([chars, capital, upperRate]) => chars.map((c, i) => cased(c, i === 0 ? capital : upperRate > 0.9)).join(''));
const nameArb = fc
  .tuple(fc.array(wordArb, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', ' ', '-'))
  .map(([words, sep]) => words.join(sep));
const formArb = fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD');
const spelledArb = fc.tuple(nameArb, formArb).map(([name, form]) => name.normalize(form));

/** Two names that differ in one character's tone, case or letter mark: exercises levels 2 and 3. */
const nearPairArb = fc
  .tuple(nameArb, fc.nat(), fc.constantFrom(...VOWEL_FORMS, ...CONSONANTS), fc.boolean(), formArb, formArb)
  .map(([name, at, replacement, upper, f1, f2]) => {
    const chars = [...name];
    chars[at % chars.length] = cased(replacement, upper);
    return [name.normalize(f1), chars.join('').normalize(f2)] as const;
  });

describe('viSortKey', () => {
  it('orders the reference list as Intl.Collator("vi") does', () => {
    const expected = ['An', 'Ánh', 'Ăn', 'Ân', 'Bình', 'Dũng', 'Đào', 'Hà', 'Hả', 'Hạ', 'Hưng'];
    const shuffled = [...expected].reverse();
    expect([...shuffled].sort(compareVi)).toEqual(expected);
    expect([...shuffled].sort(collator.compare)).toEqual(expected);
  });

  it('puts Hưng after Hải (plain code-point order does not)', () => {
    expect(compareVi('Hải', 'Hưng')).toBeLessThan(0);
    expect('Hải' < 'Hưng').toBe(false);
  });

  it.each([
    ['a', 'à', 'ả', 'ã', 'á', 'ạ'],
    ['An', 'An Bình', 'An-Bình', 'Anh'],
    ['an', 'An', 'ăn', 'Ăn'],
    ['d', 'D', 'đ', 'Đ', 'e'],
    ['Sở 10', 'Sở 2', 'Sở A'],
  ])('orders %s …', (...list: string[]) => {
    expect([...list].reverse().sort(compareVi)).toEqual(list);
    expect([...list].reverse().sort(collator.compare)).toEqual(list);
  });

  it('gives NFC and NFD spellings the same key', () => {
    const name = 'Nguyễn Thị Phượng';
    expect(viSortKey(name.normalize('NFD'))).toBe(viSortKey(name.normalize('NFC')));
  });

  it('ignores invisible characters and treats a no-break space as a space (third level)', () => {
    expect(viSortKey('Ng\u00adu\u200byễn')).toBe(viSortKey('Nguyễn'));
    expect(icuOrder('a\u00a0b', 'a b')).toBe(keyOrder('a\u00a0b', 'a b'));
    expect(icuOrder('a\u00a0b', 'a_b')).toBe(keyOrder('a\u00a0b', 'a_b'));
  });

  it('keeps keys free of NUL and of surrogates (same order in UTF-16 and UTF-8)', () => {
    const key = viSortKey('Tên 𝔸 lạ');
    expect(key).not.toMatch(/[\u0000\ud800-\udfff]/);
  });

  it('agrees with Intl.Collator("vi") on random Vietnamese names (NFC and NFD)', () => {
    fc.assert(
      fc.property(spelledArb, spelledArb, (a, b) => keyOrder(a, b) === icuOrder(a, b)),
      { numRuns: 20_000 },
    );
  });

  it('agrees with Intl.Collator("vi") on names that differ only in tone, case or letter mark', () => {
    fc.assert(
      fc.property(nearPairArb, ([a, b]) => keyOrder(a, b) === icuOrder(a, b)),
      { numRuns: 20_000 },
    );
  });

  it('sorts 5,000 random names exactly as Intl.Collator("vi"): 0 mismatches', () => {
    const names = fc.sample(spelledArb, { numRuns: 5_000, seed: 2025 });
    const byKey = [...names].sort(compareVi);
    let mismatches = 0;
    for (let i = 1; i < byKey.length; i++) {
      const [prev, next] = [byKey[i - 1] ?? '', byKey[i] ?? ''];
      if (icuOrder(prev, next) !== keyOrder(prev, next)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});

// Every character the primary table knows, plus decomposable foreign letters and variants.
const TABLE_CHARS = [
  ...'\t\n _-–—,;:!?.…·\'‘’"“”«»()[]{}§¶@*/\\&#%†•`^°©®+<=>|~$£¥€0123456789',
  ...'aăâbcdđeêfghijklmnoôơpqrstuưvwxyzÀÁẢÃẠàáảãạỆệỜờÇçüÜñÑ\u00a0\u00ad',
];
const tableStringArb = fc.array(fc.constantFrom(...TABLE_CHARS), { maxLength: 6 }).map((cs) => cs.join(''));

describe('viSortKey on punctuation, digits and variants', () => {
  it('agrees with Intl.Collator("vi") on short strings of every known character', () => {
    fc.assert(
      fc.property(tableStringArb, tableStringArb, (a, b) => keyOrder(a, b) === icuOrder(a, b)),
      { numRuns: 20_000 },
    );
  });
});

describe('viSearchText', () => {
  it('folds case, diacritics and đ, and spaces', () => {
    expect(viSearchText('  Sở  Nội vụ ')).toBe('so noi vu');
    expect(viSearchText('ĐẢNG ỦY Xã')).toBe('dang uy xa');
  });
});
