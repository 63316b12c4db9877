import type { z } from 'zod';
import type { ErrorDetail, Locale } from '../../../shared/app-error.js';
import { cleanText, foldDiacritics } from '../../../shared/vi-text.js';
import {
  ETHNIC_GROUPS,
  type EducationLevel,
  type EthnicGroup,
  type PersonStatus,
  type PoliticalTheoryLevel,
} from '../people-codes.js';
import { PersonInputSchema } from '../person.schemas.js';
import { detectLegacyEncoding } from './detect-encoding.js';
import type { ColumnMapping, HeaderDetection, ImportField } from './detect-header.js';
import { parseDate, type ParsedDate } from './parse-date.js';
import type { Cell } from './read-workbook.js';

/**
 * Mapped spreadsheet rows → person records (PersonInputSchema without the unit id, which the service
 * resolves from `unitRef`). All problems are collected with the spreadsheet's row number (1-based,
 * counting title rows), column letter, header, field and a reason in Vietnamese and English. Nothing is
 * partial: either every row is valid, or the result is the list of problems.
 */
export const PersonImportSchema = PersonInputSchema.omit({ unitId: true, partyCellId: true });
export type ImportedPersonInput = z.output<typeof PersonImportSchema>;

export interface ImportedPerson {
  /** The spreadsheet row (1-based). */
  readonly rowNumber: number;
  readonly person: ImportedPersonInput;
  /** Unit code or name as written (or the file's default), resolved against the org tree by the service. */
  readonly unitRef: string;
  /** "Chức vụ" as written (the post is created by the service). */
  readonly position: string | null;
  /** The group heading above the row ("I. PHÒNG TỔ CHỨC"), if any. */
  readonly section: string | null;
}

export interface ImportIssue {
  /** Spreadsheet row (1-based), null for a file-level problem. */
  readonly row: number | null;
  readonly column: string | null;
  readonly header: string | null;
  readonly field: string | null;
  readonly value: string | null;
  readonly vi: string;
  readonly en: string;
}

export type ValidationResult =
  | { readonly ok: true; readonly rows: readonly ImportedPerson[] }
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

export interface ValidateOptions {
  /** The unit for rows without a "Đơn vị" value (chosen in the import dialog). */
  readonly defaultUnitRef?: string | null;
  /** The status for rows without a "Đối tượng" value. */
  readonly defaultStatus?: PersonStatus | null;
  /** Today as ISO date (dates of birth may not be later). */
  readonly today?: string;
}

type Reason = { vi: string; en: string };
const R = (vi: string, en: string): Reason => ({ vi, en });

export function fileIssue(reason: Reason): ImportIssue {
  return { row: null, column: null, header: null, field: null, value: null, ...reason };
}

/** Issues → AppError details (`row`, `field` as `rows.<row>.<field>`, message in the locale). */
export function issuesToErrorDetails(issues: readonly ImportIssue[], locale: Locale = 'vi'): ErrorDetail[] {
  return issues.map((i) => {
    const where =
      i.row === null
        ? ''
        : locale === 'vi'
          ? `Dòng ${i.row}${i.column ? `, cột ${i.column}` : ''}: `
          : `Row ${i.row}${i.column ? `, column ${i.column}` : ''}: `;
    return {
      ...(i.row === null ? {} : { row: i.row }),
      field: i.row === null ? 'file' : `rows.${i.row}.${i.field ?? i.column ?? ''}`,
      message: where + i[locale],
    };
  });
}

// ---------------------------------------------------------------- code lists

/** Cache a pure string function: real lists repeat the same units, posts, statuses and names a lot. */
function memo<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      v = fn(s);
      if (cache.size >= max) cache.clear();
      cache.set(s, v);
    }
    return v as T;
  };
}

const key = memo((s: string) =>
  foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim(),
);
const legacyOf = memo(detectLegacyEncoding);
const clean = memo(cleanText);
const compact = (s: string) => key(s).replace(/ /g, '');

const ETHNIC_BY_KEY = new Map<string, EthnicGroup>(ETHNIC_GROUPS.map((g) => [compact(g), g]));
ETHNIC_BY_KEY.set('khmer', 'Khơ-me');
ETHNIC_BY_KEY.set('mong', 'HMông');
ETHNIC_BY_KEY.set('hmong', 'HMông');
ETHNIC_BY_KEY.set('bruvankieu', 'Bru-Vân Kiều');
ETHNIC_BY_KEY.set('vankieu', 'Bru-Vân Kiều');

const STATUS: [string, PersonStatus][] = [
  ['can bo', 'cadre'],
  ['cb', 'cadre'],
  ['cong chuc', 'civil_servant'],
  ['cc', 'civil_servant'],
  ['vien chuc', 'public_employee'],
  ['vc', 'public_employee'],
  ['nguoi lao dong', 'worker'],
  ['nld', 'worker'],
  ['lao dong hop dong', 'worker'],
  ['hop dong', 'worker'],
  ['lao dong', 'worker'],
];

const EDUCATION: [string, EducationLevel][] = [
  ['chua qua dao tao', 'none'],
  ['so cap', 'so_cap'],
  ['trung cap', 'trung_cap'],
  ['cao dang', 'cao_dang'],
  ['dai hoc', 'dai_hoc'],
  ['cu nhan', 'dai_hoc'],
  ['ky su', 'dai_hoc'],
  ['bac si', 'dai_hoc'],
  ['duoc si', 'dai_hoc'],
  ['kien truc su', 'dai_hoc'],
  ['thac si', 'thac_si'],
  ['ths', 'thac_si'],
  ['tien si', 'tien_si'],
  ['ts', 'tien_si'],
];

const THEORY: [string, PoliticalTheoryLevel][] = [
  ['chua qua dao tao', 'none'],
  ['khong', 'none'],
  ['chua', 'none'],
  ['so cap', 'so_cap'],
  ['sc', 'so_cap'],
  ['trung cap', 'trung_cap'],
  ['tc', 'trung_cap'],
  ['cao cap', 'cao_cap'],
  ['cc', 'cao_cap'],
  ['cu nhan', 'cu_nhan'],
];

function byPrefix<T>(text: string, table: readonly [string, T][]): { code: T; rest: string } | null {
  const k = key(text);
  for (const [p, code] of table) {
    if (k === p || k.startsWith(`${p} `)) {
      const words = cleanText(text).split(' ');
      return {
        code,
        rest: words
          .slice(p.split(' ').length)
          .join(' ')
          .replace(/^[\s,;:-]+/, ''),
      };
    }
  }
  return null;
}

// ---------------------------------------------------------------- helpers

const cellText = (c: Cell | undefined): string => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c);

/** CCCD as text; a numeric cell lost its leading zeros (province codes 001–096), so 10–11 digits are padded. */
export function normalizeIdNumber(c: Cell): string | null {
  if (c === null) return null;
  if (typeof c === 'number') {
    const s = String(Math.round(c));
    return s.length >= 10 && s.length < 12 ? s.padStart(12, '0') : s;
  }
  const s = c.replace(/^'/, '').replace(/[\s.-]/g, '');
  return s === '' ? null : s;
}

function parseNumber(c: Cell): number | null | 'bad' {
  if (c === null) return null;
  if (typeof c === 'number') return c;
  const s = c.trim().replace(/\s/g, '');
  if (/^\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.'));
  return 'bad';
}

const FOOTER =
  /^(nguoi lap|thu truong|tong cong|tong so|xac nhan|ghi chu|ky ten|tm |kt |t l |chu tich|giam doc|bi thu)|ngay \d{1,2} thang \d{1,2} nam \d{4}/;
const SECTION = /^(?:[IVXLC]+|[A-ZĐ]|\d{1,2})[.)]\s*\S/u;

const ZOD_VI: Record<string, string> = {
  too_small: 'Không được để trống',
  too_big: 'Quá dài',
  invalid_value: 'Giá trị không hợp lệ',
  invalid_format: 'Sai định dạng',
  invalid_type: 'Sai kiểu dữ liệu',
};

// ---------------------------------------------------------------- validation

export function validateRows(
  rows: readonly Cell[][],
  detection: HeaderDetection | null,
  options: ValidateOptions = {},
): ValidationResult {
  if (rows.every((r) => r.every((c) => c === null))) {
    return { ok: false, errors: [fileIssue(R('Tệp trống, không có dữ liệu', 'The file is empty'))] };
  }
  if (!detection) {
    return {
      ok: false,
      errors: [
        fileIssue(
          R(
            'Không tìm thấy dòng tiêu đề cột (ví dụ "Họ và tên", "Ngày sinh")',
            'No column header row was found (e.g. "Họ và tên", "Ngày sinh")',
          ),
        ),
      ],
    };
  }
  const colOf = new Map<ImportField, ColumnMapping>();
  for (const c of detection.columns) if (c.field && !colOf.has(c.field)) colOf.set(c.field, c);
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
  if (fileErrors.length) return { ok: false, errors: fileErrors };

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const errors: ImportIssue[] = [];
  const out: ImportedPerson[] = [];
  const firstRowOfId = new Map<string, number>();
  const mapped = detection.columns.filter((c) => c.field && c.field !== 'stt');
  let section: string | null = null;

  for (let r = detection.dataStart; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const rowNumber = r + 1;
    const nonEmpty = row.filter((c) => c !== null);
    if (nonEmpty.length === 1 && typeof nonEmpty[0] === 'string' && SECTION.test(nonEmpty[0])) {
      section = nonEmpty[0];
      continue;
    }
    if (nonEmpty.length === 0 || mapped.every((c) => row[c.col] === null || row[c.col] === undefined)) continue;
    const firstText = key(cellText(nonEmpty[0]));
    const get0 = (f: ImportField): Cell => {
      const c = colOf.get(f);
      return c ? (row[c.col] ?? null) : null;
    };
    if (nonEmpty.length <= 3 && FOOTER.test(firstText) && get0('idNumber') === null) break;

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

    // Legacy encodings: refuse the row, naming the cell.
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
    if (legacy) continue;
    const before = errors.length;

    // Name
    let hoDem = '';
    let ten = '';
    const full = str('fullName');
    if (str('hoDem') !== null || str('ten') !== null) {
      hoDem = str('hoDem') ?? '';
      ten = str('ten') ?? '';
    } else if (full !== null) {
      const words = full.split(' ');
      if (words.length < 2)
        issue('fullName', R('Họ và tên cần có ít nhất hai từ (họ và tên)', 'The full name needs at least two words'));
      ten = words.pop() ?? '';
      hoDem = words.join(' ');
    } else {
      issue(colOf.has('fullName') ? 'fullName' : 'ten', R('Thiếu họ và tên', 'The name is missing'));
    }

    // Gender and date of birth (possibly written under "Nam"/"Nữ")
    let gender: 'male' | 'female' | null = null;
    const g = str('gender');
    if (g !== null) {
      const k = key(g);
      if (['nam', 'm', 'male', 'trai'].includes(k)) gender = 'male';
      else if (['nu', 'f', 'female', 'gai'].includes(k)) gender = 'female';
      else
        issue(
          'gender',
          R(`Giới tính "${g}" không hợp lệ (ghi "Nam" hoặc "Nữ")`, `Gender "${g}" is invalid (write "Nam" or "Nữ")`),
        );
    }
    let dobCell: Cell = get('dateOfBirth');
    let dobField: ImportField = 'dateOfBirth';
    const male = get('birthDateMale');
    const female = get('birthDateFemale');
    if (male !== null && female !== null) {
      issue('birthDateFemale', R('Ngày sinh ghi ở cả cột "Nam" và cột "Nữ"', 'The birth date is under both "Nam" and "Nữ"'));
    } else if (male !== null || female !== null) {
      const byCol = male !== null ? 'male' : 'female';
      if (gender && gender !== byCol)
        issue(
          'gender',
          R(
            'Giới tính khác với cột "Nam"/"Nữ" có ngày sinh',
            'The gender differs from the "Nam"/"Nữ" column holding the birth date',
          ),
        );
      gender = byCol;
      if (dobCell === null) {
        dobCell = male ?? female;
        dobField = male !== null ? 'birthDateMale' : 'birthDateFemale';
      }
    }
    if (gender === null && g === null)
      issue(colOf.has('gender') ? 'gender' : null, R('Thiếu giới tính', 'The gender is missing'));

    let dateOfBirth: string | null = null;
    let birthDatePrecision: 'day' | 'year' = 'day';
    const dob = parseDate(dobCell);
    if (dob === null) issue(dobField, R('Thiếu ngày sinh', 'The date of birth is missing'));
    else if (!dob.ok) issue(dobField, dob.reason);
    else if (dob.precision === 'month')
      issue(
        dobField,
        R('Ngày sinh cần ghi đủ ngày/tháng/năm, hoặc chỉ ghi năm', 'Write the full date of birth, or the year only'),
      );
    else if (dob.iso > today) issue(dobField, R('Ngày sinh ở tương lai', 'The date of birth is in the future'));
    else if (dob.iso < '1900-01-01') issue(dobField, R('Năm sinh trước 1900', 'The birth year is before 1900'));
    else {
      dateOfBirth = dob.iso;
      birthDatePrecision = dob.precision;
    }

    const fullDate = (f: ImportField, label: Reason): string | null => {
      const p: ParsedDate | null = parseDate(get(f));
      if (p === null) return null;
      if (!p.ok) issue(f, p.reason);
      else if (p.precision !== 'day')
        issue(f, R(`${label.vi} cần ghi đủ ngày/tháng/năm (dd/mm/yyyy)`, `${label.en} needs day, month and year (dd/mm/yyyy)`));
      else if (p.iso > today) issue(f, R(`${label.vi} ở tương lai`, `${label.en} is in the future`));
      else return p.iso;
      return null;
    };
    const partyJoinDate = fullDate('partyJoinDate', R('Ngày vào Đảng', 'The party join date'));
    const partyOfficialDate = fullDate('partyOfficialDate', R('Ngày chính thức', 'The official membership date'));
    if (partyJoinDate && partyOfficialDate && partyOfficialDate < partyJoinDate) {
      issue('partyOfficialDate', R('Ngày chính thức trước ngày vào Đảng', 'The official date is before the join date'));
    }
    if (partyJoinDate && dateOfBirth && partyJoinDate <= dateOfBirth) {
      issue('partyJoinDate', R('Ngày vào Đảng trước ngày sinh', 'The party join date is before the date of birth'));
    }

    // Code lists
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
    let status: PersonStatus | null = options.defaultStatus ?? null;
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
    } else if (!status)
      issue('status', R('Thiếu đối tượng (cán bộ/công chức/viên chức/người lao động)', 'The status is missing'));
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
    const numberOf = (f: ImportField, label: Reason): number | null => {
      const n = parseNumber(get(f));
      if (n === 'bad') {
        // "3/8" (bậc 3 trên 8) is how salary steps are often written
        const m = /^(\d{1,2})\s*\/\s*\d{1,2}$/.exec(str(f) ?? '');
        if (f === 'salaryStep' && m) return Number(m[1]);
        issue(f, R(`${label.vi} phải là số`, `${label.en} must be a number`));
        return null;
      }
      return n;
    };
    const salaryStep = numberOf('salaryStep', R('Bậc lương', 'The salary step'));
    const salaryCoefficient = numberOf('salaryCoefficient', R('Hệ số lương', 'The salary coefficient'));

    const idNumber = normalizeIdNumber(get('idNumber'));
    if (idNumber) {
      const first = firstRowOfId.get(idNumber);
      if (first !== undefined) {
        issue(
          'idNumber',
          R(`Số CCCD trùng với dòng ${first} trong cùng tệp`, `The ID number duplicates row ${first} of the same file`),
        );
      } else firstRowOfId.set(idNumber, rowNumber);
    }
    let phone = str('phone');
    const phoneCell = get('phone');
    if (typeof phoneCell === 'number' && phone && phone.length === 9) phone = `0${phone}`;
    const unitRef = str('unit') ?? options.defaultUnitRef ?? null;
    if (!unitRef) issue('unit', R('Thiếu đơn vị', 'The unit is missing'));
    if (errors.length > before) continue;

    const input = {
      hoDem,
      ten,
      otherNames: str('otherNames'),
      gender: gender ?? undefined,
      dateOfBirth: dateOfBirth ?? undefined,
      birthDatePrecision,
      birthplace: str('birthplace'),
      homeTown: str('homeTown'),
      ...(ethnicity ? { ethnicity } : {}),
      ...(str('religion') ? { religion: str('religion') } : {}),
      idNumber,
      phone,
      email: str('email')?.toLowerCase() ?? null,
      address: str('address'),
      status: status ?? undefined,
      educationLevel,
      educationMajor,
      politicalTheory,
      partyJoinDate,
      partyOfficialDate,
      civilServiceRank: str('civilServiceRank'),
      civilServiceRankCode: str('civilServiceRankCode'),
      salaryStep,
      salaryCoefficient,
    };
    const parsed = PersonImportSchema.safeParse(input);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const path = String(zi.path[0] ?? '');
        const f = (
          path === 'hoDem' || path === 'ten'
            ? colOf.has('fullName')
              ? 'fullName'
              : path
            : path === 'educationMajor'
              ? 'educationLevel'
              : path
        ) as ImportField;
        const vi =
          zi.code === 'custom' || /[àáạảãâăđèéêìíòóôơùúưỳý]/i.test(zi.message) ? zi.message : (ZOD_VI[zi.code] ?? zi.message);
        issue(colOf.has(f) ? f : null, R(vi, zi.message));
      }
      continue;
    }
    out.push({ rowNumber, person: parsed.data, unitRef, position: str('position'), section } as ImportedPerson);
  }

  if (errors.length) return { ok: false, errors };
  if (out.length === 0) {
    return {
      ok: false,
      errors: [
        fileIssue(R('Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào', 'The file has only the header row and no data rows')),
      ],
    };
  }
  return { ok: true, rows: out };
}
