import { R } from '../../../platform/server/spreadsheet/import-issues.js';
import type { RowReader } from './row-reader.js';

/** CCCD numbers seen so far in the file: a repeat is reported against the row that first had it. */
export class DuplicateIds {
  private readonly firstRowOfId = new Map<string, number>();

  check(r: RowReader, idNumber: string | null): void {
    if (!idNumber) return;
    const first = this.firstRowOfId.get(idNumber);
    if (first !== undefined) {
      r.issue(
        'idNumber',
        R(`Số CCCD trùng với dòng ${first} trong cùng tệp`, `The ID number duplicates row ${first} of the same file`),
      );
    } else this.firstRowOfId.set(idNumber, r.rowNumber);
  }
}
