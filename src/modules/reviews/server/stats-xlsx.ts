import ExcelJS from 'exceljs';
import type { StatsReport } from './stats-report.js';

/**
 * The statistics report as .xlsx: the two-sided header of the issuing body (party: "ĐẢNG CỘNG SẢN VIỆT
 * NAM" underlined; state: the national name and motto), place and date, title, a two-line table header
 * frozen, counts as numbers (#,##0) and percentages as the exact text of the report ("25,00%", the same
 * as the PDF: a spreadsheet would round the binary fraction its own way), the denominator, the signature.
 */
const LEVEL_COLUMNS = 2; // count, percentage
const FIRST_LEVEL_COL = 4;
const BORDER = { style: 'thin' } as const;
const BOX = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const FONT = 'Times New Roman';

export async function renderStatsXlsx(r: StatsReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Merit';
  const last = FIRST_LEVEL_COL - 1 + r.levelHeaders.length * LEVEL_COLUMNS;
  const headerTop = 9;
  const ws = wb.addWorksheet('Báo cáo', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerTop + 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [{ width: 5 }, { width: 34 }, { width: 10 }, ...r.levelHeaders.flatMap(() => [{ width: 9 }, { width: 10 }])];
  const leftEnd = 3;
  const rightStart = 6;
  const put = (row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>, align = 'center') => {
    if (to > from) ws.mergeCells(row, from, row, to);
    const cell = ws.getCell(row, from);
    cell.value = text.normalize('NFC');
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: align as 'center', vertical: 'middle', wrapText: true };
  };
  // Header of the issuing body (rows 1–4).
  put(1, 1, leftEnd, (r.superior ?? '').toLocaleUpperCase('vi-VN'), {});
  put(2, 1, leftEnd, r.issuer.toLocaleUpperCase('vi-VN'), { bold: true });
  if (r.system === 'party') {
    // HD 36: a star under the body, then "Số …-BC/…" (no colon); "ĐẢNG CỘNG SẢN VIỆT NAM" underlined.
    put(3, 1, leftEnd, '*', {});
    put(4, 1, leftEnd, `Số ${r.number}`, {});
    put(1, rightStart, last, 'ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 13 });
  } else {
    // ND 30: "Số: …/BC-…"; the national name over the motto.
    put(4, 1, leftEnd, `Số: ${r.number}`, {});
    put(1, rightStart, last, 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
    put(2, rightStart, last, 'Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true, size: 13 });
  }
  put(4, rightStart, last, r.placeDate, { italic: true });
  ws.getRow(2).height = 32;
  put(6, 1, last, r.title, { bold: true, size: 14 });
  ws.getRow(6).height = 22;
  put(7, 1, last, r.subtitle, { italic: true });
  ws.getRow(7).height = 30;

  // Table header (two lines).
  const head = (row: number, from: number, to: number, text: string, rows = 1) => {
    ws.mergeCells(row, from, row + rows - 1, to);
    const cell = ws.getCell(row, from);
    cell.value = text;
    cell.font = { name: FONT, bold: true, size: 11 };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let rr = row; rr < row + rows; rr++) for (let c = from; c <= to; c++) ws.getCell(rr, c).border = BOX;
  };
  head(headerTop, 1, 1, 'STT', 2);
  head(headerTop, 2, 2, r.groupHeader, 2);
  head(headerTop, 3, 3, 'Tổng số', 2);
  r.levelHeaders.forEach((label, i) => {
    const col = FIRST_LEVEL_COL + i * LEVEL_COLUMNS;
    head(headerTop, col, col + 1, label);
    head(headerTop + 1, col, col, 'Số lượng');
    head(headerTop + 1, col + 1, col + 1, 'Tỷ lệ');
  });
  ws.getRow(headerTop).height = 45;

  let row = headerTop + 2;
  for (const l of r.body) {
    const values: (string | number)[] = [l.no, l.bold ? l.label.toLocaleUpperCase('vi-VN') : l.label, l.total];
    for (const [count, pct] of l.cells) values.push(count, pct);
    values.forEach((v, i) => {
      const cell = ws.getCell(row, i + 1);
      cell.value = typeof v === 'string' ? v.normalize('NFC') : v;
      cell.font = { name: FONT, size: 11, bold: l.bold };
      cell.border = BOX;
      cell.alignment = { horizontal: i === 1 ? 'left' : i === 0 ? 'center' : 'right', vertical: 'middle', wrapText: i === 1 };
      if (typeof v === 'number') cell.numFmt = '#,##0';
    });
    row++;
  }
  put(row + 1, 1, last, r.denominator, { italic: true }, 'left');
  put(row + 3, rightStart, last, r.signTitle, { bold: true });
  put(row + 4, rightStart, last, '(Ký, ghi rõ họ tên, đóng dấu)', { italic: true, size: 11 });
  put(row + 3, 1, leftEnd, 'Nơi nhận:', { bold: true, italic: true, size: 11 }, 'left');
  put(row + 4, 1, leftEnd, '- Như trên;\n- Lưu: VT.', { size: 11 }, 'left');
  ws.getRow(row + 4).height = 30;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
