import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * Any list of rows → .xlsx or .csv with Vietnamese headers and formats.
 *
 * - xlsx: a title row, a bold header row frozen under it, column widths, dates as real dates shown
 *   dd/mm/yyyy, numbers with number formats (Excel/LibreOffice show them with the reader's separators,
 *   "1.234,5" in a Vietnamese locale). Text is always written as a plain string value, never a formula.
 * - csv: UTF-8 with a BOM (so Excel opens Vietnamese correctly), `;` as the separator (the list separator
 *   of a Vietnamese-locale Excel, where the decimal separator is the comma), numbers with a decimal comma
 *   and no thousands separator, dates dd/mm/yyyy. Text starting with = + - @ tab or CR gets a leading `'`
 *   so no spreadsheet treats it as a formula (CSV injection).
 */
export type ColumnType = 'text' | 'date' | 'integer' | 'decimal';
export type ListValue = string | number | Date | null | undefined;

export interface ListColumn<T> {
  readonly header: string;
  readonly type?: ColumnType;
  /** Width in characters (default: from the header and the first rows). */
  readonly width?: number;
  /** A date column takes ISO `YYYY-MM-DD` strings or Date objects. */
  readonly value: (row: T) => ListValue;
}

export interface ListSpec<T> {
  readonly columns: readonly ListColumn<T>[];
  readonly rows: Iterable<T>;
  /** The title above the table, e.g. "DANH SÁCH CÁN BỘ, CÔNG CHỨC". */
  readonly title?: string;
  readonly subtitle?: string;
  readonly sheetName?: string;
}

export const CSV_SEPARATOR = ';';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet could run as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

const pad = (n: number) => String(n).padStart(2, '0');

function toDate(v: ListValue): Date | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return null;
}

export function formatDateVi(v: ListValue): string {
  const d = toDate(v);
  return d ? `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}` : v == null ? '' : String(v);
}

const NUM_FMT: Record<ColumnType, string | undefined> = {
  text: '@',
  date: 'dd/mm/yyyy',
  integer: '#,##0',
  decimal: '#,##0.00',
};

/** Excel's sheet-name rules: ≤ 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet1'
  );
}

function cellValue(type: ColumnType, v: ListValue): string | number | Date | null {
  if (v === null || v === undefined || v === '') return null;
  if (type === 'date') return toDate(v) ?? String(v);
  if ((type === 'integer' || type === 'decimal') && typeof v === 'number') return Number.isFinite(v) ? v : null;
  // text: a plain string, whatever it starts with (exceljs writes strings as strings, never <f>)
  return typeof v === 'string' ? v.normalize('NFC') : v instanceof Date ? formatDateVi(v) : String(v);
}

export async function writeListXlsx<T>(spec: ListSpec<T>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Merit';
  const cols = spec.columns;
  const titleRows = (spec.title ? 1 : 0) + (spec.subtitle ? 1 : 0) + (spec.title || spec.subtitle ? 1 : 0);
  const headerRow = titleRows + 1;
  const ws = wb.addWorksheet(safeSheetName(spec.sheetName ?? 'Danh sách'), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const rows = [...spec.rows];
  ws.columns = cols.map((c, i) => {
    let w = c.width;
    if (w === undefined) {
      w = Math.max(8, ...c.header.split('\n').map((l) => l.length + 2));
      for (const r of rows.slice(0, 200)) {
        const v = c.value(r);
        const len = c.type === 'date' ? 10 : v === null || v === undefined ? 0 : String(v).length;
        w = Math.max(w, Math.min(60, len + 2));
      }
    }
    return {
      key: `c${i}`,
      width: w,
      style: NUM_FMT[c.type ?? 'text'] && c.type !== 'text' ? { numFmt: NUM_FMT[c.type ?? 'text'] } : {},
    };
  });
  const last = Math.max(1, cols.length);
  let r = 1;
  if (spec.title) {
    const row = ws.getRow(r);
    row.getCell(1).value = spec.title.normalize('NFC');
    row.getCell(1).font = { bold: true, size: 14 };
    row.getCell(1).alignment = { horizontal: 'center' };
    ws.mergeCells(r, 1, r, last);
    row.commit();
    r++;
  }
  if (spec.subtitle) {
    const row = ws.getRow(r);
    row.getCell(1).value = spec.subtitle.normalize('NFC');
    row.getCell(1).font = { italic: true };
    row.getCell(1).alignment = { horizontal: 'center' };
    ws.mergeCells(r, 1, r, last);
    row.commit();
    r++;
  }
  if (titleRows) r++;
  const hr = ws.getRow(r);
  cols.forEach((c, i) => {
    const cell = hr.getCell(i + 1);
    cell.value = c.header.normalize('NFC');
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  hr.commit();
  for (const item of rows) {
    r++;
    const row = ws.getRow(r);
    cols.forEach((c, i) => {
      const v = cellValue(c.type ?? 'text', c.value(item));
      if (v !== null) row.getCell(i + 1).value = v;
    });
    row.commit();
  }
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

function csvField(type: ColumnType, v: ListValue): string {
  if (v === null || v === undefined) return '';
  let s: string;
  if (type === 'date') s = formatDateVi(v);
  else if ((type === 'integer' || type === 'decimal') && typeof v === 'number') s = String(v).replace('.', ',');
  else s = (v instanceof Date ? formatDateVi(v) : String(v)).normalize('NFC');
  if (type === 'text' || typeof v !== 'number') if (isFormulaLike(s)) s = `'${s}`;
  return /["\n\r]/.test(s) || s.includes(CSV_SEPARATOR) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeListCsv<T>(spec: Pick<ListSpec<T>, 'columns' | 'rows'>): Buffer {
  const lines: string[] = [spec.columns.map((c) => csvField('text', c.header)).join(CSV_SEPARATOR)];
  for (const item of spec.rows)
    lines.push(spec.columns.map((c) => csvField(c.type ?? 'text', c.value(item))).join(CSV_SEPARATOR));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}
