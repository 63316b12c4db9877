import { describe, expect, it } from 'vitest';
import { formatCoefficient, formatDate, formatLongDate, formatMonth } from './form-2c.format.js';

describe('2C formatting', () => {
  it('writes dates dd/mm/yyyy, falling back to what is known', () => {
    expect(formatDate('1982-03-05')).toBe('05/03/1982');
    expect(formatDate('1982-03')).toBe('03/1982');
    expect(formatDate('1982')).toBe('1982');
    expect(formatDate(null)).toBeNull();
    expect(formatDate('khong')).toBeNull();
  });

  it('writes table months mm/yyyy', () => {
    expect(formatMonth('2012-09-01')).toBe('09/2012');
    expect(formatMonth('2012')).toBe('2012');
  });

  it('writes formal dates per ND 30/2020: leading zero for days 1–9 and months 1–2 only', () => {
    expect(formatLongDate('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatLongDate('2018-04-03')).toBe('ngày 03 tháng 4 năm 2018');
    expect(formatLongDate('2024-12-15')).toBe('ngày 15 tháng 12 năm 2024');
    expect(formatLongDate('2024')).toBeNull();
  });

  it('writes coefficients with a decimal comma', () => {
    expect(formatCoefficient(5.42)).toBe('5,42');
    expect(formatCoefficient(3)).toBe('3,00');
    expect(formatCoefficient(null)).toBeNull();
  });
});
