/**
 * Working days (ngày làm việc) for legal deadlines counted in working days — e.g. a petition about a
 * published rating is answered within 10 working days (issue 4 corrections §7). State bodies work Monday
 * to Friday; the public holidays are the days off of the Labour Code 2019, art. 112:
 *   - fixed on the solar calendar (in every year, here): 1 January, 30 April, 1 May, 2 September;
 *   - the others are announced for each year by the Government / Ministry of Home Affairs (Tết
 *     Nguyên đán's five days, the Hùng Kings' day on 10/3 lunar, the day before or after 2 September,
 *     and days moved or compensated): entered by an administrator as the year's days off (`days_off`).
 * Dates are local ISO dates (`YYYY-MM-DD`, ADR 003).
 */
export const FIXED_PUBLIC_HOLIDAYS: Readonly<Record<string, { vi: string; en: string }>> = {
  '01-01': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  '04-30': { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
  '05-01': { vi: 'Ngày Quốc tế lao động', en: 'International Labour Day' },
  '09-02': { vi: 'Quốc khánh', en: 'National Day' },
};
/** The source of the fixed holidays, shown with them. */
export const FIXED_HOLIDAYS_SOURCE = { vi: 'Bộ luật Lao động 2019, Điều 112', en: 'Labour Code 2019, art. 112' } as const;

/** The most working days a deadline counts (bounds the days-off lookup: 10 working days at most, here). */
export const MAX_WORKING_DAYS = 60;

export function dayOfWeek(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

export function addCalendarDays(isoDate: string, n: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function isFixedHoliday(isoDate: string): boolean {
  return FIXED_PUBLIC_HOLIDAYS[isoDate.slice(5)] !== undefined;
}

/** Not Saturday or Sunday, not a fixed holiday, not one of the year's announced days off. */
export function isWorkingDay(isoDate: string, daysOff: ReadonlySet<string>): boolean {
  const d = dayOfWeek(isoDate);
  return d !== 0 && d !== 6 && !isFixedHoliday(isoDate) && !daysOff.has(isoDate);
}

/** The date `n` working days after `isoDate` (the day itself not counted). */
export function addWorkingDays(isoDate: string, n: number, daysOff: ReadonlySet<string>): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw new Error(`addWorkingDays: n = ${n}`);
  let date = isoDate;
  let left = n;
  while (left > 0) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, daysOff)) left -= 1;
  }
  return date;
}

/**
 * Room for the announced days off inside a count of working days: more than any year's days off around
 * Tết (about nine calendar days) plus the other announced days that could fall in the same weeks.
 */
export const ANNOUNCED_DAYS_OFF_ROOM = 31;

/**
 * The calendar days a count of `n` working days from `isoDate` can span at most, whatever the days off:
 * the range of days off to look up (every week has five weekdays, plus the room for announced days off).
 */
export function workingDaysSpan(n: number): number {
  return Math.ceil((n * 7) / 5) + ANNOUNCED_DAYS_OFF_ROOM;
}
