import type { PersonStatus } from '../people-codes.js';
import { assemblePerson, type ImportedPersonInput } from './assemble-person.js';
import { cellText, normalizeIdNumber } from './cell-values.js';
import { key } from './code-lists.js';
import type { HeaderDetection, ImportField } from './detect-header.js';
import { DuplicateIds } from './duplicate-ids.js';
import { R, fileIssue, type ImportIssue } from '../../../platform/server/spreadsheet/import-issues.js';
import type { Cell } from '../../../platform/server/spreadsheet/read-workbook.js';
import { columnsByField, missingColumnIssues } from './required-columns.js';
import { readCodes, readPhone, readSalary } from './row-code-fields.js';
import { readGenderAndBirth, readName, readPartyDates } from './row-person-fields.js';
import { reportLegacyCells, rowReader } from './row-reader.js';

export { PersonImportSchema, type ImportedPersonInput } from './assemble-person.js';
export { normalizeIdNumber } from './cell-values.js';
export { fileIssue, issuesToErrorDetails, type ImportIssue } from '../../../platform/server/spreadsheet/import-issues.js';

export interface ImportedPerson {
  /** The spreadsheet row (1-based). */
  readonly rowNumber: number;
  readonly person: ImportedPersonInput;
  /** Unit code or name as written (or the file's default), resolved against the org tree by the service. */
  readonly unitRef: string;
  /** "Chức vụ" as written (the post is created by the service). */
  readonly position: string | null;
  /** The group heading above the row ("I. PHÒNG TỔ CHỨC"), if any. */
  readonly section: string | null;
}

export type ValidationResult =
  | { readonly ok: true; readonly rows: readonly ImportedPerson[] }
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

export interface ValidateOptions {
  /** The unit for rows without a "Đơn vị" value (chosen in the import dialog). */
  readonly defaultUnitRef?: string | null;
  /** The status for rows without a "Đối tượng" value. */
  readonly defaultStatus?: PersonStatus | null;
  /** Today as ISO date (dates of birth may not be later). */
  readonly today?: string;
}

const FOOTER =
  /^(nguoi lap|thu truong|tong cong|tong so|xac nhan|ghi chu|ky ten|tm |kt |t l |chu tich|giam doc|bi thu)|ngay \d{1,2} thang \d{1,2} nam \d{4}/;
const SECTION = /^(?:[IVXLC]+|[A-ZĐ]|\d{1,2})[.)]\s*\S/u;

/** The problem reported for a file whose rows below the header hold no person. */
export function headerOnlyIssue(): ImportIssue {
  return fileIssue(R('Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào', 'The file has only the header row and no data rows'));
}

/**
 * The file's own problems, before any row is read: empty, no header row, required columns missing.
 * Null when the rows can be validated (then `detection` is not null).
 */
export function fileLevelIssues(
  rows: readonly Cell[][],
  detection: HeaderDetection | null,
  options: ValidateOptions = {},
): ImportIssue[] | null {
  if (rows.every((r) => r.every((c) => c === null))) {
    return [fileIssue(R('Tệp trống, không có dữ liệu', 'The file is empty'))];
  }
  if (!detection) {
    return [
      fileIssue(
        R(
          'Không tìm thấy dòng tiêu đề cột (ví dụ "Họ và tên", "Ngày sinh")',
          'No column header row was found (e.g. "Họ và tên", "Ngày sinh")',
        ),
      ),
    ];
  }
  const fileErrors = missingColumnIssues(columnsByField(detection), options);
  return fileErrors.length ? fileErrors : null;
}

/** One stretch of the sheet, validated: its valid rows and its problems. */
export interface ValidatedChunk {
  readonly rows: ImportedPerson[];
  readonly errors: ImportIssue[];
  /** Sheet rows below the header read so far (of `rows.length - detection.dataStart`). */
  readonly scanned: number;
}

/**
 * Mapped spreadsheet rows → person records, `chunkRows` sheet rows at a time (the importer writes
 * one chunk while the next validates). The state that spans rows — the group heading, the ID numbers
 * seen (a repeat in a later chunk is reported against the row that first had it), the footer that
 * ends the list — carries over between chunks, so the chunks together say exactly what `validateRows`
 * says. Call only when `fileLevelIssues` found nothing. Every chunk is yielded, even an empty one.
 */
export function* validateRowChunks(
  rows: readonly Cell[][],
  detection: HeaderDetection,
  options: ValidateOptions = {},
  chunkRows = Infinity,
): Generator<ValidatedChunk, void> {
  const colOf = columnsByField(detection);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const duplicateIds = new DuplicateIds();
  const mapped = detection.columns.filter((c) => c.field && c.field !== 'stt');
  const size = Math.max(1, chunkRows);
  let section: string | null = null;
  let errors: ImportIssue[] = [];
  let out: ImportedPerson[] = [];
  let chunkEnd = detection.dataStart + size;

  for (let r = detection.dataStart; r < rows.length; r++) {
    if (r >= chunkEnd) {
      yield { rows: out, errors, scanned: r - detection.dataStart };
      out = [];
      errors = [];
      chunkEnd = r + size;
    }
    const row = rows[r] ?? [];
    const rowNumber = r + 1;
    const nonEmpty = row.filter((c) => c !== null);
    if (nonEmpty.length === 1 && typeof nonEmpty[0] === 'string' && SECTION.test(nonEmpty[0])) {
      section = nonEmpty[0];
      continue;
    }
    if (nonEmpty.length === 0 || mapped.every((c) => row[c.col] === null || row[c.col] === undefined)) continue;
    const firstText = key(cellText(nonEmpty[0]));
    const get0 = (f: ImportField): Cell => {
      const c = colOf.get(f);
      return c ? (row[c.col] ?? null) : null;
    };
    if (nonEmpty.length <= 3 && FOOTER.test(firstText) && get0('idNumber') === null) break;

    const reader = rowReader(row, rowNumber, colOf, errors);
    if (reportLegacyCells(reader, row, mapped)) continue;
    const before = errors.length;

    const { hoDem, ten } = readName(reader);
    const birth = readGenderAndBirth(reader, today);
    const partyDates = readPartyDates(reader, birth.dateOfBirth, today);
    const codes = readCodes(reader, options.defaultStatus);
    const salary = readSalary(reader);
    const idNumber = normalizeIdNumber(reader.get('idNumber'));
    duplicateIds.check(reader, idNumber);
    const phone = readPhone(reader);
    const unitRef = reader.str('unit') ?? options.defaultUnitRef ?? null;
    if (!unitRef) reader.issue('unit', R('Thiếu đơn vị', 'The unit is missing'));
    if (errors.length > before) continue;

    const person = assemblePerson(reader, { hoDem, ten, ...birth, ...partyDates, ...codes, ...salary, idNumber, phone });
    if (!person) continue;
    out.push({ rowNumber, person, unitRef, position: reader.str('position'), section } as ImportedPerson);
  }
  yield { rows: out, errors, scanned: Math.max(0, rows.length - detection.dataStart) };
}

/**
 * Mapped spreadsheet rows → person records (PersonInputSchema without the unit id, which the service
 * resolves from `unitRef`). All problems are collected with the spreadsheet's row number (1-based,
 * counting title rows), column letter, header, field and a reason in Vietnamese and English. Nothing is
 * partial: either every row is valid, or the result is the list of problems.
 */
export function validateRows(
  rows: readonly Cell[][],
  detection: HeaderDetection | null,
  options: ValidateOptions = {},
): ValidationResult {
  const fileErrors = fileLevelIssues(rows, detection, options);
  if (fileErrors || !detection) return { ok: false, errors: fileErrors ?? [] };
  const errors: ImportIssue[] = [];
  const out: ImportedPerson[] = [];
  for (const chunk of validateRowChunks(rows, detection, options)) {
    for (const e of chunk.errors) errors.push(e);
    for (const p of chunk.rows) out.push(p);
  }
  if (errors.length) return { ok: false, errors };
  if (out.length === 0) return { ok: false, errors: [headerOnlyIssue()] };
  return { ok: true, rows: out };
}
