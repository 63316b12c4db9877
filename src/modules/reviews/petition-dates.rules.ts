import { addDays } from './cycle-defaults.rules.js';

/**
 * Dates of a petition about a published rating (corrections §7: Law on Public Employees art. 27 — 5 days
 * from publication to petition, answered within 10 working days, final; the defaults apply to civil
 * servants too and an organization may lengthen the window or shorten the answer time). Working days
 * are Monday to Friday; public holidays are not in the calendar yet, so the answer date errs early
 * (stricter for the body that answers, never later than the law).
 */
export function dayOfWeek(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(isoDate: string): boolean {
  const d = dayOfWeek(isoDate);
  return d !== 0 && d !== 6;
}

/** The date `n` working days after `isoDate` (the day itself not counted). */
export function addWorkingDays(isoDate: string, n: number): string {
  let date = isoDate;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** The last day a petition may be filed: `windowDays` calendar days after publication. */
export function petitionDeadline(publishedOn: string, windowDays: number): string {
  return addDays(publishedOn, windowDays);
}

export type PetitionDateCheck = { ok: true; answerDue: string } | { ok: false; deadline: string };

export function checkPetitionDate(
  publishedOn: string,
  filedOn: string,
  settings: { readonly petitionWindowDays: number; readonly petitionAnswerWorkingDays: number },
): PetitionDateCheck {
  const deadline = petitionDeadline(publishedOn, settings.petitionWindowDays);
  if (filedOn < publishedOn || filedOn > deadline) return { ok: false, deadline };
  return { ok: true, answerDue: addWorkingDays(filedOn, settings.petitionAnswerWorkingDays) };
}
