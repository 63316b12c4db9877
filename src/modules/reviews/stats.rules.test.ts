import { describe, expect, it } from 'vitest';
import { buildBreakdown, buildTrend, denominatorText, formatCount, reportTitle, statsRow, zeroCounts } from './stats.rules.js';

describe('review statistics arithmetic', () => {
  it('percentages with two decimals, rounded half up in integers, decimal comma', () => {
    const row = statsRow('x', 'X', { ...zeroCounts(), HTXS: 1, HTT: 1, HT: 1 }, 6);
    expect(row.total).toBe(3);
    expect(row.percents).toMatchObject({ HTXS: '33,33%', HTT: '33,33%', HT: '33,33%', KHT: '0,00%' });
    expect(row.share).toBe('50,00%');
    expect(statsRow('y', 'Y', { ...zeroCounts(), HTT: 2, HT: 1 }, null).percents.HTT).toBe('66,67%');
    expect(statsRow('z', 'Z', zeroCounts(), 0).percents.HTT).toBe('—');
  });

  it('an exact 1/8 = 12,50% and 1/800 = 0,13% (half up)', () => {
    expect(statsRow('a', 'A', { ...zeroCounts(), HTXS: 1, HT: 7 }, null).percents.HTXS).toBe('12,50%');
    expect(statsRow('b', 'B', { ...zeroCounts(), HTXS: 1, HT: 799 }, null).percents.HTXS).toBe('0,13%');
  });

  it('breakdown keeps known groups in order (zero rows too), appends unknown ones, totals exactly', () => {
    const { rows, total } = buildBreakdown(
      [
        { group: 'female', level: 'HTT', count: 3 },
        { group: 'male', level: 'HTT', count: 1 },
        { group: 'male', level: 'KHT', count: 0 },
        { group: '', level: 'HT', count: 2 },
        { group: 'male', level: 'NOT_RATED', count: 2 },
        { group: 'own', level: 'HT', count: 3 },
        { group: 'own', level: 'HT', count: -3 },
      ],
      [
        { key: 'male', label: 'Nam' },
        { key: 'female', label: 'Nữ' },
        { key: 'other', label: 'Khác' },
      ],
    );
    expect(rows.map((r) => [r.label, r.total, r.share])).toEqual([
      ['Nam', 3, '37,50%'],
      ['Nữ', 3, '37,50%'],
      ['Khác', 0, '0,00%'],
      ['Chưa ghi', 2, '25,00%'],
    ]);
    expect(total).toMatchObject({ total: 8, counts: { HTT: 4, HT: 2, NOT_RATED: 2, KHT: 0, HTXS: 0 } });
    expect(total.percents.HTT).toBe('50,00%');
  });

  it('trend has one point per year, zero where nothing was decided', () => {
    const t = buildTrend(
      [
        { year: 2024, level: 'HTT', count: 5 },
        { year: 2026, level: 'HT', count: 1 },
      ],
      2023,
      2026,
    );
    expect(t.map((p) => [p.year, p.total])).toEqual([
      [2023, 0],
      [2024, 5],
      [2025, 0],
      [2026, 1],
    ]);
  });

  it('denominator stated with Vietnamese thousands separators', () => {
    expect(formatCount(1234)).toBe('1.234');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(12)).toBe('12');
    expect(denominatorText(1234, 'person')).toBe('trên tổng số 1.234 người đã xếp loại');
    expect(denominatorText(3, 'collective')).toBe('trên tổng số 3 tập thể đã xếp loại');
  });
});

describe('report title', () => {
  it('names who was rated by regime and subject type', () => {
    expect(reportTitle('party', 'person', 2026)).toBe('BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2026');
    expect(reportTitle('state', 'person', 2025)).toBe(
      'BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2025',
    );
    expect(reportTitle('party', 'collective', 2026)).toContain('TỔ CHỨC ĐẢNG');
  });
});
