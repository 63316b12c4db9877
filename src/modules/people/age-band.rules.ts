/**
 * Age bands of the people list filter. Ages are whole years at a reference date (today in
 * Asia/Ho_Chi_Minh, DOMAIN §7.3): a person born on 2000-03-10 is 25 on 2026-03-09 and 26 on 2026-03-10.
 * A person born on 29 February has their birthday on 1 March in common years (the day after 28 Feb).
 */
export const AGE_BANDS = {
  under_30: { vi: 'Dưới 30 tuổi', en: 'Under 30', minAge: 0, maxAge: 29 },
  '30_39': { vi: 'Từ 30 đến 39 tuổi', en: '30–39', minAge: 30, maxAge: 39 },
  '40_49': { vi: 'Từ 40 đến 49 tuổi', en: '40–49', minAge: 40, maxAge: 49 },
  '50_59': { vi: 'Từ 50 đến 59 tuổi', en: '50–59', minAge: 50, maxAge: 59 },
  '60_plus': { vi: 'Từ 60 tuổi trở lên', en: '60 and over', minAge: 60, maxAge: null },
} as const satisfies Record<string, { vi: string; en: string; minAge: number; maxAge: number | null }>;
export type AgeBand = keyof typeof AGE_BANDS;
export const AGE_BAND_CODES = Object.keys(AGE_BANDS) as [AgeBand, ...AgeBand[]];

/** The time zone of every local date in Merit (DOMAIN §7.3). */
export const LOCAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** One formatter for every call: building an `Intl.DateTimeFormat` costs far more than using it. */
const LOCAL_DATE = new Intl.DateTimeFormat('en-CA', {
  // en-CA formats as YYYY-MM-DD.
  timeZone: LOCAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Vietnam as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  return LOCAL_DATE.format(now);
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Whole years between `dateOfBirth` and `reference` (both ISO dates). */
export function ageAt(dateOfBirth: string, reference: string): number {
  const [by, bm, bd] = parts(dateOfBirth);
  const [ry, rm, rd] = parts(reference);
  let age = ry - by;
  // 29 Feb birthdays fall on 1 Mar in common years.
  const [m, d] = bm === 2 && bd === 29 && !isLeap(ry) ? [3, 1] : [bm, bd];
  if (rm < m || (rm === m && rd < d)) age -= 1;
  return age;
}

/** The date `years` years before `reference` (a 29 Feb reference → 28 Feb when the target year is common). */
function yearsBefore(reference: string, years: number): string {
  const [ry, rm, rd] = parts(reference);
  const y = ry - years;
  if (rm === 2 && rd === 29 && !isLeap(y)) return `${pad(y, 4)}-02-28`;
  return `${pad(y, 4)}-${pad(rm)}-${pad(rd)}`;
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The birth dates of a band as a half-open range for SQL: `bornAfter < date_of_birth <= bornOnOrBefore`
 * expressed as inclusive bounds `{ from, to }` (either may be null = unbounded).
 */
export function ageBandBirthRange(band: AgeBand, reference: string): { from: string | null; to: string | null } {
  const { minAge, maxAge } = AGE_BANDS[band];
  // age >= minAge  ⇔  born on or before (reference − minAge years), with the 29 Feb convention.
  const to = minAge === 0 ? null : yearsBefore(reference, minAge);
  // age <= maxAge  ⇔  age < maxAge + 1  ⇔  born after (reference − (maxAge+1) years).
  const from = maxAge === null ? null : nextDay(yearsBefore(reference, maxAge + 1));
  return { from, to };
}

export function ageBandOf(age: number): AgeBand {
  for (const code of AGE_BAND_CODES) {
    const { minAge, maxAge } = AGE_BANDS[code];
    if (age >= minAge && (maxAge === null || age <= maxAge)) return code;
  }
  return 'under_30';
}
