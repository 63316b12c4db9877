import type { Form2cData, Form2cFamilyRow } from './form-2c.data.js';
import { GRID_LAYOUT, TABLE_FONT_SIZE, grid, period, sectionTitle, together, type Node } from './form-2c.blocks.js';
import { formatCoefficient, formatMonth } from './form-2c.format.js';

// The form's bordered tables: training, work history, family relations and salary history.

const BLANK_FAMILY: Form2cFamilyRow[] = ['Bố', 'Mẹ', 'Vợ (chồng)', 'Các con', 'Anh, chị, em ruột'].map((relation) => ({
  relation,
  fullName: null,
  birthYear: null,
  details: null,
}));

const SPOUSE_BLANK_FAMILY: Form2cFamilyRow[] = ['Bố', 'Mẹ', 'Anh, chị, em ruột'].map((relation) => ({
  relation,
  fullName: null,
  birthYear: null,
  details: null,
}));

function familyTable(rows: Form2cFamilyRow[], blank: Form2cFamilyRow[]): Node {
  const shown = rows.length > 0 ? rows : blank;
  return grid(
    [
      'Mối quan hệ',
      'Họ và tên',
      'Năm sinh',
      'Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội…',
    ],
    [58, 100, 38, '*'],
    shown.map((row) => [row.relation, row.fullName, row.birthYear, row.details]),
  );
}

export function familySection(data: Form2cData): Node[] {
  return [
    together(
      sectionTitle('30) QUAN HỆ GIA ĐÌNH'),
      {
        text: 'a) Về bản thân: Bố, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột',
        bold: true,
        fontSize: 11,
        margin: [0, 0, 0, 3],
      },
      familyTable(data.family, BLANK_FAMILY),
    ),
    together(
      { text: 'b) Về bên vợ (hoặc chồng): Bố, Mẹ, anh chị em ruột', bold: true, fontSize: 11, margin: [0, 6, 0, 3] },
      familyTable(data.spouseFamily, SPOUSE_BLANK_FAMILY),
    ),
  ];
}

/** The salary history runs across the page: one column per change, six to a block, like the form. */
export function salaryTable(data: Form2cData): Node[] {
  const entries = data.salaryHistory.map((row) => [
    formatMonth(row.from) ?? '',
    row.rankStep ?? '',
    formatCoefficient(row.coefficient) ?? '',
  ]);
  const perBlock = 6;
  const blocks: Node[] = [];
  for (let start = 0; start === 0 || start < entries.length; start += perBlock) {
    const chunk = entries.slice(start, start + perBlock);
    while (chunk.length < perBlock) chunk.push([' ', ' ', ' ']);
    const rowOf = (index: number, label: string): Node[] => [
      { text: label, bold: true },
      ...chunk.map((entry) => ({ text: entry[index]!, alignment: 'center' })),
    ];
    blocks.push({
      table: {
        dontBreakRows: true,
        widths: [78, ...chunk.map(() => '*')],
        body: [rowOf(0, 'Tháng/năm'), rowOf(1, 'Mã ngạch/bậc'), rowOf(2, 'Hệ số lương')],
      },
      layout: GRID_LAYOUT,
      fontSize: TABLE_FONT_SIZE,
      unbreakable: true,
      margin: [0, 0, 0, 4],
    });
  }
  return blocks;
}

export function trainingTable(data: Form2cData): Node {
  return grid(
    [
      'Tên trường',
      'Chuyên ngành đào tạo, bồi dưỡng',
      'Từ tháng, năm - đến tháng, năm',
      'Hình thức đào tạo',
      'Văn bằng, chứng chỉ, trình độ gì',
    ],
    ['*', '*', 88, 56, 74],
    data.training.map((row) => [
      row.school,
      row.major,
      { text: period(row.from, row.to, false), noWrap: true },
      row.mode,
      row.certificate,
    ]),
  );
}

export function workTable(data: Form2cData): Node {
  return grid(
    [
      'Từ tháng, năm đến tháng, năm',
      'Chức danh, chức vụ, đơn vị công tác (đảng, chính quyền, đoàn thể, tổ chức xã hội), kể cả thời gian được đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ…',
    ],
    [96, '*'],
    data.workHistory.map((row) => [{ text: period(row.from, row.to, true), noWrap: true }, row.description]),
    4,
  );
}
