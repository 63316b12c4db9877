import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/app-error.js';
import { buildZip, INJECTION, messyOfficeWorkbook } from './spreadsheet-test-kit.js';
import { detectDelimiter, parseCsv, readCsv, readWorkbook } from './read-workbook.js';

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected a refusal');
}

describe('readWorkbook: refusing bad files', () => {
  it('refuses a PDF disguised as .xlsx', async () => {
    const e = await refusal(readWorkbook(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'danh-sach.xlsx'));
    expect(e.code).toBe('IMPORT_FILE_TYPE');
    expect(e.details[0]?.message).toMatch(/PDF được đổi đuôi/);
  });

  it('refuses a text file renamed .xlsx, an .xls, and an xlsx renamed .csv', async () => {
    expect((await refusal(readWorkbook(Buffer.from('Họ và tên;Ngày sinh\n'), 'a.xlsx'))).code).toBe('IMPORT_FILE_TYPE');
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await refusal(readWorkbook(xls, 'a.xlsx'))).details[0]?.message).toMatch(/97-2003/);
    expect((await refusal(readWorkbook(await messyOfficeWorkbook(), 'a.csv'))).code).toBe('IMPORT_FILE_TYPE');
    expect((await refusal(readWorkbook(Buffer.from('x'), 'a.exe'))).code).toBe('IMPORT_FILE_TYPE');
  });

  it('refuses a 50 MB file before reading it', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x41);
    big.write('PK\x03\x04', 0, 'latin1');
    const e = await refusal(readWorkbook(big, 'lon.xlsx'));
    expect(e.code).toBe('IMPORT_FILE_TOO_LARGE');
    expect(e.details[0]?.message).toMatch(/50\.0 MB vượt giới hạn 20 MB/);
    const csv = await refusal(readWorkbook(Buffer.alloc(50 * 1024 * 1024, 0x41), 'lon.csv'));
    expect(csv.code).toBe('IMPORT_FILE_TOO_LARGE');
    expect(csv.details[0]?.message).toMatch(/50\.0 MB vượt giới hạn 40 MB/);
  });

  it('refuses zip bombs: a huge ratio, a huge declared size, a lying header', async () => {
    const zeros = Buffer.alloc(40 * 1024 * 1024);
    const ratio = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    expect(ratio.length).toBeLessThan(100_000);
    expect((await refusal(readWorkbook(ratio, 'bom.xlsx'))).code).toBe('IMPORT_FILE_UNSAFE');

    const declared = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declaredSize: 0xfffffffe }]);
    expect((await refusal(readWorkbook(declared, 'bom.xlsx'))).code).toBe('IMPORT_FILE_UNSAFE');

    const lying = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5 * 1024 * 1024), declaredSize: 1000 }]);
    expect((await refusal(readWorkbook(lying, 'bom.xlsx'))).code).toBe('IMPORT_FILE_UNSAFE');

    const many = buildZip(Array.from({ length: 3000 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('a') })));
    expect((await refusal(readWorkbook(many, 'bom.xlsx'))).code).toBe('IMPORT_FILE_UNSAFE');
  });

  it('refuses a damaged zip', async () => {
    const good = await messyOfficeWorkbook();
    const cut = good.subarray(0, Math.floor(good.length / 2));
    expect((await refusal(readWorkbook(cut, 'hong.xlsx'))).code).toBe('IMPORT_FILE_CORRUPT');
  });
});

describe('readWorkbook: xlsx cells', () => {
  it('reads a messy office workbook: merges, NFC, dates as ISO, formulas only as their cached result', async () => {
    const sheet = await readWorkbook(await messyOfficeWorkbook(), 'ds.xlsx');
    expect(sheet.kind).toBe('xlsx');
    expect(sheet.sheetName).toBe('DS CBCC');
    expect(sheet.rows[0]).toEqual(['UBND TỈNH HƯNG YÊN']);
    expect(sheet.rows[3]?.[1]).toBe('Họ và tên');
    expect(sheet.merges).toContainEqual({ top: 3, left: 2, bottom: 3, right: 3 });
    expect(sheet.rows[7]?.[1]).toBe('Nguyễn   Văn Ánh'); // trimmed; inner spaces are folded later
    const hoa = sheet.rows[8]?.[1] as string;
    expect(hoa).toBe('Trần Thị Hoà'.normalize('NFC'));
    expect(hoa.normalize('NFC')).toBe(hoa);
    expect(sheet.rows[8]?.[3]).toBe('1980-02-29');
    expect(sheet.rows[8]?.[4]).toBe(38001012346);
    expect(sheet.rows[9]?.[5]).toBe('Phó phòng'); // the formula's cached result, never the formula
    expect(sheet.rows[10]?.[5]).toBeNull(); // a formula without a cached result yields nothing
    expect(sheet.rows[10]?.[2]).toBe(22729); // serial numbers stay numbers for the date parser
    const all = sheet.rows.flat().map(String);
    expect(all.some((v) => v.includes('cmd|'))).toBe(false);
  });

  it('keeps a text cell that looks like a formula as text, never evaluated', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = INJECTION;
    const sheet = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'f.xlsx');
    expect(sheet.rows[0]).toEqual([INJECTION]);
  });
});

describe('readCsv', () => {
  const rows = [
    ['Họ và tên', 'Ngày sinh', 'Ghi chú'],
    ['Nguyễn Văn Ánh', '05/01/1975', 'dòng 1\ndòng 2; có "ngoặc"'],
  ];
  const encode = (sep: string) =>
    rows.map((r) => r.map((c) => (/[\n";,\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(sep)).join('\r\n');

  it('reads UTF-8 with and without BOM, and UTF-16LE with BOM, with any of , ; tab', () => {
    for (const sep of [',', ';', '\t']) {
      const text = encode(sep);
      expect(detectDelimiter(text)).toBe(sep);
      const variants = [
        Buffer.from(text, 'utf8'),
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      ];
      for (const buf of variants) expect(readCsv(buf).rows).toEqual(rows);
    }
  });

  it('stores NFD input as NFC and drops empty trailing cells', () => {
    const out = readCsv(Buffer.from('Họ và tên,Ngày sinh,,\n Lê Thị Thuỷ ,1975,,\n'.normalize('NFD'))).rows;
    expect(out).toEqual([
      ['Họ và tên', 'Ngày sinh'],
      ['Lê Thị Thuỷ', '1975'],
    ]);
  });

  it('refuses a file in a legacy code page', () => {
    const cp1258ish = Buffer.from([0x4e, 0x67, 0x75, 0x79, 0xd2, 0x6e, 0x3b, 0x31, 0x0a, 0xff, 0xfe, 0x41]);
    expect(() => readCsv(cp1258ish.subarray(0, 9))).toThrow(/UTF-8|UTF-16/);
  });

  it('parses quotes, doubled quotes and embedded newlines', () => {
    expect(parseCsv('a,"b ""x"" c","d\r\ne"\n1,2,3', ',')).toEqual([
      ['a', 'b "x" c', 'd\r\ne'],
      ['1', '2', '3'],
    ]);
  });

  it('an empty file gives no rows', () => {
    expect(readCsv(Buffer.alloc(0)).rows).toEqual([]);
    expect(readCsv(Buffer.from([0xef, 0xbb, 0xbf])).rows).toEqual([]);
  });
});
