import type { Cell } from '../../../platform/server/spreadsheet/read-workbook.js';

export const cellText = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c;

/** CCCD as text; a numeric cell lost its leading zeros (province codes 001–096), so 10–11 digits are padded. */
export function normalizeIdNumber(c: Cell): string | null {
  if (c === null) return null;
  if (typeof c === 'number') {
    const s = String(Math.round(c));
    return s.length >= 10 && s.length < 12 ? s.padStart(12, '0') : s;
  }
  const s = c.replace(/^'/, '').replace(/[\s.-]/g, '');
  return s === '' ? null : s;
}

export function parseNumber(c: Cell): number | null | 'bad' {
  if (c === null) return null;
  if (typeof c === 'number') return c;
  const s = c.trim().replace(/\s/g, '');
  if (/^\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return 'bad';
}
