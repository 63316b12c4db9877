import { describe, expect, it } from 'vitest';
import { applyColumnMapping, detectHeaderRow, headerKey, headerMatcher } from './header-detection.js';
import type { Cell } from './sheet-data.js';

const matcher = headerMatcher({
  stt: ['stt', 'tt'],
  code: ['ma don vi', 'ma'],
  name: ['ten don vi', 'ten'],
  parent: ['don vi cap tren', 'ma don vi cap tren'],
});

describe('header detection for any importer', () => {
  it('folds headers: accents, case, punctuation, đ', () => {
    expect(headerKey('  Mã ĐƠN VỊ:')).toBe('ma don vi');
    expect(headerKey('Mã đơn vị'.normalize('NFD'))).toBe('ma don vi');
  });

  it('matches exactly (1) or by a contained alias of 4+ letters (0.6), longest alias first', () => {
    expect(matcher.match('Mã')).toEqual({ field: 'code', confidence: 1 });
    expect(matcher.match('Mã đơn vị (bắt buộc)')).toEqual({ field: 'code', confidence: 0.6 });
    expect(matcher.match('Tên đơn vị cấp trên')).toEqual({ field: 'parent', confidence: 0.6 });
    expect(matcher.match('Ghi chú')).toBeNull();
  });

  it('finds the header under title rows, with a group header merged over sub-headers and a numbering row', () => {
    const rows: Cell[][] = [
      ['UBND TỈNH THỬ'],
      ['DANH SÁCH ĐƠN VỊ'],
      [],
      ['STT', 'Đơn vị', null, 'Đơn vị cấp trên'],
      [null, 'Mã', 'Tên', null],
      ['(1)', '(2)', '(3)', '(4)'],
      [1, 'A', 'Phòng A', null],
    ];
    const merges = [
      { top: 3, left: 1, bottom: 3, right: 2 },
      { top: 3, left: 0, bottom: 4, right: 0 },
      { top: 3, left: 3, bottom: 4, right: 3 },
    ];
    const found = detectHeaderRow(rows, merges, matcher);
    expect(found).toMatchObject({ headerRow: 3, headerRowCount: 2, dataStart: 6 });
    expect(found?.columns.map((c) => [c.letter, c.header, c.field])).toEqual([
      ['A', 'STT', 'stt'],
      ['B', 'Đơn vị / Mã', 'code'],
      ['C', 'Đơn vị / Tên', 'name'],
      ['D', 'Đơn vị cấp trên', 'parent'],
    ]);
    const mapped = applyColumnMapping(found!, { C: null, E: 'name' });
    expect(mapped.columns.map((c) => [c.letter, c.field])).toEqual([
      ['A', 'stt'],
      ['B', 'code'],
      ['C', null],
      ['D', 'parent'],
      ['E', 'name'],
    ]);
  });

  it('finds nothing without two known headers', () => {
    expect(detectHeaderRow([['x', 'y'], ['Mã']], [], matcher)).toBeNull();
  });
});
