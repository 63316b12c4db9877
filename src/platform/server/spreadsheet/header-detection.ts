import { foldDiacritics } from '../../../shared/vi-text.js';
import { columnLetter, type Cell, type MergeRange } from './sheet-data.js';

/**
 * Finding the header row of an office list for any importer, given the headers it knows (aliases per
 * field): below title rows ("UBND TỈNH …", "DANH SÁCH …"), a header merged over two rows or a group
 * header merged over sub-headers, and a "(1) (2) (3)" numbering row under it. Proposes which column is
 * which field; a user's mapping by column letter overrides the proposal (`applyColumnMapping`).
 */

export interface DetectedColumn<F extends string> {
  readonly col: number;
  readonly letter: string;
  /** The header as shown, both rows joined with " / " for two-row headers. */
  readonly header: string;
  readonly field: F | null;
  readonly confidence: number;
}

export interface DetectedHeader<F extends string> {
  /** 0-based index of the (first) header row; the spreadsheet row is this + 1. */
  readonly headerRow: number;
  readonly headerRowCount: 1 | 2;
  /** 0-based index of the first data row. */
  readonly dataStart: number;
  readonly columns: readonly DetectedColumn<F>[];
}

/** "Mã  ĐƠN VỊ:" → "ma don vi". */
export function headerKey(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface HeaderMatcher<F extends string> {
  /** The field a header names: confidence 1 (an alias exactly) or 0.6 (contains an alias of 4+ letters). */
  match(text: string): { field: F; confidence: number } | null;
}

/** Aliases are written folded (`headerKey`): no diacritics, lower case, single spaces. */
export function headerMatcher<F extends string>(aliases: Readonly<Record<F, readonly string[]>>): HeaderMatcher<F> {
  const exact = new Map<string, F>();
  for (const field of Object.keys(aliases) as F[]) {
    for (const a of aliases[field]) if (!exact.has(a)) exact.set(a, field);
  }
  const byLength = [...exact.entries()].filter(([a]) => a.length >= 4).sort((x, y) => y[0].length - x[0].length);
  return {
    match(text) {
      const key = headerKey(text);
      if (!key) return null;
      const hit = exact.get(key);
      if (hit) return { field: hit, confidence: 1 };
      const padded = ` ${key} `;
      for (const [alias, field] of byLength) if (padded.includes(` ${alias} `)) return { field, confidence: 0.6 };
      return null;
    },
  };
}

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : String(c));
const MAX_HEADER_SCAN = 30;

/** A row of column numbers under the header: "(1) (2) (3)" or "1 2 3". */
export function isNumberingRow(row: readonly Cell[]): boolean {
  const cells = row.filter((c) => c !== null);
  return cells.length >= 3 && cells.every((c) => /^\(?\d{1,2}\)?$/.test(text(c).trim()));
}

/** The header, or null when no row among the first 30 names at least two known columns. */
export function detectHeaderRow<F extends string>(
  rows: readonly (readonly Cell[])[],
  merges: readonly MergeRange[],
  matcher: HeaderMatcher<F>,
): DetectedHeader<F> | null {
  const score = (row: readonly Cell[]) =>
    row.reduce<number>((s, c) => s + (typeof c === 'string' && c.length < 80 ? (matcher.match(c)?.confidence ?? 0) : 0), 0);
  let headerRow = -1;
  let best = 1.5;
  for (let r = 0; r < Math.min(rows.length, MAX_HEADER_SCAN); r++) {
    const s = score(rows[r] ?? []);
    if (s > best) {
      best = s;
      headerRow = r;
    }
  }
  if (headerRow < 0) return null;
  const top = rows[headerRow] ?? [];
  const next = rows[headerRow + 1] ?? [];
  const width = Math.max(top.length, next.length);
  const topLabels = Array.from({ length: width }, (_, c) => text(top[c]));
  for (const m of merges) {
    if (m.top !== headerRow) continue;
    for (let c = m.left; c <= m.right; c++) if (!topLabels[c]) topLabels[c] = topLabels[m.left] ?? '';
  }
  // A second header row: labels (not data) only under group headers merged across several columns.
  const spanned = (c: number) => merges.some((m) => m.top === headerRow && m.left <= c && c <= m.right && m.right > m.left);
  const nextLabels = Array.from({ length: width }, (_, c) => text(next[c]));
  const nextIsSub =
    !isNumberingRow(next) &&
    nextLabels.some((l, c) => l !== '' && spanned(c)) &&
    nextLabels.every((l, c) => l === '' || (spanned(c) && !/^[\d\s/.,:-]+$/.test(l) && l.length < 60));

  const columns: DetectedColumn<F>[] = [];
  const taken = new Set<F>();
  for (let c = 0; c < width; c++) {
    const t = topLabels[c] ?? '';
    const sub = nextIsSub ? (nextLabels[c] ?? '') : '';
    if (!t && !sub) continue;
    const header = sub && sub !== t ? (t ? `${t} / ${sub}` : sub) : t;
    const subHit = sub ? matcher.match(sub) : null;
    const topHit = t ? matcher.match(t) : null;
    const hit = subHit && (!topHit || subHit.confidence >= topHit.confidence) ? subHit : topHit;
    let field = hit?.field ?? null;
    if (field && taken.has(field)) field = null; // the first column with a field wins; the user can remap
    if (field) taken.add(field);
    columns.push({ col: c, letter: columnLetter(c), header, field, confidence: field ? (hit?.confidence ?? 0) : 0 });
  }
  let dataStart = headerRow + (nextIsSub ? 2 : 1);
  if (isNumberingRow(rows[dataStart] ?? [])) dataStart++;
  return { headerRow, headerRowCount: nextIsSub ? 2 : 1, dataStart, columns };
}

/** The user's choice by column letter ("C") → field, or null to ignore that column. */
export type ColumnMappingOverride<F extends string> = Readonly<Record<string, F | null>>;

export function applyColumnMapping<F extends string>(
  detection: DetectedHeader<F>,
  override: ColumnMappingOverride<F>,
): DetectedHeader<F> {
  const keys = new Map(Object.entries(override).map(([k, v]) => [k.toUpperCase(), v as F | null]));
  const assigned = new Set([...keys.values()].filter((v): v is F => v !== null));
  const columns = detection.columns.map((c) => {
    if (keys.has(c.letter)) return { ...c, field: keys.get(c.letter) ?? null, confidence: 1 };
    // a field the user assigned elsewhere is taken from the auto-detected column
    return c.field && assigned.has(c.field) ? { ...c, field: null, confidence: 0 } : c;
  });
  for (const [letter, field] of keys) {
    if (columns.some((c) => c.letter === letter)) continue;
    let col = 0;
    for (const ch of letter) col = col * 26 + (ch.charCodeAt(0) - 64);
    columns.push({ col: col - 1, letter, header: '', field, confidence: 1 });
  }
  columns.sort((a, b) => a.col - b.col);
  return { ...detection, columns };
}
