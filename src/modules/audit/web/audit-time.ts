import dayjs, { type Dayjs } from 'dayjs';
import { TIME_ZONE } from '../../../platform/web/format.js';

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant as `dd/mm/yyyy HH:mm:ss` in Vietnam's time, whatever the browser's zone (DOMAIN §7.3). */
export function formatVnDateTime(iso: string): string {
  const p: Record<string, string> = {};
  for (const part of PARTS.formatToParts(new Date(iso))) p[part.type] = part.value;
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** A picked wall-clock time, read as Vietnam's time: `2026-01-05T08:00:00+07:00`. */
export function toVnIso(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm:ss')}+07:00`;
}

/** The wall-clock part of such an ISO string, for the picker. */
export function fromVnIso(iso: string | undefined): Dayjs | undefined {
  if (!iso) return undefined;
  const d = dayjs(iso.slice(0, 19));
  return d.isValid() ? d : undefined;
}
