/**
 * Dates as Vietnamese offices write them: dd/mm/yyyy (also d/m/yyyy, with "-" or "."), ISO yyyy-mm-dd,
 * mm/yyyy (precision 'month'), a year alone (precision 'year'), and Excel serial numbers (1900 system).
 * Impossible dates (31/02) are refused with a reason in Vietnamese and English.
 */
export type DatePrecision = 'day' | 'month' | 'year';

export interface DateReason {
  readonly vi: string;
  readonly en: string;
}

export type ParsedDate =
  | { readonly ok: true; readonly iso: string; readonly precision: DatePrecision }
  | { readonly ok: false; readonly reason: DateReason };

/** Integers in this range are years, not serials (serial 1800–2200 would be 1904–1906, never a real entry). */
export const YEAR_RANGE = { min: 1800, max: 2200 } as const;
/** Largest Excel serial (31/12/9999). */
export const MAX_EXCEL_SERIAL = 2_958_465;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

const fail = (vi: string, en: string): ParsedDate => ({ ok: false, reason: { vi, en } });

function dayDate(y: number, m: number, d: number): ParsedDate {
  if (y < 1000 || y > 9999) return fail(`Năm ${y} không hợp lệ (cần 4 chữ số)`, `Year ${y} is invalid (4 digits needed)`);
  if (m < 1 || m > 12) return fail(`Tháng ${m} không tồn tại`, `Month ${m} does not exist`);
  if (d < 1 || d > daysInMonth(y, m)) {
    return fail(`Ngày ${pad(d)}/${pad(m)}/${y} không tồn tại`, `The date ${pad(d)}/${pad(m)}/${y} does not exist`);
  }
  return { ok: true, iso: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
}

/** Excel 1900 date system: serial 1 = 01/01/1900; serial 60 is Excel's non-existent 29/02/1900. */
export function excelSerialToIso(serial: number): ParsedDate {
  const whole = Math.floor(serial + 1e-9);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL) {
    return fail(`Số ${serial} không phải ngày Excel hợp lệ`, `${serial} is not a valid Excel date`);
  }
  if (whole === 60) return fail('Ngày 29/02/1900 không tồn tại (lỗi của Excel)', '29/02/1900 does not exist (an Excel bug)');
  const base = whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const d = new Date(base + whole * 86_400_000);
  return { ok: true, iso: d.toISOString().slice(0, 10), precision: 'day' };
}

export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return days < 61 ? days - 1 : days;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/;
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const MY = /^(\d{1,2})[/.-](\d{4})$/;
const Y = /^(\d{4})$/;
// "ngày 05 tháng 01 năm 1975"
const WORDS = /^ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})$/i;

export function parseDate(value: string | number | null | undefined): ParsedDate | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('Giá trị ngày không hợp lệ', 'Invalid date value');
    if (Number.isInteger(value) && value >= YEAR_RANGE.min && value <= YEAR_RANGE.max) {
      return { ok: true, iso: `${value}-01-01`, precision: 'year' };
    }
    return excelSerialToIso(value);
  }
  const s = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (s === '') return null;
  let m = DMY.exec(s.replace(/\s/g, ''));
  if (m) {
    if ((m[3] as string).length !== 4) {
      return fail(`Năm "${m[3]}" phải ghi đủ 4 chữ số (ví dụ 1975)`, `The year "${m[3]}" must have 4 digits (e.g. 1975)`);
    }
    return dayDate(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  m = YMD.exec(s);
  if (m) return dayDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = WORDS.exec(s);
  if (m) return dayDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = MY.exec(s.replace(/\s/g, ''));
  if (m) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (mo < 1 || mo > 12) return fail(`Tháng ${mo} không tồn tại`, `Month ${mo} does not exist`);
    return { ok: true, iso: `${y}-${pad(mo)}-01`, precision: 'month' };
  }
  m = Y.exec(s);
  if (m) return { ok: true, iso: `${m[1]}-01-01`, precision: 'year' };
  return fail(
    `"${s}" không phải ngày hợp lệ (ghi theo dạng dd/mm/yyyy, ví dụ 05/01/1975)`,
    `"${s}" is not a valid date (write dd/mm/yyyy, e.g. 05/01/1975)`,
  );
}
