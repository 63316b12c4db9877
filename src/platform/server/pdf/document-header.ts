/**
 * The header blocks of Vietnamese official documents for pdfmake (DOMAIN §7.2), shared by every
 * module that prints one:
 * - party documents, HD 36-HD/VPTW (2018): top left the issuing body (its superior committee in capitals
 *   over the body in bold capitals), a star "*", then "Số 12-BB/ĐU" (no colon); top right
 *   "ĐẢNG CỘNG SẢN VIỆT NAM" underlined; no national motto;
 * - state documents, ND 30/2020/NĐ-CP: top left the governing body over the issuing body in bold with a
 *   short line under it, then "Số: 12/BB-UBND"; top right the national name and the motto with a line
 *   under it.
 * Both put the place and date in italics under the right-hand block.
 */
export type PdfNode = string | { [key: string]: unknown };

export type DocumentSystem = 'party' | 'state';

export interface DocumentHeader {
  readonly system: DocumentSystem;
  /** The superior body (cơ quan cấp trên / chủ quản), printed in capitals; may be absent. */
  readonly superior: string | null;
  /** The issuing body, printed in bold capitals. */
  readonly issuer: string;
  /** The number line without "Số", e.g. "…-BB/…" (left blank to be filled in by hand). */
  readonly number: string;
  /** Place name for the date line, e.g. "Hưng Yên"; null prints a blank. */
  readonly place: string | null;
  /** ISO date (yyyy-mm-dd) of the document; null prints blanks. */
  readonly date: string | null;
}

/** HD 36 / ND 30: headings in capitals, size 13 (party heading 15) [U for sizes]. */
const HEADER_FONT_SIZE = 13;
const PARTY_HEADING_FONT_SIZE = 14;
const BLANK_DATE = 'ngày …… tháng …… năm ……';
const upper = (s: string) => s.trim().toLocaleUpperCase('vi-VN');

/**
 * "ngày 05 tháng 01 năm 2026" (ND 30/2020, HD 36: days 1–9 and months 1–2 take a leading zero, other
 * months do not: "tháng 3", "tháng 12"); null for anything but a full ISO date.
 */
export function formalDate(iso: string | null): string | null {
  const m = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const [, year, month, day] = m;
  const monthNumber = Number(month);
  return `ngày ${day} tháng ${monthNumber <= 2 ? month : String(monthNumber)} năm ${year}`;
}

/** "Hưng Yên, ngày 22 tháng 11 năm 2026", with blanks for what is unknown. */
export function placeDateLine(place: string | null, iso: string | null): string {
  return `${place?.trim() || '……………'}, ${formalDate(iso) ?? BLANK_DATE}`;
}

/** A centred horizontal line `width` points long (pdfmake does not align canvases: centre it in columns). */
function rule(width: number): PdfNode {
  const line = { width, canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }] };
  return { columns: [{ width: '*', text: '' }, line, { width: '*', text: '' }], margin: [0, 1, 0, 3] };
}

function leftBlock(h: DocumentHeader): PdfNode {
  const lines: PdfNode[] = [];
  if (h.superior) lines.push({ text: upper(h.superior) });
  lines.push({ text: upper(h.issuer), bold: true });
  if (h.system === 'party') {
    lines.push({ text: '*', margin: [0, 1, 0, 1] }, { text: `Số ${h.number}` });
  } else {
    lines.push(rule(60), { text: `Số: ${h.number}` });
  }
  return { width: '42%', stack: lines, alignment: 'center', fontSize: HEADER_FONT_SIZE - 2 };
}

function rightBlock(h: DocumentHeader): PdfNode {
  const heading: PdfNode[] =
    h.system === 'party'
      ? [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, decoration: 'underline', fontSize: PARTY_HEADING_FONT_SIZE }]
      : [
          { text: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: HEADER_FONT_SIZE - 2 },
          { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: HEADER_FONT_SIZE },
          rule(150),
        ];
  return {
    width: '58%',
    alignment: 'center',
    stack: [...heading, { text: placeDateLine(h.place, h.date), italics: true, margin: [0, 8, 0, 0] }],
  };
}

/** The two-column header block of a party (HD 36) or state (ND 30) document. */
export function documentHeader(h: DocumentHeader): PdfNode {
  return { columns: [leftBlock(h), rightBlock(h)], columnGap: 8, margin: [0, 0, 0, 14] };
}
