import { defineErrors } from '../../../shared/app-error.js';
import { SpreadsheetErrors } from '../../../platform/server/spreadsheet/spreadsheet.errors.js';

/** File-level refusals of the units importer (row-level problems are `ImportIssue`s). */
export const UnitsImportErrors = {
  ...SpreadsheetErrors,
  ...defineErrors({
    IMPORT_NO_HEADER: {
      status: 422,
      vi: 'Không tìm thấy dòng tiêu đề cột (ví dụ "Mã đơn vị", "Tên đơn vị", "Loại đơn vị")',
      en: 'No column header row was found (e.g. "Mã đơn vị", "Tên đơn vị", "Loại đơn vị")',
    },
  }),
};
