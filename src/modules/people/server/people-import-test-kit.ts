// Workbooks for the people import's route tests (a test kit: not part of the build).
import ExcelJS from 'exceljs';

export interface Row {
  name: string;
  male: boolean;
  /** dd/mm/yyyy text, or a Date written as a date cell (an Excel serial). */
  dob: string | Date;
  idNumber: string;
  unit: string;
}

/** A workbook as offices make it: title rows, a two-row header with "Ngày sinh" merged over Nam | Nữ, an STT column. */
export async function officeWorkbook(rows: readonly Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.getCell('A1').value = 'UBND TỈNH THỬ NGHIỆM';
  ws.getCell('A2').value = 'DANH SÁCH CÁN BỘ, CÔNG CHỨC';
  ws.mergeCells('A2:G2');
  ['STT', 'Họ và tên', 'Ngày sinh', null, 'Số CCCD', 'Đơn vị', 'Đối tượng'].forEach((v, i) => {
    if (v) ws.getCell(4, i + 1).value = v;
  });
  ws.getCell('C5').value = 'Nam';
  ws.getCell('D5').value = 'Nữ';
  for (const c of ['A', 'B', 'E', 'F', 'G']) ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells('C4:D4');
  rows.forEach((r, i) => {
    const row = ws.getRow(6 + i);
    row.values = [i + 1, r.name, r.male ? r.dob : null, r.male ? null : r.dob, r.idNumber, r.unit, 'Công chức'];
    if (r.dob instanceof Date) row.getCell(r.male ? 3 : 4).numFmt = 'dd/mm/yyyy';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A plain one-row-header workbook. */
export async function flatWorkbook(header: readonly string[], rows: readonly (readonly (string | null)[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow([...header]);
  for (const r of rows) ws.addRow([...r]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type Refusal = { error: { code: string; message: string; details: { row?: number; field?: string; message: string }[] } };
