import { documentHeader, type PdfNode } from '../../../platform/server/pdf/document-header.js';
import { normalizeStrings, pdfPrinter, resolveFonts } from '../../../platform/server/pdf/pdf-printer.js';
import type { StatsReport } from './stats-report.js';

/** A4 landscape (the table has 13 columns); margins 20 mm left, 15 mm others (ND 30 appendix I). */
const MM = 72 / 25.4;
const MARGINS = [20 * MM, 15 * MM, 15 * MM, 15 * MM];
const BODY_FONT_SIZE = 12;
const TABLE_FONT_SIZE = 9.5;

function table(r: StatsReport): PdfNode {
  const cell = (text: string | number, extra: Record<string, unknown> = {}) => ({
    text: typeof text === 'number' ? text.toLocaleString('vi-VN') : text,
    ...extra,
  });
  const h = (text: string, extra: Record<string, unknown> = {}) => cell(text, { bold: true, alignment: 'center', ...extra });
  const first = [
    h('STT', { rowSpan: 2 }),
    h(r.groupHeader, { rowSpan: 2 }),
    h('Tổng số', { rowSpan: 2 }),
    ...r.levelHeaders.flatMap((label) => [h(label, { colSpan: 2 }), {}]),
  ];
  const second = [{}, {}, {}, ...r.levelHeaders.flatMap(() => [h('SL'), h('Tỷ lệ')])];
  const body = r.body.map((l) => [
    cell(l.no, { alignment: 'center', bold: l.bold }),
    cell(l.bold ? l.label.toLocaleUpperCase('vi-VN') : l.label, { bold: l.bold }),
    cell(l.total, { alignment: 'right', bold: l.bold }),
    ...l.cells.flatMap(([count, pct]) => [
      cell(count, { alignment: 'right', bold: l.bold }),
      cell(pct, { alignment: 'right', bold: l.bold }),
    ]),
  ]);
  return {
    table: {
      headerRows: 2,
      widths: [22, '*', 40, ...r.levelHeaders.flatMap(() => [34, 44])],
      body: [first, second, ...body],
    },
    fontSize: TABLE_FONT_SIZE,
    margin: [0, 6, 0, 6],
  };
}

export function buildStatsPdf(r: StatsReport): Record<string, unknown> {
  const header = documentHeader({
    system: r.system,
    superior: r.superior,
    issuer: r.issuer,
    number: r.number,
    place: r.place,
    date: r.date,
  });
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    defaultStyle: { fontSize: BODY_FONT_SIZE },
    content: [
      header,
      { text: r.title, bold: true, alignment: 'center', fontSize: 14, margin: [0, 4, 0, 2] },
      { text: r.subtitle, italics: true, alignment: 'center', fontSize: 11, margin: [0, 0, 0, 6] },
      table(r),
      { text: r.denominator, italics: true, fontSize: 11 },
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 11 },
              { text: '- Như trên;\n- Lưu: VT.', fontSize: 10 },
            ],
          },
          {
            width: '45%',
            alignment: 'center',
            stack: [
              { text: r.signTitle, bold: true },
              { text: '(Ký, ghi rõ họ tên, đóng dấu)', italics: true, fontSize: 11 },
            ],
          },
        ],
        margin: [0, 14, 0, 0],
        unbreakable: true,
      },
    ],
  };
}

export async function renderStatsPdf(r: StatsReport): Promise<Buffer> {
  const fonts = resolveFonts();
  const doc = normalizeStrings(buildStatsPdf(r));
  return pdfPrinter(fonts)
    .createPdf({ ...doc, defaultStyle: { ...(doc.defaultStyle as object), font: fonts.family } })
    .getBuffer();
}
