import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePersonNames, hoAndDem, personNameSortKey, personSearchText, splitFullName } from './person-name.rules.js';

const collator = new Intl.Collator('vi');
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
/** The official order: tên, then đệm, then họ, each with Intl.Collator('vi'). */
function official(a: { hoDem: string; ten: string }, b: { hoDem: string; ten: string }): number {
  const pa = hoAndDem(a.hoDem);
  const pb = hoAndDem(b.hoDem);
  return collator.compare(a.ten, b.ten) || collator.compare(pa.dem, pb.dem) || collator.compare(pa.ho, pb.ho);
}

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const syllable = fc
  .tuple(
    fc.constantFrom('', 'b', 'ch', 'd', 'đ', 'g', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 't', 'th', 'tr', 'v', 'x'),
    fc.constantFrom(...VOWELS),
    fc.constantFrom(...TONES),
    fc.constantFrom('', 'n', 'nh', 'ng', 'c', 'm', 'p', 't'),
  )
  .map(([c, v, t, f]) => {
    const s = (c + v + t + f).normalize('NFC');
    return s.charAt(0).toUpperCase() + s.slice(1);
  });
const nameArb = fc.record({ hoDem: fc.array(syllable, { minLength: 0, maxLength: 3 }).map((w) => w.join(' ')), ten: syllable });

describe('person names', () => {
  it('splits the last word as tên, NFC, collapsing spaces', () => {
    expect(splitFullName('  Nguyễn   Văn  Ánh ')).toEqual({ hoDem: 'Nguyễn Văn', ten: 'Ánh' });
    expect(splitFullName('Nguye\u0302\u0303n Va\u0306n A\u0301nh'.normalize('NFD'))).toEqual({ hoDem: 'Nguyễn Văn', ten: 'Ánh' });
    expect(splitFullName('Tôn Nữ Thị Hà')).toEqual({ hoDem: 'Tôn Nữ Thị', ten: 'Hà' });
    expect(splitFullName('Ánh')).toEqual({ hoDem: '', ten: 'Ánh' });
    expect(hoAndDem('Tôn Nữ Thị')).toEqual({ ho: 'Tôn', dem: 'Nữ Thị' });
  });

  it('orders by tên, then đệm, then họ (examples)', () => {
    const names = [
      'Nguyễn Văn Hưng',
      'Trần Hải',
      'Lê Văn An',
      'Nguyễn An',
      'Phạm Thị Ánh',
      'Đỗ Đào',
      'Bùi Văn Dũng',
      'Nguyễn Văn An',
    ];
    const sorted = names
      .map(splitFullName)
      .sort(comparePersonNames)
      .map((n) => `${n.hoDem} ${n.ten}`);
    expect(sorted).toEqual([
      'Nguyễn An',
      'Lê Văn An',
      'Nguyễn Văn An',
      'Phạm Thị Ánh',
      'Bùi Văn Dũng',
      'Đỗ Đào',
      'Trần Hải',
      'Nguyễn Văn Hưng',
    ]);
  });

  it('key order equals the official order with Intl.Collator("vi") (property)', () => {
    fc.assert(
      fc.property(nameArb, nameArb, (a, b) => {
        const expected = sign(official(a, b));
        if (expected === 0) return;
        expect(sign(comparePersonNames(a, b))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('the key holds no NUL and is the same for NFC and NFD input', () => {
    fc.assert(
      fc.property(nameArb, ({ hoDem, ten }) => {
        const key = personNameSortKey(hoDem, ten);
        expect(key.includes('\u0000')).toBe(false);
        expect(personNameSortKey(hoDem.normalize('NFD'), ten.normalize('NFD'))).toBe(key);
      }),
    );
  });

  it('search text folds diacritics and carries the ID number', () => {
    expect(personSearchText('Nguyễn Văn Ánh', 'Ba Đức', '001090012345')).toBe('nguyen van anh ba duc 001090012345');
  });
});
