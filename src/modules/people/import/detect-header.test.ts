import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMapping, detectHeader, matchHeader } from './detect-header.js';

describe('matchHeader', () => {
  it('maps Vietnamese headers tolerant of diacritics, case, spaces and punctuation', () => {
    const cases: [string, string][] = [
      ['Họ và tên', 'fullName'],
      ['HỌ TÊN', 'fullName'],
      ['ho  va ten:', 'fullName'],
      ['Họ và đệm', 'hoDem'],
      ['Tên', 'ten'],
      ['Ngày sinh', 'dateOfBirth'],
      ['Ngày, tháng, năm sinh', 'dateOfBirth'],
      ['Nam', 'birthDateMale'],
      ['Nữ', 'birthDateFemale'],
      ['Giới tính', 'gender'],
      ['Số CCCD', 'idNumber'],
      ['CCCD', 'idNumber'],
      ['Số định danh cá nhân', 'idNumber'],
      ['Chức vụ', 'position'],
      ['Đơn vị', 'unit'],
      ['Dân tộc', 'ethnicity'],
      ['Tôn giáo', 'religion'],
      ['Quê quán', 'homeTown'],
      ['Nơi sinh', 'birthplace'],
      ['Trình độ chuyên môn', 'educationLevel'],
      ['Lý luận chính trị', 'politicalTheory'],
      ['Ngày vào Đảng', 'partyJoinDate'],
      ['Ngày chính thức', 'partyOfficialDate'],
      ['Ngạch', 'civilServiceRank'],
      ['Bậc lương', 'salaryStep'],
      ['Hệ số', 'salaryCoefficient'],
      ['Điện thoại', 'phone'],
      ['Email', 'email'],
      ['Đối tượng', 'status'],
      ['Loại cán bộ', 'status'],
      ['STT', 'stt'],
      ['Số CCCD (12 số)', 'idNumber'],
      ['Đơn vị công tác hiện nay', 'unit'],
    ];
    for (const [h, f] of cases) expect(matchHeader(h)?.field, h).toBe(f);
    expect(matchHeader('Ghi chú')).toBeNull();
    expect(matchHeader('DANH SÁCH CÁN BỘ')).toBeNull();
  });

  it('property: case, NFD and extra spaces never change the match', () => {
    const headers = [
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Số CCCD',
      'Chức vụ',
      'Đơn vị',
      'Dân tộc',
      'Lý luận chính trị',
      'Ngày vào Đảng',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...headers), fc.boolean(), fc.boolean(), fc.nat(3), (h, upper, nfd, spaces) => {
        let v = upper ? h.toUpperCase() : h.toLowerCase();
        if (nfd) v = v.normalize('NFD');
        v = ' '.repeat(spaces) + v.replace(/ /g, ' '.repeat(spaces + 1)) + ' '.repeat(spaces);
        expect(matchHeader(v)?.field).toBe(matchHeader(h)?.field);
      }),
    );
  });
});

describe('detectHeader', () => {
  it('finds the header below title rows and skips the column-number row', () => {
    const rows = [
      ['ĐẢNG BỘ TỈNH HƯNG YÊN'],
      ['DANH SÁCH ĐẢNG VIÊN'],
      [],
      ['TT', 'Họ tên', 'Năm sinh', 'Giới tính', 'Đơn vị', 'Ghi chú'],
      ['1', '2', '3', '4', '5', '6'],
      [1, 'Nguyễn Văn A', 1970, 'Nam', 'Chi bộ 1'],
    ];
    const d = detectHeader(rows);
    expect(d).toMatchObject({ headerRow: 3, headerRowCount: 1, dataStart: 5 });
    expect(d?.columns.map((c) => c.field)).toEqual(['stt', 'fullName', 'dateOfBirth', 'gender', 'unit', null]);
  });

  it('reads a two-row header without merge information (CSV)', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Ngày sinh', '', 'Đơn vị'],
      ['', '', 'Nam', 'Nữ', ''],
      [1, 'Lê Thị B', '', 1980, 'X'],
    ];
    const d = detectHeader(rows);
    expect(d?.headerRowCount).toBe(2);
    expect(d?.columns.map((c) => [c.letter, c.field, c.header])).toEqual([
      ['A', 'stt', 'STT'],
      ['B', 'fullName', 'Họ và tên'],
      ['C', 'birthDateMale', 'Ngày sinh / Nam'],
      ['D', 'birthDateFemale', 'Ngày sinh / Nữ'],
      ['E', 'unit', 'Đơn vị'],
    ]);
  });

  it('returns null without a header, and a user mapping overrides the proposal', () => {
    expect(
      detectHeader([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBeNull();
    const d = detectHeader([
      ['Họ và tên', 'Ngày sinh', 'Cột lạ'],
      ['A B', '1970', 'Nam'],
    ]);
    if (!d) throw new Error('no header');
    const m = applyMapping(d, { C: 'gender', b: null, D: 'unit' });
    expect(m.columns.map((c) => [c.letter, c.field])).toEqual([
      ['A', 'fullName'],
      ['B', null],
      ['C', 'gender'],
      ['D', 'unit'],
    ]);
    expect(applyMapping(d, { C: 'fullName' }).columns.map((c) => c.field)).toEqual([null, 'dateOfBirth', 'fullName']);
  });
});
