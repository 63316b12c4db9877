import { describe, expect, it } from 'vitest';
import { buildErrorsWorkbook } from './errors-workbook.js';
import { readCsv, readWorkbook } from './read-workbook.js';
import { guardZip } from './zip-guard.js';
import { CSV_SEPARATOR, isFormulaLike, writeListCsv, writeListXlsx, type ListColumn } from './write-list.js';

interface P {
  name: string;
  dob: string;
  coef: number;
  note: string;
}
const INJECTION = "=cmd|' /C calc'!A0";
const rows: P[] = [
  { name: 'Nguyễn Văn Ánh', dob: '1975-01-05', coef: 2.34, note: INJECTION },
  { name: 'Trần Thị Hoà'.normalize('NFD'), dob: '1980-02-29', coef: 4.4, note: '+84 912 345 678' },
  { name: 'Lê "Tư"; Phó', dob: '1968-12-31', coef: 1234.5, note: '@SUM(A1)\nhai dòng' },
];
const columns: ListColumn<P>[] = [
  { header: 'Họ và tên', value: (p) => p.name },
  { header: 'Ngày sinh', type: 'date', value: (p) => p.dob },
  { header: 'Hệ số lương', type: 'decimal', value: (p) => p.coef },
  { header: 'Ghi chú', value: (p) => p.note },
];

function sheetXml(buf: Buffer): string {
  let xml = '';
  guardZip(buf, undefined, (name, data) => {
    if (name === 'xl/worksheets/sheet1.xml') xml = data.toString('utf8');
  });
  return xml;
}

describe('writeListXlsx', () => {
  it('writes title, bold frozen header, real dates and numbers, and text never as a formula', async () => {
    const buf = await writeListXlsx({
      title: 'DANH SÁCH CÁN BỘ',
      subtitle: 'Đơn vị: Sở Nội vụ',
      columns,
      rows,
      sheetName: 'Danh sách',
    });
    const xml = sheetXml(buf);
    expect(xml).not.toMatch(/<f>|<f /);
    expect(xml).toMatch(/<pane [^>]*ySplit="4"[^>]*state="frozen"/);
    expect(xml).toMatch(/<mergeCell ref="A1:D1"\/>/);
    const sheet = await readWorkbook(buf, 'x.xlsx');
    expect(sheet.sheetName).toBe('Danh sách');
    expect(sheet.rows[0]).toEqual(['DANH SÁCH CÁN BỘ']);
    expect(sheet.rows[3]).toEqual(['Họ và tên', 'Ngày sinh', 'Hệ số lương', 'Ghi chú']);
    expect(sheet.rows[4]).toEqual(['Nguyễn Văn Ánh', '1975-01-05', 2.34, INJECTION]);
    expect(sheet.rows[5]?.[0]).toBe('Trần Thị Hoà'.normalize('NFC'));
    expect(sheet.rows[5]?.[1]).toBe('1980-02-29');
    expect(sheet.rows[6]?.[2]).toBe(1234.5);
  });

  it('writes the errors workbook', async () => {
    const buf = await buildErrorsWorkbook(
      [
        {
          row: 12,
          column: 'B',
          header: 'Họ và tên',
          field: 'fullName',
          value: 'NguyÔn',
          vi: 'Ô B12 có vẻ gõ bằng bảng mã TCVN3',
          en: 'Cell B12 …',
        },
      ],
      { fileName: 'ds.xlsx' },
    );
    const sheet = await readWorkbook(buf, 'e.xlsx');
    expect(sheet.rows[3]).toEqual(['Dòng', 'Cột', 'Tiêu đề cột', 'Giá trị', 'Lỗi']);
    expect(sheet.rows[4]).toEqual([12, 'B', 'Họ và tên', 'NguyÔn', 'Ô B12 có vẻ gõ bằng bảng mã TCVN3']);
  });
});

describe('writeListCsv', () => {
  it('writes UTF-8 with BOM, ";", decimal comma, dd/mm/yyyy, and neutralizes formulas', () => {
    const buf = writeListCsv({ columns, rows });
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(CSV_SEPARATOR).toBe(';');
    const text = buf.toString('utf8').slice(1);
    expect(text.split('\r\n')[1]).toBe(`Nguyễn Văn Ánh;05/01/1975;2,34;'${INJECTION}`);
    const back = readCsv(buf).rows;
    expect(back[2]).toEqual(['Trần Thị Hoà'.normalize('NFC'), '29/02/1980', '4,4', "'+84 912 345 678"]);
    expect(back[3]).toEqual(['Lê "Tư"; Phó', '31/12/1968', '1234,5', "'@SUM(A1)\nhai dòng"]);
    for (const line of back.slice(1)) for (const cell of line) expect(isFormulaLike(String(cell))).toBe(false);
  });

  it('neutralizes every formula-like start', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const out = writeListCsv({ columns: [{ header: 'x', value: (v: string) => v }], rows: [`${start}1+1`] }).toString('utf8');
      expect(out.split('\r\n')[1]?.replace(/^"/, '').startsWith("'")).toBe(true);
    }
  });
});
