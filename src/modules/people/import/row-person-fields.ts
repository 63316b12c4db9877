import type { ImportField } from './detect-header.js';
import { key } from './code-lists.js';
import { R, type Reason } from '../../../platform/server/spreadsheet/import-issues.js';
import { parseDate, type ParsedDate } from '../../../platform/server/spreadsheet/parse-date.js';
import type { Cell } from '../../../platform/server/spreadsheet/read-workbook.js';
import type { RowReader } from './row-reader.js';

// Per-field converters for who the person is: name, gender, date of birth, party dates.

/** "Họ và đệm" + "Tên", or one "Họ và tên" split at its last word. */
export function readName(r: RowReader): { hoDem: string; ten: string } {
  const { str, issue, colOf } = r;
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
  return { hoDem, ten };
}

export interface BirthFields {
  gender: 'male' | 'female' | null;
  dateOfBirth: string | null;
  birthDatePrecision: 'day' | 'year';
}

/** Gender and date of birth (possibly written under "Nam"/"Nữ"). */
export function readGenderAndBirth(r: RowReader, today: string): BirthFields {
  const { get, str, issue, colOf } = r;
  let gender: 'male' | 'female' | null = null;
  const g = str('gender');
  if (g !== null) {
    const k = key(g);
    if (['nam', 'm', 'male', 'trai'].includes(k)) gender = 'male';
    else if (['nu', 'f', 'female', 'gai'].includes(k)) gender = 'female';
    else
      issue('gender', R(`Giới tính "${g}" không hợp lệ (ghi "Nam" hoặc "Nữ")`, `Gender "${g}" is invalid (write "Nam" or "Nữ")`));
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
  if (gender === null && g === null) issue(colOf.has('gender') ? 'gender' : null, R('Thiếu giới tính', 'The gender is missing'));

  let dateOfBirth: string | null = null;
  let birthDatePrecision: 'day' | 'year' = 'day';
  const dob = parseDate(dobCell);
  if (dob === null) issue(dobField, R('Thiếu ngày sinh', 'The date of birth is missing'));
  else if (!dob.ok) issue(dobField, dob.reason);
  else if (dob.precision === 'month')
    issue(dobField, R('Ngày sinh cần ghi đủ ngày/tháng/năm, hoặc chỉ ghi năm', 'Write the full date of birth, or the year only'));
  else if (dob.iso > today) issue(dobField, R('Ngày sinh ở tương lai', 'The date of birth is in the future'));
  else if (dob.iso < '1900-01-01') issue(dobField, R('Năm sinh trước 1900', 'The birth year is before 1900'));
  else {
    dateOfBirth = dob.iso;
    birthDatePrecision = dob.precision;
  }
  return { gender, dateOfBirth, birthDatePrecision };
}

/** A full past date (dd/mm/yyyy), or null with the problem reported. */
function fullDate(r: RowReader, f: ImportField, label: Reason, today: string): string | null {
  const { get, issue } = r;
  const p: ParsedDate | null = parseDate(get(f));
  if (p === null) return null;
  if (!p.ok) issue(f, p.reason);
  else if (p.precision !== 'day')
    issue(f, R(`${label.vi} cần ghi đủ ngày/tháng/năm (dd/mm/yyyy)`, `${label.en} needs day, month and year (dd/mm/yyyy)`));
  else if (p.iso > today) issue(f, R(`${label.vi} ở tương lai`, `${label.en} is in the future`));
  else return p.iso;
  return null;
}

export function readPartyDates(
  r: RowReader,
  dateOfBirth: string | null,
  today: string,
): { partyJoinDate: string | null; partyOfficialDate: string | null } {
  const { issue } = r;
  const partyJoinDate = fullDate(r, 'partyJoinDate', R('Ngày vào Đảng', 'The party join date'), today);
  const partyOfficialDate = fullDate(r, 'partyOfficialDate', R('Ngày chính thức', 'The official membership date'), today);
  if (partyJoinDate && partyOfficialDate && partyOfficialDate < partyJoinDate) {
    issue('partyOfficialDate', R('Ngày chính thức trước ngày vào Đảng', 'The official date is before the join date'));
  }
  if (partyJoinDate && dateOfBirth && partyJoinDate <= dateOfBirth) {
    issue('partyJoinDate', R('Ngày vào Đảng trước ngày sinh', 'The party join date is before the date of birth'));
  }
  return { partyJoinDate, partyOfficialDate };
}
