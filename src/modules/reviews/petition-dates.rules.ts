import { addDays } from './cycle-defaults.rules.js';

/**
 * Dates of a petition about a published rating (corrections §7: Law on Public Employees art. 27 — 5 days
 * from publication to petition, answered within 10 working days, final; the defaults apply to civil
 * servants too and an organization may lengthen the window or shorten the answer time). Working days
 * skip weekends, the fixed public holidays and the days off announced for the year (calendar module).
 */

/** The last day a petition may be filed: `windowDays` calendar days after publication. */
export function petitionDeadline(publishedOn: string, windowDays: number): string {
  return addDays(publishedOn, windowDays);
}

export type PetitionDateCheck = { ok: true } | { ok: false; deadline: string };

/** Filed within the window after publication? (The answer's due date is counted in working days after.) */
export function checkPetitionDate(
  publishedOn: string,
  filedOn: string,
  settings: { readonly petitionWindowDays: number },
): PetitionDateCheck {
  const deadline = petitionDeadline(publishedOn, settings.petitionWindowDays);
  if (filedOn < publishedOn || filedOn > deadline) return { ok: false, deadline };
  return { ok: true };
}
