import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { DEFAULT_READ_LIMITS, type ReadLimits, type SheetData } from './sheet-data.js';
import { checkSize, sniffKind } from './upload-checks.js';

export { decodeText, detectDelimiter, parseCsv, readCsv, type Delimiter } from './read-csv.js';
export { parseMerges } from './read-xlsx.js';
export {
  columnIndex,
  columnLetter,
  DEFAULT_READ_LIMITS,
  normalizeCellValue,
  type Cell,
  type MergeRange,
  type ReadLimits,
  type SheetData,
} from './sheet-data.js';
export { checkSize, sniffKind } from './upload-checks.js';

/**
 * Reading an uploaded .xlsx or .csv into a matrix of cells, safely: magic bytes checked (a PDF renamed
 * .xlsx is refused), size capped, zip bombs refused before exceljs unpacks anything, formulas never
 * evaluated (a formula cell yields its cached result or nothing). The worksheet XML is read by
 * xlsx-sheet-reader.ts, not exceljs (see there why).
 */
export async function readWorkbook(buf: Buffer, fileName: string, limits: Partial<ReadLimits> = {}): Promise<SheetData> {
  const lim = { ...DEFAULT_READ_LIMITS, ...limits };
  const kind = sniffKind(buf, fileName);
  checkSize(buf.length, kind === 'csv' ? lim.maxCsvBytes : lim.maxFileBytes);
  return kind === 'xlsx' ? readXlsx(buf, lim) : readCsv(buf, lim);
}
