import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CCCD_PROVINCE_CODES, checkIdNumber, decodeIdNumber, maskIdNumber } from './person-id.rules.js';

describe('CCCD numbers', () => {
  it('decodes province, gender and century', () => {
    expect(decodeIdNumber('001090012345')).toEqual({ provinceCode: '001', province: 'Hà Nội', gender: 'male', birthYear: 1990 });
    expect(decodeIdNumber('079305001234')).toMatchObject({ gender: 'female', birthYear: 2005 });
    expect(decodeIdNumber('001899001234')).toMatchObject({ gender: 'male', birthYear: 1899 });
    expect(decodeIdNumber('12345')).toBeNull();
    expect(Object.keys(CCCD_PROVINCE_CODES)).toHaveLength(63);
  });

  it('accepts a number that fits the record', () => {
    expect(checkIdNumber('001090012345', { gender: 'male', dateOfBirth: '1990-04-01' })).toEqual([]);
    expect(checkIdNumber('079305001234', { gender: 'female', dateOfBirth: '2005-01-01' })).toEqual([]);
  });

  it('names every mismatch in Vietnamese and English', () => {
    const refusals = checkIdNumber('003190012345', { gender: 'male', dateOfBirth: '1985-01-01' });
    expect(refusals.map((r) => r.code)).toEqual(['ID_PROVINCE', 'ID_GENDER_MISMATCH', 'ID_BIRTH_YEAR_MISMATCH']);
    expect(refusals[1]?.vi).toContain('Nữ');
    expect(refusals[2]?.vi).toContain('1990');
    expect(refusals[2]?.en).toContain('1985');
    expect(checkIdNumber('00109001234', { gender: 'male', dateOfBirth: '1990-01-01' })[0]?.code).toBe('ID_FORMAT');
  });

  it('digit 4 round-trips gender and century for every birth year 1800–2299 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2299 }), fc.boolean(), fc.stringMatching(/^\d{6}$/), (year, female, serial) => {
        const century = Math.floor(year / 100);
        const base = { 18: 8, 19: 0, 20: 2, 21: 4, 22: 6 }[century] ?? 0;
        const id = `001${base + (female ? 1 : 0)}${String(year % 100).padStart(2, '0')}${serial}`;
        expect(checkIdNumber(id, { gender: female ? 'female' : 'male', dateOfBirth: `${year}-06-01` })).toEqual([]);
      }),
    );
  });

  it('masks all but the first four and last two digits', () => {
    expect(maskIdNumber('001090012345')).toBe('0010******45');
    expect(maskIdNumber(null)).toBeNull();
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (id) => {
        const masked = maskIdNumber(id) ?? '';
        expect(masked).toHaveLength(12);
        expect(masked.slice(4, 10)).toBe('******');
      }),
    );
  });
});
