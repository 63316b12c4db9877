import type { AppError } from '../../../shared/app-error.js';
import { ImportErrors } from './import.errors.js';
import { firstSheetPath, parseDateStyles, parseSharedStrings, parseSheetCells } from './xlsx-sheet-reader.js';
import { DEFAULT_ZIP_LIMITS, guardZip, isZip, ZipGuardError, type ZipLimits } from './zip-guard.js';

/**
 * Reading an uploaded .xlsx or .csv into a matrix of cells, safely: magic bytes checked (a PDF renamed
 * .xlsx is refused), size capped, zip bombs refused before exceljs unpacks anything, formulas never
 * evaluated (a formula cell yields its cached result or nothing). The worksheet XML is read by
 * xlsx-sheet-reader.ts, not exceljs (see there why).
 */

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

const MB = 1024 * 1024;

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

function fileTypeError(vi: string): AppError {
  return ImportErrors.IMPORT_FILE_TYPE([{ field: 'file', message: vi }]);
}

type Kind = 'xlsx' | 'csv';

/** Which reader a file needs, from its name and its first bytes; refuses disguised files. */
export function sniffKind(buf: Uint8Array, fileName: string): Kind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const head = Buffer.from(buf.subarray(0, 8));
  const zip = isZip(buf);
  if (ext === 'xlsx' || ext === 'xlsm') {
    if (zip) return 'xlsx';
    if (head.subarray(0, 4).toString('latin1') === '%PDF') {
      throw fileTypeError(`Tệp "${fileName}" thực chất là tệp PDF được đổi đuôi thành .xlsx`);
    }
    if (head.readUInt32BE(0) === 0xd0cf11e0) {
      throw fileTypeError('Tệp là định dạng Excel 97-2003 (.xls) đổi đuôi; hãy mở bằng Excel và lưu thành .xlsx');
    }
    throw fileTypeError(`Tệp "${fileName}" có đuôi .xlsx nhưng không phải bảng tính Excel thật`);
  }
  if (ext === 'xls') {
    throw fileTypeError('Định dạng .xls (Excel 97-2003) chưa được hỗ trợ; hãy lưu thành .xlsx hoặc CSV UTF-8');
  }
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') {
    if (zip) throw fileTypeError(`Tệp "${fileName}" là tệp nén (có thể là .xlsx) được đổi đuôi thành .${ext}`);
    if (head.subarray(0, 4).toString('latin1') === '%PDF') throw fileTypeError(`Tệp "${fileName}" là tệp PDF`);
    return 'csv';
  }
  throw fileTypeError('Chỉ nhận tệp .xlsx hoặc .csv');
}

export function checkSize(size: number, max: number): void {
  if (size > max) {
    throw ImportErrors.IMPORT_FILE_TOO_LARGE([
      {
        field: 'file',
        message: `Tệp ${(size / MB).toFixed(1)} MB vượt giới hạn ${(max / MB).toFixed(0)} MB; hãy chia thành nhiều tệp`,
      },
    ]);
  }
}

export async function readWorkbook(buf: Buffer, fileName: string, limits: Partial<ReadLimits> = {}): Promise<SheetData> {
  const lim = { ...DEFAULT_READ_LIMITS, ...limits };
  const kind = sniffKind(buf, fileName);
  checkSize(buf.length, kind === 'csv' ? lim.maxCsvBytes : lim.maxFileBytes);
  return kind === 'xlsx' ? readXlsx(buf, lim) : readCsv(buf, lim);
}

// ---------------------------------------------------------------- cells

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

// ---------------------------------------------------------------- xlsx

export function parseMerges(sheetXml: string): MergeRange[] {
  const at = sheetXml.lastIndexOf('<mergeCells');
  if (at < 0) return [];
  const end = sheetXml.indexOf('</mergeCells>', at);
  const xml = sheetXml.slice(at, end < 0 ? sheetXml.length : end);
  const out: MergeRange[] = [];
  for (const m of xml.matchAll(/ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    out.push({
      top: Number(m[2]) - 1,
      left: columnIndex(m[1] as string),
      bottom: Number(m[4]) - 1,
      right: columnIndex(m[3] as string),
    });
  }
  return out;
}

const corrupt = (message: string) => ImportErrors.IMPORT_FILE_CORRUPT([{ field: 'file', message }]);

async function readXlsx(buf: Buffer, lim: ReadLimits): Promise<SheetData> {
  const parts = new Map<string, Buffer>();
  try {
    guardZip(buf, lim, (name, data) => {
      if (/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(name))
        parts.set(name, data);
    });
  } catch (err) {
    if (err instanceof ZipGuardError) {
      if (err.problem.kind === 'bomb') {
        throw ImportErrors.IMPORT_FILE_UNSAFE([{ field: 'file', message: 'Kích thước giải nén khai báo vượt giới hạn an toàn' }]);
      }
      throw corrupt('Tệp .xlsx bị hỏng (cấu trúc nén không hợp lệ)');
    }
    throw err;
  }
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? '';
  const first = firstSheetPath(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  if (!first) throw corrupt('Tệp .xlsx không có trang tính nào');
  const sheetXml = parts.get(first.path)?.toString('utf8');
  if (sheetXml === undefined) throw corrupt('Không tìm thấy trang tính đầu tiên trong tệp');
  const shared = parseSharedStrings(text('xl/sharedStrings.xml'));
  const dateStyles = parseDateStyles(text('xl/styles.xml'));
  parts.clear();
  const raw = parseSheetCells(sheetXml, shared, dateStyles, first.date1904, lim.maxRows, lim.maxColumns, () => {
    throw ImportErrors.IMPORT_TOO_MANY_ROWS([{ field: 'file', message: `Tối đa ${lim.maxRows} dòng mỗi tệp` }]);
  });
  let last = 0;
  for (const r of raw.keys()) if (r > last) last = r;
  const rows: Cell[][] = [];
  for (let r = 1; r <= last; r++) {
    const src = raw.get(r);
    const cells: Cell[] = [];
    if (src) for (let c = 0; c < src.length; c++) cells.push(normalizeCellValue(src[c]));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }
  return { kind: 'xlsx', sheetName: first.name, rows, merges: parseMerges(sheetXml) };
}

// ---------------------------------------------------------------- csv

/** UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused (legacy code pages garble Vietnamese). */
export function decodeText(buf: Uint8Array): string {
  try {
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      return new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(3));
    }
    if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(buf.subarray(2));
    if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(buf.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw ImportErrors.IMPORT_FILE_ENCODING([
      { field: 'file', message: 'Tệp CSV không phải UTF-8; trong Excel hãy chọn "Lưu thành" → "CSV UTF-8 (Comma delimited)"' },
    ]);
  }
}

export type Delimiter = ',' | ';' | '\t';

/** The delimiter giving the most rows with the same (> 1) number of fields in the first lines. */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t'] as const) {
    const all = parseCsv(sample, d, 60);
    const rows = sample.length < text.length ? all.slice(0, -1) : all; // the last line may be cut
    const counts = new Map<number, number>();
    for (const r of rows) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let score = 0;
    for (const [fields, times] of counts) score = Math.max(score, times * 1000 + fields);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** RFC 4180 with quoted fields (embedded delimiters, quotes, newlines); CRLF, LF or CR line ends. */
export function parseCsv(text: string, delimiter: Delimiter, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */ && field === '') {
      // quoted field
      i++;
      let start = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          field += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        field += text.slice(start, q);
        i = q + 1;
        break;
      }
      // anything after the closing quote up to the delimiter is kept (lenient)
      while (i < n) {
        const c2 = text.charCodeAt(i);
        if (c2 === d || c2 === 10 || c2 === 13) break;
        field += text[i];
        i++;
      }
      continue;
    }
    if (ch === d) {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === 10 || ch === 13) {
      row.push(field);
      rows.push(row);
      if (rows.length >= maxRows) return rows;
      row = [];
      field = '';
      i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    // plain run up to the next special character
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === d || c === 10 || c === 13) break;
      j++;
    }
    field += text.slice(i, j);
    i = j;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readCsv(buf: Uint8Array, limits: Partial<ReadLimits> = {}): SheetData {
  const lim = { ...DEFAULT_READ_LIMITS, ...limits };
  checkSize(buf.length, lim.maxCsvBytes);
  const text = decodeText(buf);
  if (text.includes('\u0000')) throw fileTypeError('Tệp CSV chứa dữ liệu nhị phân, không phải văn bản');
  const raw = parseCsv(text, detectDelimiter(text), lim.maxRows + 1);
  if (raw.length > lim.maxRows) {
    throw ImportErrors.IMPORT_TOO_MANY_ROWS([{ field: 'file', message: `Tối đa ${lim.maxRows} dòng mỗi tệp` }]);
  }
  const rows: Cell[][] = raw.map((r) => {
    const cells: Cell[] = [];
    const n = Math.min(r.length, lim.maxColumns);
    for (let c = 0; c < n; c++) cells.push(normalizeCellValue(r[c]));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  return { kind: 'csv', sheetName: null, rows, merges: [] };
}
