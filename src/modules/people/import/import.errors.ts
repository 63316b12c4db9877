import { defineErrors } from '../../../shared/app-error.js';
import { SpreadsheetErrors } from '../../../platform/server/spreadsheet/spreadsheet.errors.js';

/** File-level refusals of the people importer (row-level problems are `ImportIssue`s, see validate-rows.ts). */
export const ImportErrors = {
  ...SpreadsheetErrors,
  ...defineErrors({
    IMPORT_NO_HEADER: {
      status: 422,
      vi: 'Không tìm thấy dòng tiêu đề cột (ví dụ "Họ và tên", "Ngày sinh")',
      en: 'No column header row was found (e.g. "Họ và tên", "Ngày sinh")',
    },
  }),
};
