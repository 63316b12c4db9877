import dayjs, { type Dayjs } from 'dayjs';

/** What the date pickers show (DOMAIN §7.3); the wire carries ISO `YYYY-MM-DD`. */
export const DATE_FORMAT = 'DD/MM/YYYY';

export function toIsoDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

export function fromIsoDate(iso: string): Dayjs {
  return dayjs(iso);
}

/** Today on the user's calendar, for the default effective date. */
export function today(): Dayjs {
  return dayjs().startOf('day');
}
