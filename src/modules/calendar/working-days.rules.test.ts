import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays, isWorkingDay, workingDaysSpan } from './working-days.rules.js';

const none = new Set<string>();
// Tết Bính Ngọ 2026 as announced for public servants (example data for the test): 14–22 February.
const tet2026 = new Set(Array.from({ length: 9 }, (_, i) => addCalendarDays('2026-02-14', i)));

describe('working days', () => {
  it.each([
    ['2026-11-20', 1, '2026-11-23'], // Friday → Monday
    ['2026-11-20', 10, '2026-12-04'],
    ['2026-04-28', 3, '2026-05-05'], // 29/4 Wed, 30/4 and 1/5 off, weekend, 4/5 Mon, 5/5 Tue
    ['2026-08-31', 2, '2026-09-03'], // 2/9 off
    ['2025-12-31', 1, '2026-01-02'], // 1/1 off
    ['2026-02-12', 3, '2026-02-24'], // 13/2 Fri, then Tết to 22/2, 23/2 Mon, 24/2 Tue
  ])('%s + %i working days = %s', (from, n, due) => {
    expect(addWorkingDays(from, n, from.startsWith('2026-02') ? tet2026 : none)).toBe(due);
  });

  it('the fixed holidays and weekends are not working days; an announced day off is not either', () => {
    expect(isWorkingDay('2026-09-02', none)).toBe(false); // Wednesday, National Day
    expect(isWorkingDay('2026-09-03', none)).toBe(true);
    expect(isWorkingDay('2026-11-21', none)).toBe(false); // Saturday
    expect(isWorkingDay('2026-02-16', tet2026)).toBe(false);
    expect(isWorkingDay('2026-02-16', none)).toBe(true);
  });

  it('counts exactly n working days, ends on one, and never earlier with more days off (property)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((i) => addCalendarDays('2024-01-01', i));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 20 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 8 }),
        (from, n, offs) => {
          const daysOff = new Set(offs.map((k) => addCalendarDays(from, k)));
          const due = addWorkingDays(from, n, daysOff);
          let counted = 0;
          for (let d = addCalendarDays(from, 1); d <= due; d = addCalendarDays(d, 1)) if (isWorkingDay(d, daysOff)) counted++;
          expect(counted).toBe(n);
          if (n > 0) expect(isWorkingDay(due, daysOff)).toBe(true);
          expect(addWorkingDays(from, n, none) <= due).toBe(true);
          expect(due <= addCalendarDays(from, workingDaysSpan(n))).toBe(true);
        },
      ),
    );
  });
});
