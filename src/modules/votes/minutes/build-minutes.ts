import { documentHeader, formalDate, type PdfNode } from '../../../platform/server/pdf/document-header.js';
import { CONF_QUORUM, DENOMINATOR_LABELS } from '../vote-constants.js';
import type { MinutesData } from './minutes.data.js';
import { resultTable } from './minutes-table.js';

/**
 * The counting board's minutes (biên bản kiểm phiếu) as a pdfmake document definition — pure, so tests
 * read its text. Layout: HD 36-HD/VPTW for party rounds, ND 30/2020/NĐ-CP for state ones (DOMAIN §7.2);
 * A4, margins top 20, bottom 20, left 30, right 15 mm (ND 30/2020); the tally per QĐ 262 / QĐ 96
 * art. 6.3 with counts and percentages of the stated denominator (DOMAIN §7.3).
 */
const MM = 72 / 25.4;
const MINUTES_FONT_SIZE = 12;
/** Lines left to write the board's names in when the round does not record them. */
export const BLANK_BOARD_LINES = 3;
/** Room left under each signature title, in points (about 25 mm). */
const SIGNATURE_SPACE = 25 * MM;
const DOTS = '……………………………………………';

export interface MinutesDocument {
  readonly pageSize: 'A4';
  readonly pageMargins: readonly number[];
  readonly info: { readonly title: string; readonly creator: string; readonly producer: string };
  readonly defaultStyle: { readonly font?: string; readonly fontSize: number; readonly lineHeight: number };
  readonly content: readonly PdfNode[];
  readonly header: (page: number) => PdfNode | null;
}

const p = (text: string | PdfNode[], extra: Record<string, unknown> = {}): PdfNode => ({ text, margin: [0, 2, 0, 2], ...extra });

function boardLines(board: readonly string[]): PdfNode[] {
  if (board.length > 0) return board.map((name, i) => p(`${i + 1}. Đồng chí ${name}`, { margin: [14, 1, 0, 1] }));
  const roles = ['Trưởng ban', 'Thư ký', 'Thành viên'];
  return Array.from({ length: BLANK_BOARD_LINES }, (_, i) =>
    p(`${i + 1}. Đồng chí ${DOTS} – ${roles[i] ?? 'Thành viên'}`, { margin: [14, 1, 0, 1] }),
  );
}

function subtitle(d: MinutesData): string {
  return /^lấy phiếu tín nhiệm/iu.test(d.title.trim()) ? d.title.trim() : `Lấy phiếu tín nhiệm — ${d.title.trim()}`;
}

function counts(d: MinutesData): PdfNode[] {
  const quorumMet = d.present * CONF_QUORUM.denominator >= d.summoned * CONF_QUORUM.numerator;
  return [
    p(
      `1. Số người được triệu tập: ${d.summoned}; số có mặt: ${d.present} (${quorumMet ? 'đủ' : 'chưa đủ'} ${CONF_QUORUM.numerator}/${CONF_QUORUM.denominator} số người được triệu tập).`,
    ),
    p(`2. Số phiếu phát ra: ${d.ballotsIssued}; số phiếu thu về: ${d.ballotsReturned}.`),
    p(
      '3. Phiếu hợp lệ, không hợp lệ được tính riêng đối với từng người: không đánh dấu hoặc đánh dấu nhiều ô đối với một người thì phiếu không hợp lệ đối với người đó.',
    ),
  ];
}

function denominatorNote(d: MinutesData): PdfNode {
  const kind = d.subjects[0]?.denominator.kind ?? 'BALLOTS_RETURNED';
  const values = [...new Set(d.subjects.map((s) => s.denominator.value))];
  const value = values.length === 1 ? ` (${values[0]} phiếu)` : '';
  return p(`Tỉ lệ phần trăm tính trên ${DENOMINATOR_LABELS[kind].vi}${value}, làm tròn đến hai chữ số thập phân.`, {
    italics: true,
    fontSize: 11,
  });
}

function listHeadNote(d: MinutesData): PdfNode {
  if (d.listHead) {
    return p(['Mã băm đầu chuỗi danh sách phiếu đã công bố (SHA-256): ', { text: d.listHead, fontSize: 9.5, bold: true }]);
  }
  return p('Danh sách phiếu (không có danh tính người bỏ phiếu) chưa được công bố.', { italics: true });
}

function signatures(): PdfNode {
  const sign = (role: string, note: string): PdfNode => ({
    width: '*',
    alignment: 'center',
    stack: [
      { text: role, bold: true },
      { text: note, italics: true, fontSize: 11 },
      // Room to sign and write the name.
      { text: ' ', margin: [0, 0, 0, SIGNATURE_SPACE] },
    ],
  });
  return {
    columns: [sign('THƯ KÝ\nCÁC THÀNH VIÊN', '(Ký, ghi rõ họ tên)'), sign('TRƯỞNG BAN KIỂM PHIẾU', '(Ký, ghi rõ họ tên)')],
    margin: [0, 14, 0, 0],
    unbreakable: true,
  };
}

export function buildMinutes(d: MinutesData): MinutesDocument {
  const header = documentHeader({
    system: d.ruleSet,
    superior: d.superiorName,
    issuer: d.unitName,
    number: d.ruleSet === 'party' ? '…-BB/…' : '……/BB-……',
    place: d.place,
    date: d.voteDate,
  });
  const date = formalDate(d.voteDate) ?? 'ngày …… tháng …… năm ……';
  return {
    pageSize: 'A4',
    pageMargins: [30 * MM, 20 * MM, 15 * MM, 20 * MM],
    info: { title: `Biên bản kiểm phiếu — ${d.title}`, creator: 'Merit', producer: 'Merit' },
    defaultStyle: { fontSize: MINUTES_FONT_SIZE, lineHeight: 1.15 },
    // ND 30/2020: page numbers centred at the top, none on the first page.
    header: (page) => (page > 1 ? { text: String(page), alignment: 'center', fontSize: 13, margin: [0, 10 * MM, 0, 0] } : null),
    content: [
      header,
      { text: 'BIÊN BẢN KIỂM PHIẾU', bold: true, fontSize: 15, alignment: 'center', margin: [0, 6, 0, 2] },
      { text: subtitle(d), bold: true, alignment: 'center', margin: [0, 0, 0, 10] },
      p(`Hôm nay, ${date}, tại ${d.unitName}, Ban kiểm phiếu gồm các đồng chí:`),
      ...boardLines(d.countingBoard),
      p(`đã tiến hành kiểm phiếu lấy phiếu tín nhiệm theo ${d.ruleSource}. Kết quả như sau:`),
      ...counts(d),
      p('4. Kết quả lấy phiếu đối với từng người:'),
      resultTable(d.subjects),
      denominatorNote(d),
      listHeadNote(d),
      p(
        'Biên bản lập xong hồi …… giờ …… cùng ngày, đã được đọc lại cho các thành viên Ban kiểm phiếu cùng nghe và nhất trí ký tên.',
      ),
      signatures(),
    ],
  };
}

/** All the text of a document definition, in order (for tests and for checks). */
export function documentText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(documentText).join('\n');
  if (node !== null && typeof node === 'object') {
    return Object.entries(node)
      .filter(([key]) => ['text', 'stack', 'columns', 'table', 'body', 'content'].includes(key))
      .map(([, value]) => documentText(value))
      .join('\n');
  }
  return '';
}
