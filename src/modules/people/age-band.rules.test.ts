import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BAND_CODES, ageAt, ageBandBirthRange, ageBandOf, localToday } from './age-band.rules.js';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('age bands', () => {
  it('computes whole years, 29 February birthdays on 1 March in common years', () => {
    expect(ageAt('2000-03-10', '2026-03-09')).toBe(25);
    expect(ageAt('2000-03-10', '2026-03-10')).toBe(26);
    expect(ageAt('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageAt('2000-02-29', '2026-03-01')).toBe(26);
    expect(ageAt('2000-02-29', '2028-02-29')).toBe(28);
  });

  it('today is the date in Asia/Ho_Chi_Minh', () => {
    expect(localToday(new Date('2026-01-01T16:59:59Z'))).toBe('2026-01-01');
    expect(localToday(new Date('2026-01-01T17:00:00Z'))).toBe('2026-01-02');
  });

  it('the birth-date range of a band holds exactly the people of that band (property)', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.constantFrom(...AGE_BAND_CODES), (birth, reference, band) => {
        if (birth > reference) return;
        const { from, to } = ageBandBirthRange(band, reference);
        const inRange = (from === null || birth >= from) && (to === null || birth <= to);
        expect(inRange).toBe(ageBandOf(ageAt(birth, reference)) === band);
      }),
      { numRuns: 3000 },
    );
  });
});
