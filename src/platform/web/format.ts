/** Vietnamese conventions (DOMAIN §7.3): dd/mm/yyyy, decimal comma, Asia/Ho_Chi_Minh. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** An instant as `dd/mm/yyyy HH:mm:ss` in Vietnam's time zone (the same in both languages). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

export function formatNumber(n: number, locale: 'vi' | 'en' = 'vi'): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}

/** Today as an ISO date in Vietnam's time zone. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

/** The calendar day (dd/mm/yyyy) of an instant, in Vietnam's time zone. */
export function formatInstantDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(iso),
  );
}
