import { defineErrors } from '../../../shared/app-error.js';

/**
 * File-level refusals of any spreadsheet import (row-level problems are `ImportIssue`s, see import-issues.ts).
 * A module adds its own (e.g. which header it expected) next to these.
 */
export const SpreadsheetErrors = defineErrors({
  IMPORT_FILE_TOO_LARGE: {
    status: 413,
    vi: 'Tệp quá lớn',
    en: 'The file is too large',
  },
  IMPORT_FILE_TYPE: {
    status: 415,
    vi: 'Tệp không phải là bảng tính Excel (.xlsx) hay CSV thật (có thể là tệp khác được đổi đuôi)',
    en: 'The file is not a real Excel workbook (.xlsx) or CSV (it may be another file renamed)',
  },
  IMPORT_FILE_UNSAFE: {
    status: 422,
    vi: 'Tệp .xlsx có nội dung nén bất thường (nghi ngờ "bom nén"), không thể đọc an toàn',
    en: 'The .xlsx file has abnormal compressed content (suspected zip bomb) and cannot be read safely',
  },
  IMPORT_FILE_CORRUPT: {
    status: 422,
    vi: 'Tệp bị hỏng hoặc không đọc được',
    en: 'The file is damaged or unreadable',
  },
  IMPORT_FILE_ENCODING: {
    status: 422,
    vi: 'Tệp CSV không ở bảng mã UTF-8 hoặc UTF-16; hãy lưu lại dưới dạng "CSV UTF-8"',
    en: 'The CSV file is not UTF-8 or UTF-16; save it again as "CSV UTF-8"',
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 422,
    vi: 'Tệp có quá nhiều dòng',
    en: 'The file has too many rows',
  },
  IMPORT_EMPTY_FILE: {
    status: 422,
    vi: 'Tệp trống, không có dữ liệu',
    en: 'The file is empty',
  },
  IMPORT_HEADER_ONLY: {
    status: 422,
    vi: 'Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào',
    en: 'The file has only the header row and no data rows',
  },
  IMPORT_ROWS_INVALID: {
    status: 422,
    vi: 'Tệp có dòng không hợp lệ; chưa có dữ liệu nào được ghi. Hãy sửa các lỗi và nhập lại',
    en: 'The file has invalid rows; nothing was written. Fix the errors and import again',
  },
});
