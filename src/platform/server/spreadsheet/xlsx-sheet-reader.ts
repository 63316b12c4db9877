import { excelSerialToIso } from './parse-date.js';

/**
 * A small reader of the first worksheet of an .xlsx, from entries already inflated (and size-checked) by
 * zip-guard. Used instead of exceljs's streaming reader, which decodes each inflated chunk separately and
 * so breaks Vietnamese letters that straddle a chunk boundary ("Đại" → "Đ��i"), and is several times slower.
 * Formulas are never evaluated: a formula cell yields its cached value <v> or nothing.
 */
export type RawCell = string | number | boolean | null;

export interface RawSheet {
  readonly name: string;
  /** 1-based row number → cells by 0-based column (sparse). */
  readonly rows: Map<number, RawCell[]>;
  readonly sheetXml: string;
}

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function xmlDecode(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITY[e] ?? ''),
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? (m[1] as string) : null;
}

/** The text of <t> runs, phonetic runs (<rPh>) left out. */
function runsText(xml: string): string {
  const clean = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  for (const m of clean.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += m[1] ?? '';
  return xmlDecode(out);
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) out.push(runsText(m[1] ?? ''));
  return out;
}

const BUILTIN_DATE_FMTS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index: does it show a date? */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s([^>]*?)\/?>/g)) {
    const id = attr(m[1] as string, 'numFmtId');
    const code = attr(m[1] as string, 'formatCode');
    if (id !== null && code !== null) custom.set(Number(id), xmlDecode(code));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of xfs.matchAll(/<xf\s([^>]*?)\/?>/g)) {
    const id = Number(attr(m[1] as string, 'numFmtId') ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FMTS.has(id));
  }
  return out;
}

function colIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export function firstSheetPath(workbookXml: string, relsXml: string): { name: string; path: string; date1904: boolean } | null {
  const sheet = /<sheet\s([^>]*?)\/?>/.exec(workbookXml);
  if (!sheet) return null;
  const name = xmlDecode(attr(sheet[1] as string, 'name') ?? '');
  const rid = /r:id="([^"]*)"/.exec(sheet[1] as string)?.[1];
  let target: string | null = null;
  for (const m of relsXml.matchAll(/<Relationship\s([^>]*?)\/?>/g))
    if (attr(m[1] as string, 'Id') === rid) target = attr(m[1] as string, 'Target');
  if (!target) return null;
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const date1904 = /<workbookPr\b[^>]*date1904="(1|true)"/.test(workbookXml);
  return { name, path, date1904 };
}

/** Read the cells of a worksheet's XML. Dates (numbers in a date style) become ISO `YYYY-MM-DD`. */
export function parseSheetCells(
  xml: string,
  shared: readonly string[],
  dateStyles: readonly boolean[],
  date1904: boolean,
  maxRows: number,
  maxColumns: number,
  onTooManyRows: () => never,
): Map<number, RawCell[]> {
  const rows = new Map<number, RawCell[]>();
  const start = xml.indexOf('<sheetData');
  const end = xml.lastIndexOf('</sheetData>');
  if (start < 0 || end < 0) return rows;
  const body = xml.slice(start, end);
  let rowNo = 0;
  const rowRe = /<row\b([^>]*?)(\/?)>/g;
  for (let rm = rowRe.exec(body); rm; rm = rowRe.exec(body)) {
    const r = attr(rm[1] as string, 'r');
    rowNo = r ? Number(r) : rowNo + 1;
    if (rowNo > maxRows) onTooManyRows();
    if (rm[2]) continue;
    const from = rowRe.lastIndex;
    const to = body.indexOf('</row>', from);
    if (to < 0) break;
    rowRe.lastIndex = to + 6;
    const inner = body.slice(from, to);
    const cells: RawCell[] = [];
    let col = -1;
    const cellRe = /<c\b([^>]*?)(\/?)>/g;
    for (let cm = cellRe.exec(inner); cm; cm = cellRe.exec(inner)) {
      const a = cm[1] as string;
      const ref = attr(a, 'r');
      col = ref ? colIndex(ref) : col + 1;
      if (cm[2]) continue;
      const cFrom = cellRe.lastIndex;
      const cTo = inner.indexOf('</c>', cFrom);
      if (cTo < 0) break;
      cellRe.lastIndex = cTo + 4;
      if (col >= maxColumns) continue;
      const content = inner.slice(cFrom, cTo);
      const t = attr(a, 't');
      if (t === 'inlineStr') {
        const is = /<is>([\s\S]*?)<\/is>/.exec(content)?.[1];
        cells[col] = is === undefined ? null : runsText(is);
        continue;
      }
      // <v> only: a formula (<f>) is never evaluated, its cached value is taken if present
      const v = /<v>([\s\S]*?)<\/v>/.exec(content)?.[1];
      if (v === undefined) continue;
      if (t === 's') cells[col] = shared[Number(v)] ?? null;
      else if (t === 'str') cells[col] = xmlDecode(v);
      else if (t === 'b') cells[col] = v === '1' || v === 'true';
      else if (t === 'e') cells[col] = null;
      else {
        const n = Number(v);
        if (!Number.isFinite(n)) continue;
        const s = attr(a, 's');
        if (s !== null && dateStyles[Number(s)]) {
          const iso = excelSerialToIso(date1904 ? n + 1462 : n);
          cells[col] = iso.ok ? iso.iso : n;
        } else cells[col] = n;
      }
    }
    rows.set(rowNo, cells);
  }
  return rows;
}
