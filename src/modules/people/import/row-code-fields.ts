import type { EducationLevel, EthnicGroup, PersonStatus, PoliticalTheoryLevel } from '../people-codes.js';
import { parseNumber } from './cell-values.js';
import { EDUCATION, ETHNIC_BY_KEY, STATUS, THEORY, byPrefix, compact } from './code-lists.js';
import type { ImportField } from './detect-header.js';
import { R, type Reason } from '../../../platform/server/spreadsheet/import-issues.js';
import type { RowReader } from './row-reader.js';

// Per-field converters for code-list and numeric cells: ethnicity, status, qualification, political
// theory, salary step and coefficient, phone.

export interface CodeFields {
  ethnicity: EthnicGroup | undefined;
  status: PersonStatus | null;
  educationLevel: EducationLevel | null;
  educationMajor: string | null;
  politicalTheory: PoliticalTheoryLevel | null;
}

export function readCodes(r: RowReader, defaultStatus: PersonStatus | null | undefined): CodeFields {
  const { str, issue } = r;
  let ethnicity: EthnicGroup | undefined;
  const eth = str('ethnicity');
  if (eth !== null) {
    ethnicity = ETHNIC_BY_KEY.get(compact(eth));
    if (!ethnicity)
      issue(
        'ethnicity',
        R(`Dân tộc "${eth}" không có trong danh mục 54 dân tộc`, `Ethnic group "${eth}" is not one of the 54 official groups`),
      );
  }
  let status: PersonStatus | null = defaultStatus ?? null;
  const st = str('status');
  if (st !== null) {
    const found = byPrefix(st, STATUS);
    if (found) status = found.code;
    else
      issue(
        'status',
        R(
          `Đối tượng "${st}" không hợp lệ (cán bộ, công chức, viên chức, người lao động)`,
          `Status "${st}" is invalid (cán bộ, công chức, viên chức, người lao động)`,
        ),
      );
  } else if (!status) issue('status', R('Thiếu đối tượng (cán bộ/công chức/viên chức/người lao động)', 'The status is missing'));
  let educationLevel: EducationLevel | null = null;
  let educationMajor: string | null = null;
  const ed = str('educationLevel');
  if (ed !== null) {
    const found = byPrefix(ed, EDUCATION);
    if (found) {
      educationLevel = found.code;
      educationMajor = found.rest || null;
    } else
      issue(
        'educationLevel',
        R(
          `Trình độ chuyên môn "${ed}" không rõ (ví dụ "Đại học Luật", "Thạc sĩ")`,
          `Unknown qualification "${ed}" (e.g. "Đại học Luật", "Thạc sĩ")`,
        ),
      );
  }
  let politicalTheory: PoliticalTheoryLevel | null = null;
  const th = str('politicalTheory');
  if (th !== null) {
    const found = byPrefix(th, THEORY);
    if (found) politicalTheory = found.code;
    else
      issue(
        'politicalTheory',
        R(`Lý luận chính trị "${th}" không rõ (sơ cấp, trung cấp, cao cấp, cử nhân)`, `Unknown political theory level "${th}"`),
      );
  }
  return { ethnicity, status, educationLevel, educationMajor, politicalTheory };
}

function numberOf(r: RowReader, f: ImportField, label: Reason): number | null {
  const { get, str, issue } = r;
  const n = parseNumber(get(f));
  if (n === 'bad') {
    // "3/8" (bậc 3 trên 8) is how salary steps are often written
    const m = /^(\d{1,2})\s*\/\s*\d{1,2}$/.exec(str(f) ?? '');
    if (f === 'salaryStep' && m) return Number(m[1]);
    issue(f, R(`${label.vi} phải là số`, `${label.en} must be a number`));
    return null;
  }
  return n;
}

export function readSalary(r: RowReader): { salaryStep: number | null; salaryCoefficient: number | null } {
  const salaryStep = numberOf(r, 'salaryStep', R('Bậc lương', 'The salary step'));
  const salaryCoefficient = numberOf(r, 'salaryCoefficient', R('Hệ số lương', 'The salary coefficient'));
  return { salaryStep, salaryCoefficient };
}

/** A phone typed as a number lost its leading zero. */
export function readPhone(r: RowReader): string | null {
  const phone = r.str('phone');
  const phoneCell = r.get('phone');
  return typeof phoneCell === 'number' && phone && phone.length === 9 ? `0${phone}` : phone;
}
