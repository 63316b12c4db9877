import type { Locale } from '../../../shared/app-error.js';
import { writeListXlsx } from './write-list.js';
import type { ImportIssue } from './import-issues.js';

const HEADERS = {
  vi: {
    row: 'Dòng',
    column: 'Cột',
    header: 'Tiêu đề cột',
    value: 'Giá trị',
    reason: 'Lỗi',
    title: 'DANH SÁCH LỖI NHẬP DỮ LIỆU',
    sheet: 'Lỗi',
  },
  en: {
    row: 'Row',
    column: 'Column',
    header: 'Header',
    value: 'Value',
    reason: 'Problem',
    title: 'IMPORT ERRORS',
    sheet: 'Errors',
  },
} as const;

/** An .xlsx of the import's problems (row, column, header, value, reason) for the user to download. */
export function buildErrorsWorkbook(
  issues: readonly ImportIssue[],
  options: { locale?: Locale; fileName?: string } = {},
): Promise<Buffer> {
  const locale = options.locale ?? 'vi';
  const h = HEADERS[locale];
  return writeListXlsx<ImportIssue>({
    title: h.title,
    ...(options.fileName ? { subtitle: options.fileName } : {}),
    sheetName: h.sheet,
    columns: [
      { header: h.row, type: 'integer', width: 8, value: (i) => i.row },
      { header: h.column, width: 8, value: (i) => i.column },
      { header: h.header, width: 24, value: (i) => i.header },
      { header: h.value, width: 28, value: (i) => i.value },
      { header: h.reason, width: 70, value: (i) => i[locale] },
    ],
    rows: issues,
  });
}
