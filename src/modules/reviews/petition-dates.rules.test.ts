import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './cycle-defaults.rules.js';
import { addWorkingDays, checkPetitionDate, isWorkingDay } from './petition-dates.rules.js';

const defaults = { petitionWindowDays: 5, petitionAnswerWorkingDays: 10 };

describe('petition dates (corrections §7)', () => {
  it('accepts a petition from publication to the fifth day after it, not the sixth', () => {
    expect(checkPetitionDate('2026-12-16', '2026-12-16', defaults).ok).toBe(true);
    expect(checkPetitionDate('2026-12-16', '2026-12-21', defaults).ok).toBe(true);
    expect(checkPetitionDate('2026-12-16', '2026-12-22', defaults)).toEqual({ ok: false, deadline: '2026-12-21' });
    expect(checkPetitionDate('2026-12-16', '2026-12-15', defaults).ok).toBe(false);
  });

  it('answers within ten working days, skipping weekends', () => {
    // Friday 18/12/2026 + 10 working days = Friday 1/1/2027 (holidays are not in the calendar yet).
    expect(checkPetitionDate('2026-12-16', '2026-12-18', defaults)).toEqual({ ok: true, answerDue: '2027-01-01' });
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
  });

  it('lands on a working day, between n and 2n + 2 calendar days later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const start = addDays('2025-01-01', offset);
        const due = addWorkingDays(start, n);
        return isWorkingDay(due) && due >= addDays(start, n) && due <= addDays(start, 2 * n + 2);
      }),
    );
  });
});
