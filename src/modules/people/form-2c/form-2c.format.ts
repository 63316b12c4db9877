/**
 * Formatting of the 2C form's values (DOMAIN §7.3): dates dd/mm/yyyy or "ngày 05 tháng 01 năm 2026",
 * numbers with a decimal comma. Pure functions; blanks are the caller's business (null in, null out).
 */

const ISO_PARTS = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

interface DateParts {
  year: string;
  month: string | null;
  day: string | null;
}

export function dateParts(iso: string | null): DateParts | null {
  if (iso === null) return null;
  const match = ISO_PARTS.exec(iso.trim());
  if (!match) return null;
  return { year: match[1]!, month: match[2] ?? null, day: match[3] ?? null };
}

/** dd/mm/yyyy; mm/yyyy or yyyy when that is all that is known. */
export function formatDate(iso: string | null): string | null {
  const parts = dateParts(iso);
  if (!parts) return null;
  return [parts.day, parts.month, parts.year].filter((p) => p !== null).join('/');
}

/** mm/yyyy (the form's tables), or yyyy. */
export function formatMonth(iso: string | null): string | null {
  const parts = dateParts(iso);
  if (!parts) return null;
  return parts.month ? `${parts.month}/${parts.year}` : parts.year;
}

/** "ngày 05 tháng 01 năm 2026" (ND 30/2020), shared with every official document: platform/server/pdf. */
export { formalDate as formatLongDate } from '../../../platform/server/pdf/document-header.js';

const decimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Salary coefficients and allowances: "4,40". */
export function formatCoefficient(value: number | null): string | null {
  return value === null ? null : decimal.format(value);
}

export function formatNumber(value: number | null): string | null {
  return value === null ? null : plain.format(value);
}
