import { ImportErrors } from './import.errors.js';
import { applyMapping, detectHeader, type HeaderDetection, type MappingOverride } from './detect-header.js';
import { readWorkbook, type ReadLimits, type SheetData } from '../../../platform/server/spreadsheet/read-workbook.js';
import { issuesToErrorDetails, validateRows, type ValidateOptions, type ValidationResult } from './validate-rows.js';

export interface ParsePeopleFileOptions extends ValidateOptions {
  readonly mapping?: MappingOverride;
  readonly limits?: Partial<ReadLimits>;
}

export interface ParsedPeopleFile {
  readonly sheet: SheetData;
  readonly detection: HeaderDetection | null;
  readonly result: ValidationResult;
}

/**
 * The whole pure pipeline: read (safely) → find the header → apply the user's mapping → validate.
 * Throws AppError for a file that cannot be read at all; row problems are in `result.errors`.
 */
export async function parsePeopleFile(
  buf: Buffer,
  fileName: string,
  options: ParsePeopleFileOptions = {},
): Promise<ParsedPeopleFile> {
  const { sheet, detection } = await readPeopleFile(buf, fileName, options);
  const result = validateRows(sheet.rows, detection, options);
  return { sheet, detection, result };
}

/** The pipeline's first half: read (safely) → find the header → apply the user's mapping; no row validated. */
export async function readPeopleFile(
  buf: Buffer,
  fileName: string,
  options: Pick<ParsePeopleFileOptions, 'mapping' | 'limits'> = {},
): Promise<Omit<ParsedPeopleFile, 'result'>> {
  const sheet = await readWorkbook(buf, fileName, options.limits);
  const found = detectHeader(sheet.rows, sheet.merges);
  const detection = found && options.mapping ? applyMapping(found, options.mapping) : found;
  return { sheet, detection };
}

/** The AppError for a failed validation (details carry row numbers and Vietnamese reasons). */
export function validationError(result: Extract<ValidationResult, { ok: false }>) {
  const fileLevel = result.errors.every((e) => e.row === null);
  const details = issuesToErrorDetails(result.errors);
  if (fileLevel && /trống/.test(result.errors[0]?.vi ?? '')) return ImportErrors.IMPORT_EMPTY_FILE(details);
  if (fileLevel && /chỉ có dòng tiêu đề/.test(result.errors[0]?.vi ?? '')) return ImportErrors.IMPORT_HEADER_ONLY(details);
  if (fileLevel && /tiêu đề cột/.test(result.errors[0]?.vi ?? '')) return ImportErrors.IMPORT_NO_HEADER(details);
  return ImportErrors.IMPORT_ROWS_INVALID(details);
}
