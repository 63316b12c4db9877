import { foldDiacritics } from '../../../shared/vi-text.js';
import { columnLetter, type Cell, type MergeRange } from '../../../platform/server/spreadsheet/read-workbook.js';

/**
 * Finding the header row of an office list (below title rows such as "UBND TỈNH …", "DANH SÁCH …"),
 * including two-row headers ("Ngày sinh" merged over "Nam" | "Nữ"), and proposing which column is which
 * field. A user-supplied mapping overrides the proposal (`applyMapping`).
 */
export const IMPORT_FIELDS = [
  'stt',
  'fullName',
  'hoDem',
  'ten',
  'otherNames',
  'dateOfBirth',
  'birthDateMale',
  'birthDateFemale',
  'gender',
  'idNumber',
  'position',
  'unit',
  'ethnicity',
  'religion',
  'homeTown',
  'birthplace',
  'address',
  'educationLevel',
  'politicalTheory',
  'partyJoinDate',
  'partyOfficialDate',
  'civilServiceRank',
  'civilServiceRankCode',
  'salaryStep',
  'salaryCoefficient',
  'phone',
  'email',
  'status',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Headers as offices write them, folded (no diacritics, lower case, punctuation → spaces). */
const ALIASES: Record<ImportField, readonly string[]> = {
  stt: ['stt', 'tt', 'so tt', 'so thu tu'],
  fullName: ['ho va ten', 'ho ten', 'ho va ten khai sinh', 'ho ten khai sinh', 'ten can bo', 'ho va ten can bo', 'ho ten can bo'],
  hoDem: ['ho va dem', 'ho dem', 'ho lot', 'ho va ten dem', 'ho va chu dem'],
  ten: ['ten'],
  otherNames: ['ten goi khac', 'ten khac', 'bi danh'],
  dateOfBirth: ['ngay sinh', 'ngay thang nam sinh', 'sinh ngay', 'nam sinh', 'ngay thang nam sinh nam nu'],
  birthDateMale: ['nam'],
  birthDateFemale: ['nu'],
  gender: ['gioi tinh', 'gioi', 'nam nu'],
  idNumber: [
    'so cccd',
    'cccd',
    'so dinh danh',
    'so dinh danh ca nhan',
    'ma dinh danh',
    'so can cuoc',
    'can cuoc cong dan',
    'so can cuoc cong dan',
    'so cmnd cccd',
    'cmnd cccd',
    'cccd cmnd',
    'so cmnd',
    'cmnd',
  ],
  position: ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'chuc vu hien tai', 'chuc vu dang', 'chuc vu chinh quyen'],
  unit: [
    'don vi',
    'don vi cong tac',
    'co quan don vi',
    'noi cong tac',
    'co quan cong tac',
    'ma don vi',
    'phong ban',
    'don vi phong ban',
  ],
  ethnicity: ['dan toc'],
  religion: ['ton giao'],
  homeTown: ['que quan', 'nguyen quan'],
  birthplace: ['noi sinh'],
  address: ['noi o hien nay', 'noi o', 'dia chi', 'cho o hien nay', 'noi thuong tru'],
  educationLevel: ['trinh do chuyen mon', 'chuyen mon', 'trinh do chuyen mon nghiep vu', 'trinh do dao tao', 'trinh do'],
  politicalTheory: ['ly luan chinh tri', 'llct', 'trinh do ly luan chinh tri', 'trinh do llct', 'chinh tri'],
  partyJoinDate: ['ngay vao dang', 'ngay ket nap dang', 'ngay ket nap', 'ngay vao dang csvn', 'vao dang'],
  partyOfficialDate: ['ngay chinh thuc', 'ngay vao dang chinh thuc', 'ngay chuyen dang chinh thuc', 'chinh thuc'],
  civilServiceRank: ['ngach', 'ngach cong chuc', 'ngach vien chuc', 'ngach luong', 'ten ngach', 'ngach chuc danh nghe nghiep'],
  civilServiceRankCode: ['ma ngach', 'ma so ngach', 'ma ngach chuc danh'],
  salaryStep: ['bac luong', 'bac'],
  salaryCoefficient: ['he so', 'he so luong'],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'dt', 'dien thoai di dong'],
  email: ['email', 'e mail', 'thu dien tu', 'dia chi email'],
  status: ['doi tuong', 'loai can bo', 'loai', 'phan loai', 'cb cc vc'],
};

const EXACT = new Map<string, ImportField>();
for (const f of IMPORT_FIELDS) for (const a of ALIASES[f]) if (!EXACT.has(a)) EXACT.set(a, f);
const BY_LENGTH = [...EXACT.entries()].filter(([a]) => a.length >= 4).sort((x, y) => y[0].length - x[0].length);

/** "Họ và TÊN:" → "ho va ten". */
export function headerKey(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The field a header names, with confidence 1 (exact alias) or 0.6 (contains an alias), or null. */
export function matchHeader(text: string): { field: ImportField; confidence: number } | null {
  const key = headerKey(text);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return { field: exact, confidence: 1 };
  const padded = ` ${key} `;
  for (const [alias, field] of BY_LENGTH) if (padded.includes(` ${alias} `)) return { field, confidence: 0.6 };
  return null;
}

export interface ColumnMapping {
  readonly col: number;
  readonly letter: string;
  /** The header as shown, both rows joined with " / " for two-row headers. */
  readonly header: string;
  readonly field: ImportField | null;
  readonly confidence: number;
}

export interface HeaderDetection {
  /** 0-based index of the (first) header row; the spreadsheet row is this + 1. */
  readonly headerRow: number;
  readonly headerRowCount: 1 | 2;
  /** 0-based index of the first data row (after a "(1) (2) (3)" column-number row, if any). */
  readonly dataStart: number;
  readonly columns: readonly ColumnMapping[];
}

const text = (c: Cell | undefined): string => (c === null || c === undefined ? '' : String(c));
const MAX_HEADER_SCAN = 30;

function scoreRow(row: readonly Cell[]): number {
  let s = 0;
  for (const c of row) if (typeof c === 'string' && c.length < 80) s += matchHeader(c)?.confidence ?? 0;
  return s;
}

function isNumberingRow(row: readonly Cell[]): boolean {
  const cells = row.filter((c) => c !== null);
  return cells.length >= 3 && cells.every((c) => /^\(?\d{1,2}\)?$/.test(text(c).trim()));
}

/** Find the header, or null when no row looks like one (fewer than two known headers). */
export function detectHeader(rows: readonly Cell[][], merges: readonly MergeRange[] = []): HeaderDetection | null {
  let headerRow = -1;
  let best = 1.5; // at least two recognized columns
  for (let r = 0; r < Math.min(rows.length, MAX_HEADER_SCAN); r++) {
    const s = scoreRow(rows[r] ?? []);
    if (s > best) {
      best = s;
      headerRow = r;
    }
  }
  if (headerRow < 0) return null;
  const top = rows[headerRow] ?? [];
  const next = rows[headerRow + 1] ?? [];
  const width = Math.max(top.length, next.length);

  // Top labels, spread over merged ranges (and over blank cells right of a label with sub-labels below).
  const topLabels: string[] = [];
  for (let c = 0; c < width; c++) topLabels[c] = text(top[c]);
  for (const m of merges) {
    if (m.top !== headerRow) continue;
    for (let c = m.left; c <= m.right; c++) if (!topLabels[c]) topLabels[c] = topLabels[m.left] ?? '';
  }
  // A second header row: labels (not data) under blank or horizontally merged top cells.
  const nextLabels = next.map(text);
  const spanned = (c: number) => merges.some((m) => m.top === headerRow && m.left <= c && c <= m.right && m.right > m.left);
  const underGroup = (c: number) => text(top[c]) === '' || spanned(c);
  const nextIsSub =
    !isNumberingRow(next) &&
    nextLabels.some((l, c) => l !== '' && underGroup(c)) &&
    nextLabels.every(
      (l, c) => l === '' || (!/^[\d\s/.,:-]+$/.test(l) && l.length < 60 && (underGroup(c) || matchHeader(l) !== null)),
    );
  if (nextIsSub) {
    for (let c = 1; c < width; c++)
      if (!topLabels[c] && nextLabels[c] && topLabels[c - 1] && !text(top[c])) topLabels[c] = topLabels[c - 1] as string;
  }

  const columns: ColumnMapping[] = [];
  const taken = new Set<ImportField>();
  for (let c = 0; c < width; c++) {
    const t = topLabels[c] ?? '';
    const sub = nextIsSub ? (nextLabels[c] ?? '') : '';
    if (!t && !sub) continue;
    const header = sub && sub !== t ? (t ? `${t} / ${sub}` : sub) : t;
    let hit = sub ? matchHeader(sub) : null;
    const topHit = t ? matchHeader(t) : null;
    // "Nam"/"Nữ" under "Ngày sinh" / "Năm sinh": the birth date (or year) written under the gender.
    if (hit && (hit.field === 'birthDateMale' || hit.field === 'birthDateFemale')) {
      hit = { field: hit.field, confidence: topHit?.field === 'dateOfBirth' || !t ? 1 : 0.8 };
    } else if (!hit || (topHit && topHit.confidence > hit.confidence)) {
      hit = topHit;
    }
    let field = hit?.field ?? null;
    if (field && taken.has(field)) field = null; // the first column with a field wins; the user can remap
    if (field) taken.add(field);
    columns.push({ col: c, letter: columnLetter(c), header, field, confidence: field ? (hit?.confidence ?? 0) : 0 });
  }
  let dataStart = headerRow + (nextIsSub ? 2 : 1);
  if (isNumberingRow(rows[dataStart] ?? [])) dataStart++;
  return { headerRow, headerRowCount: nextIsSub ? 2 : 1, dataStart, columns };
}

/** A user's choice, by column letter ("C") → field, or null to ignore the column. */
export type MappingOverride = Readonly<Record<string, ImportField | null>>;

export function applyMapping(detection: HeaderDetection, override: MappingOverride): HeaderDetection {
  const keys = new Map(Object.entries(override).map(([k, v]) => [k.toUpperCase(), v]));
  const overridden = new Set([...keys.values()].filter((v): v is ImportField => v !== null));
  const columns = detection.columns.map((c) => {
    if (keys.has(c.letter)) return { ...c, field: keys.get(c.letter) ?? null, confidence: 1 };
    // a field the user assigned elsewhere is taken from the auto-detected column
    return c.field && overridden.has(c.field) ? { ...c, field: null, confidence: 0 } : c;
  });
  for (const [letter, field] of keys) {
    if (!columns.some((c) => c.letter === letter)) {
      let col = 0;
      for (const ch of letter) col = col * 26 + (ch.charCodeAt(0) - 64);
      columns.push({ col: col - 1, letter, header: '', field, confidence: 1 });
    }
  }
  columns.sort((a, b) => a.col - b.col);
  return { ...detection, columns };
}
