import type { ColumnMapping, HeaderDetection, ImportField } from './detect-header.js';
import { R, fileIssue, type ImportIssue } from '../../../platform/server/spreadsheet/import-issues.js';
import type { ValidateOptions } from './validate-rows.js';

/** The first mapped column of each field. */
export function columnsByField(detection: HeaderDetection): Map<ImportField, ColumnMapping> {
  const colOf = new Map<ImportField, ColumnMapping>();
  for (const c of detection.columns) if (c.field && !colOf.has(c.field)) colOf.set(c.field, c);
  return colOf;
}

/** File-level problems: a column the import cannot do without is missing (and no file-wide default stands in). */
export function missingColumnIssues(colOf: ReadonlyMap<ImportField, ColumnMapping>, options: ValidateOptions): ImportIssue[] {
  const fileErrors: ImportIssue[] = [];
  if (!colOf.has('fullName') && !(colOf.has('hoDem') && colOf.has('ten'))) {
    fileErrors.push(
      fileIssue(
        R(
          'Thiếu cột "Họ và tên" (hoặc hai cột "Họ và đệm" và "Tên")',
          'Missing the "Họ và tên" column (or the two columns "Họ và đệm" and "Tên")',
        ),
      ),
    );
  }
  if (!colOf.has('dateOfBirth') && !colOf.has('birthDateMale') && !colOf.has('birthDateFemale')) {
    fileErrors.push(fileIssue(R('Thiếu cột "Ngày sinh" (hoặc "Nam"/"Nữ")', 'Missing the "Ngày sinh" (or "Nam"/"Nữ") column')));
  }
  if (!colOf.has('gender') && !colOf.has('birthDateMale') && !colOf.has('birthDateFemale')) {
    fileErrors.push(
      fileIssue(
        R(
          'Thiếu cột "Giới tính" (hoặc ngày sinh ghi dưới cột "Nam"/"Nữ")',
          'Missing the "Giới tính" column (or birth dates under "Nam"/"Nữ")',
        ),
      ),
    );
  }
  if (!colOf.has('unit') && !options.defaultUnitRef) {
    fileErrors.push(
      fileIssue(
        R('Thiếu cột "Đơn vị" và chưa chọn đơn vị cho cả tệp', 'No "Đơn vị" column and no unit chosen for the whole file'),
      ),
    );
  }
  if (!colOf.has('status') && !options.defaultStatus) {
    fileErrors.push(
      fileIssue(
        R(
          'Thiếu cột "Đối tượng" (cán bộ/công chức/viên chức/người lao động) và chưa chọn cho cả tệp',
          'No "Đối tượng" column and no status chosen for the whole file',
        ),
      ),
    );
  }
  return fileErrors;
}
