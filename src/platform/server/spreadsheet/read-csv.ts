import { SpreadsheetErrors } from './spreadsheet.errors.js';
import { DEFAULT_READ_LIMITS, normalizeCellValue, type Cell, type ReadLimits, type SheetData } from './sheet-data.js';
import { checkSize, fileTypeError } from './upload-checks.js';

// A .csv upload → SheetData: encoding checked, delimiter detected, RFC 4180 quoting.

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
    throw SpreadsheetErrors.IMPORT_FILE_ENCODING([
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
    throw SpreadsheetErrors.IMPORT_TOO_MANY_ROWS([{ field: 'file', message: `Tối đa ${lim.maxRows} dòng mỗi tệp` }]);
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
