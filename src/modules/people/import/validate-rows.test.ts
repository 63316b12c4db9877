import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../../platform/server/spreadsheet/detect-encoding.js';
import { detectHeader } from './detect-header.js';
import { messyOfficeWorkbook } from './fixtures-test-kit.js';
import { parsePeopleFile, validationError } from './import-people-file.js';
import type { Cell } from '../../../platform/server/spreadsheet/read-workbook.js';
import { issuesToErrorDetails, validateRows, type ImportIssue } from './validate-rows.js';

const TODAY = '2026-01-05';

function csv(lines: string[]): Buffer {
  return Buffer.from(lines.join('\n'), 'utf8');
}

function errorsOf(r: { ok: boolean; errors?: readonly ImportIssue[] }): readonly ImportIssue[] {
  expect(r.ok).toBe(false);
  return r.errors ?? [];
}

describe('the messy office workbook', () => {
  it('imports: title rows, merged two-row header, STT, section, serial dates, year under Nam/Nữ, NFD, formula, footer', async () => {
    const { detection, result } = await parsePeopleFile(await messyOfficeWorkbook(), 'ds.xlsx', { today: TODAY });
    expect(detection?.headerRow).toBe(3);
    expect(detection?.headerRowCount).toBe(2);
    expect(detection?.dataStart).toBe(6); // after the "(1) (2) …" row
    const fields = Object.fromEntries(detection?.columns.map((c) => [c.letter, c.field]) ?? []);
    expect(fields).toEqual({
      A: 'stt',
      B: 'fullName',
      C: 'birthDateMale',
      D: 'birthDateFemale',
      E: 'idNumber',
      F: 'position',
      G: 'unit',
      H: 'status',
      I: 'educationLevel',
    });
    expect(detection?.columns.find((c) => c.letter === 'D')?.header).toBe('Ngày sinh / Nữ');
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    expect(result.rows).toHaveLength(4);
    const [a, b, c, d] = result.rows;
    expect(a).toMatchObject({ rowNumber: 8, unitRef: 'SNV', position: 'Trưởng phòng', section: 'I. PHÒNG TỔ CHỨC' });
    expect(a?.person).toMatchObject({
      hoDem: 'Nguyễn Văn',
      ten: 'Ánh',
      gender: 'male',
      dateOfBirth: '1975-01-05',
      birthDatePrecision: 'day',
      idNumber: '001075012345',
      status: 'civil_servant',
      educationLevel: 'dai_hoc',
      educationMajor: 'Luật',
      ethnicity: 'Kinh',
      religion: 'Không',
    });
    expect(b?.person).toMatchObject({
      hoDem: 'Trần Thị',
      ten: 'Hoà',
      gender: 'female',
      dateOfBirth: '1980-02-29',
      idNumber: '038001012346',
      educationLevel: 'thac_si',
    });
    expect(b?.person.ten).toBe('Hoà'.normalize('NFC'));
    expect(c?.person).toMatchObject({
      dateOfBirth: '1968-01-01',
      birthDatePrecision: 'year',
      status: 'public_employee',
      gender: 'male',
    });
    expect(c?.position).toBe('Phó phòng');
    expect(d?.person).toMatchObject({ dateOfBirth: '1962-03-24', status: 'cadre', educationLevel: 'tien_si' });
    expect(d?.position).toBeNull();
  });

  it('refuses TCVN3 and VNI rows naming the cell, and duplicate ID numbers naming the first row', async () => {
    const buf = await messyOfficeWorkbook((ws) => {
      ws.getRow(12).values = [
        5,
        encodeTcvn3('Nguyễn Văn Bình'),
        '01/01/1990',
        null,
        '001090000005',
        'Chuyên viên',
        'SNV',
        'Công chức',
      ];
      ws.getRow(13).values = [
        6,
        'Hoàng Văn Cường',
        '01/01/1991',
        null,
        '001091000006',
        encodeVni('Chuyên viên chính'),
        'SNV',
        'Công chức',
      ];
      ws.getRow(14).values = [7, 'Vũ Văn Dũng', '01/01/1992', null, '001075012345', 'Chuyên viên', 'SNV', 'Công chức'];
      ws.getRow(15).values = [8, 'Đỗ Thị Em', null, '31/02/1993', '001075012345', 'Chuyên viên', 'SNV', 'Công chức'];
    });
    const { result } = await parsePeopleFile(buf, 'ds.xlsx', { today: TODAY });
    const errors = errorsOf(result);
    expect(errors.find((e) => e.row === 12)?.vi).toMatch(/^Ô B12 có vẻ gõ bằng bảng mã TCVN3 .*hãy chuyển sang Unicode$/);
    expect(errors.find((e) => e.row === 13)).toMatchObject({ column: 'F', header: 'Chức vụ', field: 'position' });
    expect(errors.find((e) => e.row === 13)?.vi).toMatch(/Ô F13 có vẻ gõ bằng bảng mã VNI/);
    expect(errors.find((e) => e.row === 14)).toMatchObject({
      column: 'E',
      field: 'idNumber',
      vi: 'Số CCCD trùng với dòng 8 trong cùng tệp',
    });
    const row15 = errors.filter((e) => e.row === 15);
    expect(row15.map((e) => e.vi)).toEqual(['Ngày 31/02/1993 không tồn tại', 'Số CCCD trùng với dòng 8 trong cùng tệp']);
    expect(row15[0]).toMatchObject({ column: 'D', header: 'Ngày sinh / Nữ', value: '31/02/1993' });
    const err = validationError(result as Extract<typeof result, { ok: false }>);
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.details[0]).toMatchObject({ row: 12 });
    expect(issuesToErrorDetails(errors, 'en')[0]?.message).toMatch(/^Row 12, column B: Cell B12 seems typed in the TCVN3/);
  });
});

describe('validateRows', () => {
  const header = [
    'STT',
    'Họ tên',
    'Giới tính',
    'Ngày sinh',
    'CCCD',
    'Đơn vị',
    'Loại cán bộ',
    'Dân tộc',
    'Lý luận chính trị',
    'Ngày vào Đảng',
    'Ngày chính thức',
    'Hệ số',
    'Bậc lương',
    'Email',
  ];
  const run = (...data: Cell[][]) => {
    const rows = [header, ...data];
    return validateRows(rows, detectHeader(rows), { today: TODAY });
  };

  it('converts code lists and numbers', () => {
    const r = run([
      1,
      'Y Bhin Niê',
      'Nam',
      '1/2/1985',
      '066085000001',
      'Xã Ea Tu',
      'CC',
      'Ê Đê',
      'Trung cấp LLCT',
      '03/02/2010',
      '03/02/2011',
      '2,34',
      '3/9',
      'A@Example.VN',
    ]);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.rows[0]?.person).toMatchObject({
      hoDem: 'Y Bhin',
      ten: 'Niê',
      ethnicity: 'Ê-đê',
      politicalTheory: 'trung_cap',
      partyJoinDate: '2010-02-03',
      partyOfficialDate: '2011-02-03',
      salaryCoefficient: 2.34,
      salaryStep: 3,
      email: 'a@example.vn',
    });
  });

  it('collects every error of every row with row, column, header, field and reasons', () => {
    const r = run(
      [1, 'Nguyễn', 'X', '15/13/1990', '12345', '', 'Giám đốc', 'Kinh'],
      [2, 'Lê Văn Tám', 'Nam', '2030', '001090000002', 'SNV', 'Công chức', 'Martian', 'Rất cao', '03/2010', null, 'abc'],
    );
    const errors = errorsOf(r);
    const at = (row: number) => errors.filter((e) => e.row === row).map((e) => `${e.column}:${e.field}`);
    expect(at(2)).toEqual(['B:fullName', 'C:gender', 'D:dateOfBirth', 'G:status', 'F:unit']);
    expect(at(3)).toEqual(['D:dateOfBirth', 'J:partyJoinDate', 'H:ethnicity', 'I:politicalTheory', 'L:salaryCoefficient']);
    for (const e of errors) {
      expect(e.vi).toBeTruthy();
      expect(e.en).toBeTruthy();
      expect(e.header).toBeTruthy();
    }
    expect(errors.find((e) => e.field === 'dateOfBirth' && e.row === 2)?.vi).toBe('Tháng 13 không tồn tại');
  });

  it('reports the ID-number format from the schema', () => {
    const errors = errorsOf(run([1, 'Lê Văn Tám', 'Nam', '1990', '12345', 'SNV', 'Công chức']));
    expect(errors).toEqual([
      expect.objectContaining({ row: 2, column: 'E', field: 'idNumber', vi: 'Số CCCD/định danh cá nhân gồm đúng 12 chữ số' }),
    ]);
  });

  it('empty file, header-only file and missing columns are file-level errors', async () => {
    expect(errorsOf(validateRows([], null))[0]?.vi).toBe('Tệp trống, không có dữ liệu');
    expect(errorsOf(validateRows([[null], []], null))[0]?.row).toBeNull();
    expect(errorsOf(run())[0]?.vi).toBe('Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào');
    expect(
      errorsOf(
        validateRows(
          [
            ['a', 'b'],
            ['c', 'd'],
          ],
          detectHeader([['a', 'b']]),
        ),
      )[0]?.vi,
    ).toMatch(/tiêu đề cột/);
    const { result } = await parsePeopleFile(csv(['Họ và tên;Ngày sinh']), 'x.csv');
    expect(errorsOf(result).map((e) => e.vi)).toEqual([
      expect.stringMatching(/Giới tính/),
      expect.stringMatching(/Đơn vị/),
      expect.stringMatching(/Đối tượng/),
    ]);
    const empty = await parsePeopleFile(Buffer.alloc(0), 'x.csv');
    expect(validationError(empty.result as Extract<typeof empty.result, { ok: false }>).code).toBe('IMPORT_EMPTY_FILE');
    const headerOnly = await parsePeopleFile(csv(['Họ và tên;Giới tính;Ngày sinh;Đơn vị;Đối tượng', '']), 'x.csv');
    expect(validationError(headerOnly.result as Extract<typeof headerOnly.result, { ok: false }>).code).toBe(
      'IMPORT_HEADER_ONLY',
    );
  });

  it('uses the file defaults, "Họ và đệm" + "Tên", and the user mapping', async () => {
    const file = csv(['Họ và đệm,Tên,Sinh,Phái', 'Nguyễn Văn,An,05/01/1975,Nam']);
    const first = await parsePeopleFile(file, 'x.csv', { defaultUnitRef: 'SNV', defaultStatus: 'civil_servant', today: TODAY });
    expect(errorsOf(first.result).map((e) => e.vi)).toEqual([
      expect.stringMatching(/Ngày sinh/),
      expect.stringMatching(/Giới tính/),
    ]);
    const { result } = await parsePeopleFile(file, 'x.csv', {
      mapping: { C: 'dateOfBirth', d: 'gender' },
      defaultUnitRef: 'SNV',
      defaultStatus: 'civil_servant',
      today: TODAY,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.rows[0]).toMatchObject({
      unitRef: 'SNV',
      person: { hoDem: 'Nguyễn Văn', ten: 'An', dateOfBirth: '1975-01-05', gender: 'male', status: 'civil_servant' },
    });
  });

  it('stores NFD input as NFC', async () => {
    const { result } = await parsePeopleFile(
      csv(['Họ và tên;Giới tính;Ngày sinh;Đơn vị;Đối tượng', 'Nguyễn Thị Thuỷ;Nữ;1975;Phòng Nội vụ;Viên chức'.normalize('NFD')]),
      'x.csv',
      { today: TODAY },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const p = result.rows[0];
    expect(p?.person.hoDem).toBe('Nguyễn Thị'.normalize('NFC'));
    expect(p?.person.ten).toBe('Thuỷ'.normalize('NFC'));
    expect(p?.unitRef).toBe('Phòng Nội vụ'.normalize('NFC'));
  });
});
