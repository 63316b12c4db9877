import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../calendar/index.js';
import { checkPetitionDate } from './petition-dates.rules.js';

const defaults = { petitionWindowDays: 5, petitionAnswerWorkingDays: 10 };

describe('petition dates (corrections §7)', () => {
  it('accepts a petition from publication to the fifth day after it, not the sixth', () => {
    expect(checkPetitionDate('2026-12-16', '2026-12-16', defaults).ok).toBe(true);
    expect(checkPetitionDate('2026-12-16', '2026-12-21', defaults).ok).toBe(true);
    expect(checkPetitionDate('2026-12-16', '2026-12-22', defaults)).toEqual({ ok: false, deadline: '2026-12-21' });
    expect(checkPetitionDate('2026-12-16', '2026-12-15', defaults).ok).toBe(false);
  });

  it('answers within ten working days, skipping weekends and New Year’s Day', () => {
    // Friday 18/12/2026 + 10 working days: 21–25, 28–31 December, then 1/1 is a holiday → Monday 4/1/2027.
    expect(addWorkingDays('2026-12-18', defaults.petitionAnswerWorkingDays, new Set())).toBe('2027-01-04');
    // With 4/1/2027 announced as a day off too, it moves to the next working day.
    expect(addWorkingDays('2026-12-18', 10, new Set(['2027-01-04']))).toBe('2027-01-05');
  });
});
