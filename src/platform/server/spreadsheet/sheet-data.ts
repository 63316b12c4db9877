import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard.js';

// What a read upload is (a matrix of cells with merges), the limits of reading one, and cell addressing.

/** A cell: trimmed NFC text, a number (Excel serial dates stay numbers), an ISO date `YYYY-MM-DD`, or empty. */
export type Cell = string | number | null;

/** A merged range, 0-based inclusive. */
export interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetData {
  readonly kind: 'xlsx' | 'csv';
  readonly sheetName: string | null;
  /** rows[r][c]: r is the spreadsheet row number − 1, c the column index (A = 0). */
  readonly rows: Cell[][];
  readonly merges: readonly MergeRange[];
}

export interface ReadLimits extends ZipLimits {
  /** An .xlsx (compressed) or any other upload. */
  readonly maxFileBytes: number;
  /** A CSV is not compressed: 200,000 people with ten columns take ~25 MB. */
  readonly maxCsvBytes: number;
  readonly maxRows: number;
  readonly maxColumns: number;
}

/** Named limits of an upload. 20 MB of .xlsx holds well over 200,000 people; the CSV of those is ~25 MB. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  ...DEFAULT_ZIP_LIMITS,
  maxFileBytes: 20 * 1024 * 1024,
  maxCsvBytes: 40 * 1024 * 1024,
  maxRows: 300_000,
  maxColumns: 200,
};

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function isoOfDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  // exceljs builds dates at UTC midnight (+ time of day); a few seconds of float error round to the day.
  return new Date(d.getTime() + 500).toISOString().slice(0, 10);
}

/** One exceljs value → Cell. Formulas give their cached result only. */
export function normalizeCellValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const s = v.normalize('NFC').trim();
    return s === '' ? null : s;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isoOfDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? normalizeCellValue(o['result']) : null;
    if (Array.isArray(o['richText'])) {
      return normalizeCellValue((o['richText'] as { text?: unknown }[]).map((r) => String(r.text ?? '')).join(''));
    }
    if ('error' in o) return null;
    if ('text' in o) return normalizeCellValue(o['text']);
  }
  return null;
}
