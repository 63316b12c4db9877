import type { ColumnMapping, ImportField } from './detect-header.js';
import { cellText } from './cell-values.js';
import { R, type ImportIssue, type Reason } from '../../../platform/server/spreadsheet/import-issues.js';
import { clean, legacyOf } from './code-lists.js';
import type { Cell } from '../../../platform/server/spreadsheet/read-workbook.js';

/** One spreadsheet row seen through the column mapping, collecting its problems. */
export interface RowReader {
  /** The spreadsheet row (1-based). */
  readonly rowNumber: number;
  readonly colOf: ReadonlyMap<ImportField, ColumnMapping>;
  get(f: ImportField): Cell;
  str(f: ImportField): string | null;
  issue(field: ImportField | null, reason: Reason, col?: ColumnMapping): void;
}

export function rowReader(
  row: readonly Cell[],
  rowNumber: number,
  colOf: ReadonlyMap<ImportField, ColumnMapping>,
  errors: ImportIssue[],
): RowReader {
  const issue = (field: ImportField | null, reason: Reason, col?: ColumnMapping): void => {
    const c = col ?? (field ? colOf.get(field) : undefined);
    errors.push({
      row: rowNumber,
      column: c?.letter ?? null,
      header: c?.header ?? null,
      field,
      value: c ? cellText(row[c.col]) || null : null,
      ...reason,
    });
  };
  const get = (f: ImportField): Cell => {
    const c = colOf.get(f);
    return c ? (row[c.col] ?? null) : null;
  };
  const str = (f: ImportField): string | null => {
    const v = get(f);
    return v === null ? null : clean(cellText(v)) || null;
  };
  return { rowNumber, colOf, get, str, issue };
}

/** Legacy encodings: refuse the row, naming each cell. True when any mapped cell was typed in one. */
export function reportLegacyCells(r: RowReader, row: readonly Cell[], mapped: readonly ColumnMapping[]): boolean {
  const { rowNumber, issue } = r;
  let legacy = false;
  for (const c of mapped) {
    const v = row[c.col];
    if (typeof v !== 'string') continue;
    const found = legacyOf(v);
    if (found) {
      legacy = true;
      issue(
        c.field,
        R(
          `Ô ${c.letter}${rowNumber} có vẻ gõ bằng bảng mã ${found.encoding} ("${found.word}" nghĩa là "${found.decoded}"), hãy chuyển sang Unicode`,
          `Cell ${c.letter}${rowNumber} seems typed in the ${found.encoding} encoding ("${found.word}" means "${found.decoded}"); convert it to Unicode`,
        ),
        c,
      );
    }
  }
  return legacy;
}
