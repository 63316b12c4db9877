import ExcelJS from 'exceljs';

/** Test fixtures for the units importer, built by code (no binary fixtures in the repository). */

export interface UnitFixtureRow {
  readonly code: string;
  readonly name: string;
  readonly shortName?: string | null;
  readonly kind?: string | null;
  readonly track?: string | null;
  readonly parent?: string | null;
  /** dd/mm/yyyy text, a Date (written as a date cell) or an Excel serial number. */
  readonly validFrom?: string | Date | number | null;
}

const HEADERS = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt', 'Loại đơn vị', 'Khối', 'Đơn vị cấp trên', 'Ngày thành lập'];

const values = (r: UnitFixtureRow, i: number) => [
  i + 1,
  r.code,
  r.name,
  r.shortName ?? null,
  r.kind ?? null,
  r.track ?? null,
  r.parent ?? null,
  r.validFrom ?? null,
];

/**
 * A units list as offices make it: two title rows, a blank row, a two-row header with "Thông tin đơn vị"
 * merged over "Mã đơn vị" | "Tên đơn vị" | "Tên viết tắt" (the other headers merged down over both
 * rows), a "(1) (2) …" numbering row, an STT column, and a signature block under the table.
 */
export async function unitsWorkbook(rows: readonly UnitFixtureRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cơ cấu tổ chức');
  ws.getCell('A1').value = 'UBND TỈNH THỬ NGHIỆM';
  ws.getCell('A2').value = 'DANH SÁCH CÁC CƠ QUAN, ĐƠN VỊ';
  ws.mergeCells('A2:H2');
  ws.getCell('A4').value = 'STT';
  ws.getCell('B4').value = 'Thông tin đơn vị';
  ws.mergeCells('B4:D4');
  ['Mã đơn vị', 'Tên đơn vị', 'Tên viết tắt'].forEach((h, i) => {
    ws.getCell(5, 2 + i).value = h;
  });
  HEADERS.slice(4).forEach((h, i) => {
    ws.getCell(4, 5 + i).value = h;
  });
  for (const c of ['A', 'E', 'F', 'G', 'H']) ws.mergeCells(`${c}4:${c}5`);
  ws.getRow(6).values = HEADERS.map((_, i) => `(${i + 1})`);
  rows.forEach((r, i) => {
    const row = ws.getRow(7 + i);
    row.values = values(r, i);
    if (r.validFrom instanceof Date) row.getCell(8).numFmt = 'dd/mm/yyyy';
  });
  const last = 7 + rows.length + 1;
  ws.getCell(`F${last}`).value = 'Thử Nghiệm, ngày 01 tháng 12 năm 2026';
  ws.getCell(`B${last + 1}`).value = 'Người lập biểu';
  ws.getCell(`F${last + 1}`).value = 'THỦ TRƯỞNG ĐƠN VỊ';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same list as a plain CSV (UTF-8 with BOM, `;` as Excel writes it in a Vietnamese locale). */
export function unitsCsv(rows: readonly UnitFixtureRow[], options: { header?: boolean } = {}): Buffer {
  const quote = (v: unknown) => {
    const s = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [...(options.header === false ? [] : [HEADERS]), ...rows.map(values)].map((r) => r.map(quote).join(';'));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]);
}
