import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToIso, isoToExcelSerial, parseDate } from './parse-date.js';

const ok = (iso: string, precision = 'day') => ({ ok: true, iso, precision });

describe('parseDate', () => {
  it('reads the formats offices use', () => {
    expect(parseDate('05/01/1975')).toEqual(ok('1975-01-05'));
    expect(parseDate('5/1/1975')).toEqual(ok('1975-01-05'));
    expect(parseDate('05-01-1975')).toEqual(ok('1975-01-05'));
    expect(parseDate('05.01.1975')).toEqual(ok('1975-01-05'));
    expect(parseDate(' 05 / 01 / 1975 ')).toEqual(ok('1975-01-05'));
    expect(parseDate('1975-01-05')).toEqual(ok('1975-01-05'));
    expect(parseDate('ngày 05 tháng 01 năm 1975')).toEqual(ok('1975-01-05'));
    expect(parseDate('01/1975')).toEqual(ok('1975-01-01', 'month'));
    expect(parseDate('1975')).toEqual(ok('1975-01-01', 'year'));
    expect(parseDate(1975)).toEqual(ok('1975-01-01', 'year'));
    expect(parseDate('')).toBeNull();
    expect(parseDate(null)).toBeNull();
  });

  it('reads Excel serials, including the 1900 leap-year bug', () => {
    expect(parseDate(1)).toEqual(ok('1900-01-01'));
    expect(parseDate(59)).toEqual(ok('1900-02-28'));
    expect(parseDate(61)).toEqual(ok('1900-03-01'));
    expect(parseDate(27399)).toEqual(ok('1975-01-05'));
    expect(parseDate(45658)).toEqual(ok('2025-01-01'));
    expect(parseDate(27399.75)).toEqual(ok('1975-01-05'));
    const bug = parseDate(60);
    expect(bug?.ok).toBe(false);
  });

  it('refuses impossible dates with a reason', () => {
    for (const bad of ['31/02/1990', '29/02/1900', '32/01/1990', '15/13/1990', '00/01/1990', '13/1990', 'hôm qua', '05/01/75']) {
      const r = parseDate(bad);
      expect(r?.ok, bad).toBe(false);
      if (r && !r.ok) {
        expect(r.reason.vi.length).toBeGreaterThan(5);
        expect(r.reason.en.length).toBeGreaterThan(5);
      }
    }
    expect(parseDate('29/02/2000')).toEqual(ok('2000-02-29'));
    expect(parseDate('29/02/2024')).toEqual(ok('2024-02-29'));
  });

  it('property: every real date round-trips through dd/mm/yyyy and through the Excel serial', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-');
          expect(parseDate(`${day}/${m}/${y}`)).toEqual(ok(iso));
          expect(parseDate(`${Number(day)}/${Number(m)}/${y}`)).toEqual(ok(iso));
          expect(excelSerialToIso(isoToExcelSerial(iso))).toEqual(ok(iso));
        },
      ),
    );
  });
});
