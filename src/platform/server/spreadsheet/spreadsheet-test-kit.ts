import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

/** Test fixtures built by code (no binary fixtures in the repository). */

/** A minimal zip writer; `declare` lets a test lie about sizes. */
export function buildZip(entries: { name: string; data: Buffer; deflate?: boolean; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.deflate === false ? e.data : deflateRawSync(e.data);
    const method = e.deflate === false ? 0 : 8;
    const size = e.declaredSize ?? e.data.length;
    const loc = Buffer.alloc(30);
    loc.writeUInt32LE(0x04034b50, 0);
    loc.writeUInt16LE(20, 4);
    loc.writeUInt16LE(method, 8);
    loc.writeUInt32LE(body.length, 18);
    loc.writeUInt32LE(size, 22);
    loc.writeUInt16LE(name.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0);
    cen.writeUInt16LE(20, 4);
    cen.writeUInt16LE(20, 6);
    cen.writeUInt16LE(method, 10);
    cen.writeUInt32LE(body.length, 20);
    cen.writeUInt32LE(size, 24);
    cen.writeUInt16LE(name.length, 28);
    cen.writeUInt32LE(offset, 42);
    locals.push(loc, name, body);
    centrals.push(cen, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const INJECTION = "=cmd|' /C calc'!A0";

/**
 * A workbook as real offices make it: two title rows, a blank row, a two-row header with "Ngày sinh"
 * merged over "Nam" | "Nữ", an STT column, a "(1) (2) …" numbering row, a section heading, a serial date,
 * a year only, NFD text, stray spaces, a formula cell and a signature footer.
 */
export async function messyOfficeWorkbook(extra: (ws: ExcelJS.Worksheet) => void = () => {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS CBCC');
  ws.getCell('A1').value = 'UBND TỈNH HƯNG YÊN';
  ws.getCell('A2').value = 'DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2025';
  ws.mergeCells('A2:I2');
  // header rows 4–5
  const top = ['STT', 'Họ và tên', 'Ngày sinh', null, 'Số CCCD', 'Chức vụ', 'Đơn vị', 'Đối tượng', 'Trình độ chuyên môn'];
  top.forEach((v, i) => {
    if (v) ws.getCell(4, i + 1).value = v;
  });
  ws.getCell('C5').value = 'Nam';
  ws.getCell('D5').value = 'Nữ';
  for (const c of ['A', 'B', 'E', 'F', 'G', 'H', 'I']) ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells('C4:D4');
  ws.getRow(6).values = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'];
  ws.getCell('A7').value = 'I. PHÒNG TỔ CHỨC';
  ws.mergeCells('A7:I7');
  ws.getRow(8).values = [
    1,
    '  Nguyễn   Văn Ánh ',
    '05/01/1975',
    null,
    '001075012345',
    'Trưởng phòng',
    'SNV',
    'Công chức',
    'Đại học Luật',
  ];
  const serial = new Date(Date.UTC(1980, 1, 29)); // a date cell
  ws.getRow(9).values = [
    2,
    'Trần Thị Hoà'.normalize('NFD'),
    null,
    serial,
    38001012346,
    'Chuyên viên',
    'SNV',
    'công chức',
    'Thạc sĩ Quản lý công',
  ];
  ws.getCell('D9').numFmt = 'dd/mm/yyyy';
  ws.getRow(10).values = [
    3,
    'Lê Đức Thọ',
    1968,
    null,
    '001068000001',
    { formula: INJECTION, result: 'Phó phòng' },
    'SNV',
    'Viên chức',
    null,
  ];
  ws.getRow(11).values = [4, 'Phạm Minh Chính', 22729, null, null, { formula: 'A1&"x"' }, 'SNV', 'Cán bộ', 'Tiến sĩ'];
  extra(ws);
  const last = ws.rowCount + 2;
  ws.getCell(`F${last}`).value = 'Hưng Yên, ngày 05 tháng 01 năm 2026';
  ws.getCell(`B${last + 1}`).value = 'Người lập biểu';
  ws.getCell(`F${last + 1}`).value = 'THỦ TRƯỞNG ĐƠN VỊ';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A minimal but valid .xlsx (inline strings, numbers) written directly: fast for very large test files. */
export function minimalXlsx(rows: readonly (readonly (string | number | null)[])[]): Buffer {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  rows.forEach((row, r) => {
    parts.push(`<row r="${r + 1}">`);
    row.forEach((v, c) => {
      if (v === null) return;
      let col = '';
      for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
      parts.push(
        typeof v === 'number'
          ? `<c r="${col}${r + 1}"><v>${v}</v></c>`
          : `<c r="${col}${r + 1}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`,
      );
    });
    parts.push('</row>');
  });
  parts.push('</sheetData></worksheet>');
  const x = (s: string) => Buffer.from(s, 'utf8');
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: x(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: x(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: x(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: x(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/sharedStrings.xml',
      data: x(
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: x(parts.join('')) },
  ]);
}
