import type { PdfNode } from '../../../platform/server/pdf/document-header.js';
import { FOLLOW_UP_LABELS } from '../votes-follow-ups.contract.js';
import { CONFIDENCE_LEVELS, CONFIDENCE_LEVEL_LABELS } from '../vote-constants.js';
import type { MinutesSubject } from './minutes.data.js';

/** The result table of the minutes: one row per person voted on (QĐ 262 / QĐ 96 art. 6.3). */
const TABLE_FONT_SIZE = 9.5;
const NO_FOLLOW_UP = 'Không thuộc trường hợp phải xem xét';

const th = (text: string): PdfNode => ({ text, bold: true, alignment: 'center', fontSize: TABLE_FONT_SIZE });
const cell = (text: string, extra: Record<string, unknown> = {}): PdfNode => ({ text, fontSize: TABLE_FONT_SIZE, ...extra });

/** "Hợp lệ 9/9 phiếu thu về; không hợp lệ 0". */
function ballotsCell(s: MinutesSubject): PdfNode {
  return cell(`Phát ra: ${s.issued}\nThu về: ${s.returned}\nHợp lệ: ${s.valid}\nKhông hợp lệ: ${s.invalid}`);
}

/** "5\n(55,56%)" of the stated denominator. */
function levelCell(s: MinutesSubject, level: (typeof CONFIDENCE_LEVELS)[number]): PdfNode {
  const share = s.levels[level];
  return cell(`${share.count}\n(${share.display})`, { alignment: 'center', bold: level === 'thap' && s.followUps.length > 0 });
}

function conclusionText(s: MinutesSubject): string {
  return s.followUps.length === 0 ? NO_FOLLOW_UP : s.followUps.map((f) => `- ${FOLLOW_UP_LABELS[f].vi}`).join('\n');
}

export function resultTable(subjects: readonly MinutesSubject[]): PdfNode {
  const header = [
    th('TT'),
    th('Họ và tên, chức vụ'),
    th('Số phiếu'),
    ...CONFIDENCE_LEVELS.map((level) => th(`${CONFIDENCE_LEVEL_LABELS[level].vi}\nsố phiếu (tỉ lệ)`)),
    th('Kết luận theo quy định'),
  ];
  const rows = subjects.map((s, i) => [
    cell(String(i + 1), { alignment: 'center' }),
    { stack: [cell(s.fullName, { bold: true }), cell(s.postTitle, { italics: true })] },
    ballotsCell(s),
    ...CONFIDENCE_LEVELS.map((level) => levelCell(s, level)),
    cell(conclusionText(s)),
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [14, '*', 60, 44, 44, 44, 112], body: [header, ...rows] },
    layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, paddingTop: () => 2, paddingBottom: () => 2 },
    margin: [0, 2, 0, 4],
  };
}
