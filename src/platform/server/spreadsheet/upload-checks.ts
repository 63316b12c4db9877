import type { AppError } from '../../../shared/app-error.js';
import { SpreadsheetErrors } from './spreadsheet.errors.js';
import { isZip } from './zip-guard.js';

// Refusals before any parsing: a file whose name and first bytes disagree, or one too large.

const MB = 1024 * 1024;

export function fileTypeError(vi: string): AppError {
  return SpreadsheetErrors.IMPORT_FILE_TYPE([{ field: 'file', message: vi }]);
}

export type Kind = 'xlsx' | 'csv';

/** Which reader a file needs, from its name and its first bytes; refuses disguised files. */
export function sniffKind(buf: Uint8Array, fileName: string): Kind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const head = Buffer.from(buf.subarray(0, 8));
  const zip = isZip(buf);
  if (ext === 'xlsx' || ext === 'xlsm') {
    if (zip) return 'xlsx';
    if (head.subarray(0, 4).toString('latin1') === '%PDF') {
      throw fileTypeError(`Tệp "${fileName}" thực chất là tệp PDF được đổi đuôi thành .xlsx`);
    }
    if (head.readUInt32BE(0) === 0xd0cf11e0) {
      throw fileTypeError('Tệp là định dạng Excel 97-2003 (.xls) đổi đuôi; hãy mở bằng Excel và lưu thành .xlsx');
    }
    throw fileTypeError(`Tệp "${fileName}" có đuôi .xlsx nhưng không phải bảng tính Excel thật`);
  }
  if (ext === 'xls') {
    throw fileTypeError('Định dạng .xls (Excel 97-2003) chưa được hỗ trợ; hãy lưu thành .xlsx hoặc CSV UTF-8');
  }
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') {
    if (zip) throw fileTypeError(`Tệp "${fileName}" là tệp nén (có thể là .xlsx) được đổi đuôi thành .${ext}`);
    if (head.subarray(0, 4).toString('latin1') === '%PDF') throw fileTypeError(`Tệp "${fileName}" là tệp PDF`);
    return 'csv';
  }
  throw fileTypeError('Chỉ nhận tệp .xlsx hoặc .csv');
}

export function checkSize(size: number, max: number): void {
  if (size > max) {
    throw SpreadsheetErrors.IMPORT_FILE_TOO_LARGE([
      {
        field: 'file',
        message: `Tệp ${(size / MB).toFixed(1)} MB vượt giới hạn ${(max / MB).toFixed(0)} MB; hãy chia thành nhiều tệp`,
      },
    ]);
  }
}
