import { formatDate } from '../../../platform/web/format.js';

/** Secondary text that keeps 4.5:1 contrast on white (antd's 45 % black does not). */
export const MUTED_TEXT = 'rgba(0, 0, 0, 0.65)';

/** Hidden from sight, read by screen readers (column titles of icon-only columns). */
export const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** What the date pickers show (DOMAIN §7.3); the wire carries ISO `YYYY-MM-DD`. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** "Nguyễn  Văn Ánh" → { hoDem: "Nguyễn Văn", ten: "Ánh" } (DOMAIN §7.1: the last word is the given name). */
export function splitFullName(full: string): { hoDem: string; ten: string } {
  const words = full.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const ten = words.pop() ?? '';
  return { hoDem: words.join(' '), ten };
}

/** dd/mm/yyyy, or only the year when the record knows only the year of birth. */
export function birthDateText(p: { dateOfBirth: string; birthDatePrecision: 'day' | 'year' }): string {
  return p.birthDatePrecision === 'year' ? p.dateOfBirth.slice(0, 4) : formatDate(p.dateOfBirth);
}
