import type { AppError } from '../../../shared/app-error.js';
import {
  applyColumnMapping,
  detectHeaderRow,
  type ColumnMappingOverride,
  type DetectedHeader,
} from '../../../platform/server/spreadsheet/header-detection.js';
import { fileIssue, issuesToErrorDetails, R, type ImportIssue } from '../../../platform/server/spreadsheet/import-issues.js';
import { readWorkbook, type ReadLimits, type SheetData } from '../../../platform/server/spreadsheet/read-workbook.js';
import type { UnitImportField } from '../units-import.schemas.js';
import { columnsByField, readUnitRows, type ColumnsByField, type UnitRow } from './read-unit-rows.js';
import { unitHeaderMatcher } from './unit-import-catalogue.js';
import { UnitsImportErrors } from './units-import.errors.js';

/** A tree is far smaller than a staff list: a whole province has a few thousand units. */
export const UNITS_IMPORT_LIMITS: Partial<ReadLimits> = { maxRows: 20_000 };

export type FileProblem = 'empty' | 'no-header' | 'header-only' | 'missing-columns' | null;

export interface ParsedUnitsFile {
  readonly sheet: SheetData;
  readonly detection: DetectedHeader<UnitImportField> | null;
  readonly columns: ColumnsByField;
  readonly rows: readonly UnitRow[];
  /** Problems found reading the file (the plan adds those that need the database). */
  readonly issues: readonly ImportIssue[];
  readonly fileProblem: FileProblem;
}

const REQUIRED: readonly { field: UnitImportField; vi: string; en: string }[] = [
  { field: 'code', vi: 'Mã đơn vị', en: 'unit code' },
  { field: 'name', vi: 'Tên đơn vị', en: 'unit name' },
];

/**
 * The pure pipeline: read (safely) → find the header below any title rows → apply the user's mapping →
 * read the rows. Throws AppError for a file that cannot be read at all.
 */
export async function parseUnitsFile(
  buf: Buffer,
  fileName: string,
  mapping?: ColumnMappingOverride<UnitImportField>,
): Promise<ParsedUnitsFile> {
  const sheet = await readWorkbook(buf, fileName, UNITS_IMPORT_LIMITS);
  const none = (fileProblem: FileProblem, issue: ImportIssue): ParsedUnitsFile => ({
    sheet,
    detection: null,
    columns: new Map(),
    rows: [],
    issues: [issue],
    fileProblem,
  });
  if (!sheet.rows.some((r) => r.some((c) => c !== null))) {
    return none('empty', fileIssue(R('Tệp trống, không có dữ liệu', 'The file is empty')));
  }
  const found = detectHeaderRow(sheet.rows, sheet.merges, unitHeaderMatcher);
  if (!found) {
    return none(
      'no-header',
      fileIssue(
        R(
          'Không tìm thấy dòng tiêu đề cột (cần ít nhất hai cột như "Mã đơn vị", "Tên đơn vị", "Loại đơn vị")',
          'No column header row was found (at least two columns such as "Mã đơn vị", "Tên đơn vị", "Loại đơn vị")',
        ),
      ),
    );
  }
  const detection = mapping ? applyColumnMapping(found, mapping) : found;
  const columns = columnsByField(detection);
  const missing = REQUIRED.filter((r) => !columns.has(r.field));
  if (missing.length > 0) {
    const issues = missing.map((m) =>
      fileIssue(R(`Thiếu cột "${m.vi}" (hoặc chưa chọn cột này)`, `The "${m.en}" column is missing (or not mapped)`)),
    );
    return { sheet, detection, columns, rows: [], issues, fileProblem: 'missing-columns' };
  }
  const { rows, issues } = readUnitRows(sheet.rows, detection);
  if (rows.length === 0 && issues.length === 0) {
    return {
      ...none(
        'header-only',
        fileIssue(R('Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào', 'The file has only the header row and no data rows')),
      ),
      detection,
      columns,
    };
  }
  return { sheet, detection, columns, rows, issues, fileProblem: null };
}

/** The 422 for a file with problems: details name row and column, in the caller's language. */
export function importError(problem: FileProblem, issues: readonly ImportIssue[], locale: 'vi' | 'en'): AppError {
  const details = issuesToErrorDetails(issues, locale);
  return problem === 'empty'
    ? UnitsImportErrors.IMPORT_EMPTY_FILE(details)
    : problem === 'no-header'
      ? UnitsImportErrors.IMPORT_NO_HEADER(details)
      : problem === 'header-only'
        ? UnitsImportErrors.IMPORT_HEADER_ONLY(details)
        : UnitsImportErrors.IMPORT_ROWS_INVALID(details);
}
