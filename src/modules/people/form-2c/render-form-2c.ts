import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GENDERS } from '../people-codes.js';
import type { Form2cData, Form2cFamilyRow, Form2cVariant } from './form-2c.data.js';
import { dateParts, formatCoefficient, formatDate, formatLongDate, formatMonth, formatNumber } from './form-2c.format.js';

/**
 * The personal-history form (Sơ yếu lý lịch, Mẫu 2C — DOMAIN §6) as a PDF, in the paper form's layout:
 * A4, margins per ND 30/2020 (top 20, bottom 20, left 30, right 15 mm), page numbers centred at the
 * top from page 2, the form's header block and 4×6 cm photo box, numbered items with dotted blanks,
 * bordered tables, and the signature blocks. pdfmake 0.3 server API (research/stack-check.md §5).
 */
export interface RenderForm2cOptions {
  variant: Form2cVariant;
}

export async function renderForm2c(data: Form2cData, options: RenderForm2cOptions): Promise<Buffer> {
  const fonts = resolveFonts();
  const printer = pdfPrinter(fonts);
  const doc = normalizeStrings(buildDocument(normalizeStrings(data), options.variant, fonts.family));
  return printer.createPdf(doc).getBuffer();
}

// ---------------------------------------------------------------------------------------------
// pdfmake, fonts and access policies

interface PdfMakeServer {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: object): { getBuffer(): Promise<Buffer> };
}

interface FontSet {
  family: string;
  dir: string;
  files: Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>;
}

const require = createRequire(import.meta.url);
const ROBOTO_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/**
 * A Times-like serif with full Vietnamese coverage when the system has one (Debian's DejaVu Serif
 * Condensed; Liberation Serif 2.1 lacks the Vietnamese block), else the Roboto shipped in pdfmake.
 */
const FONT_CANDIDATES: FontSet[] = [
  {
    family: 'DejaVuSerifCondensed',
    dir: '/usr/share/fonts/truetype/dejavu',
    files: {
      normal: 'DejaVuSerifCondensed.ttf',
      bold: 'DejaVuSerifCondensed-Bold.ttf',
      italics: 'DejaVuSerifCondensed-Italic.ttf',
      bolditalics: 'DejaVuSerifCondensed-BoldItalic.ttf',
    },
  },
  {
    family: 'Roboto',
    dir: ROBOTO_DIR,
    files: {
      normal: 'Roboto-Regular.ttf',
      bold: 'Roboto-Medium.ttf',
      italics: 'Roboto-Italic.ttf',
      bolditalics: 'Roboto-MediumItalic.ttf',
    },
  },
];

let resolvedFonts: FontSet | undefined;

function resolveFonts(): FontSet {
  resolvedFonts ??=
    FONT_CANDIDATES.find((set) => Object.values(set.files).every((file) => existsSync(join(set.dir, file)))) ??
    FONT_CANDIDATES[1]!;
  return resolvedFonts;
}

let printerInstance: PdfMakeServer | undefined;

/** A private pdfmake instance: its fonts and policies never leak into other modules' PDFs. */
function pdfPrinter(fonts: FontSet): PdfMakeServer {
  if (!printerInstance) {
    const shared = require('pdfmake') as PdfMakeServer;
    const PdfMake = shared.constructor as new () => PdfMakeServer;
    const printer = new PdfMake();
    const files = Object.fromEntries(Object.entries(fonts.files).map(([style, file]) => [style, join(fonts.dir, file)]));
    printer.setFonts({ [fonts.family]: files as FontSet['files'] });
    printer.setUrlAccessPolicy(() => false);
    const allowed = fonts.dir.endsWith('/') ? fonts.dir : `${fonts.dir}/`;
    printer.setLocalAccessPolicy((path) => path.startsWith(allowed) && !path.includes('..'));
    printerInstance = printer;
  }
  return printerInstance;
}

/** NFD text renders as broken glyphs (stack-check §5): every string goes out as NFC. */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalizeStrings(item)])) as T;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

type Node = string | { [key: string]: unknown };

const MM = 72 / 25.4;
const BLANK = '……';
const FONT_SIZE = 12;
const TABLE_FONT_SIZE = 10;

/** One field: its label, then the value over a dotted line running to the width it is given. */
interface Field {
  label: string;
  value: string | null;
  width?: number | '*';
  bold?: boolean;
}

const NO_BORDER = [false, false, false, false];
const DOTTED_BOTTOM = [false, false, false, true];

const DOTTED_LAYOUT = {
  hLineWidth: () => 0.7,
  vLineWidth: () => 0,
  hLineStyle: () => ({ dash: { length: 0.7, space: 1.8 } }),
  paddingLeft: () => 0,
  paddingRight: () => 2,
  paddingTop: () => 1,
  paddingBottom: () => 0,
};

function fieldLine(...fields: Field[]): Node {
  const widths: (number | string)[] = [];
  const cells: Node[] = [];
  for (const field of fields) {
    widths.push('auto', field.width ?? '*');
    cells.push({ text: field.label, noWrap: true, border: NO_BORDER });
    cells.push({ text: field.value ?? ' ', bold: field.bold ?? false, border: DOTTED_BOTTOM });
  }
  return { table: { widths, body: [cells], dontBreakRows: true }, layout: DOTTED_LAYOUT, margin: [0, 1.5, 0, 1.5] };
}

/** Free text followed by dotted lines, at least `lines` of them (the form's blank writing space). */
function dottedBlock(text: string | null, lines: number): Node {
  const body: Node[][] = [];
  if (text) body.push([{ text, border: DOTTED_BOTTOM }]);
  while (body.length < lines) body.push([{ text: ' ', border: DOTTED_BOTTOM }]);
  return { table: { widths: ['*'], body }, layout: { ...DOTTED_LAYOUT, paddingTop: () => 3 }, margin: [0, 0, 0, 4] };
}

/** A heading and what follows stay on one page when they fit (no heading orphaned at a page foot). */
function together(...nodes: (Node | Node[])[]): Node {
  const stack = nodes.flat();
  // A long table may not fit on any page: then it breaks across pages (its header row repeats).
  const rows = stack.reduce((sum, node) => sum + tableRows(node), 0);
  return rows <= MAX_ROWS_KEPT_TOGETHER ? { stack, unbreakable: true } : { stack };
}

const MAX_ROWS_KEPT_TOGETHER = 14;

function tableRows(node: Node): number {
  if (typeof node === 'string') return 0;
  const table = node.table as { body?: unknown[] } | undefined;
  return table?.body?.length ?? 0;
}

function sectionTitle(text: string, note?: string): Node {
  return {
    text: note
      ? [
          { text, bold: true },
          { text: ` ${note}`, italics: true, bold: false },
        ]
      : [{ text, bold: true }],
    margin: [0, 8, 0, 3],
  };
}

const GRID_LAYOUT = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function grid(headers: string[], widths: (number | string)[], rows: (Node | null)[][], blankRows = 3): Node {
  const header = headers.map((text) => ({ text, bold: true, alignment: 'center' }));
  const body: Node[][] = rows.map((row) => row.map((cell) => cell ?? ''));
  while (body.length < blankRows) body.push(headers.map(() => ' '));
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...body] },
    layout: GRID_LAYOUT,
    fontSize: TABLE_FONT_SIZE,
  };
}

function period(from: string | null, to: string | null, openEnded: boolean): string {
  const start = formatMonth(from) ?? BLANK;
  const end = formatMonth(to) ?? (openEnded ? 'nay' : BLANK);
  return `${start} - ${end}`;
}

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

function familySection(data: Form2cData): Node[] {
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
function salaryTable(data: Form2cData): Node[] {
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

function birthDateField(data: Form2cData, withGender: boolean): Field[] {
  const parts = dateParts(data.dateOfBirth);
  const day = data.birthYearOnly ? null : (parts?.day ?? null);
  const month = data.birthYearOnly ? null : (parts?.month ?? null);
  const fields: Field[] = [
    { label: 'Sinh ngày:', value: day, width: 18 },
    { label: 'tháng', value: month, width: 18 },
    { label: 'năm', value: parts?.year ?? null, width: 32 },
  ];
  if (withGender) fields.push({ label: ', Giới tính (nam, nữ):', value: genderLabel(data) });
  return fields;
}

function genderLabel(data: Form2cData): string | null {
  return data.gender ? GENDERS[data.gender].vi : null;
}

function upperName(data: Form2cData): string | null {
  return data.fullName ? data.fullName.trim().toLocaleUpperCase('vi-VN') : null;
}

function joinKnown(parts: (string | null)[], separator = ', '): string | null {
  const known = parts.filter((part): part is string => part !== null && part.trim() !== '');
  return known.length > 0 ? known.join(separator) : null;
}

function photoBox(): Node {
  return {
    table: {
      widths: [40 * MM - 9],
      heights: [60 * MM - 5],
      body: [[{ text: 'Ảnh màu\n(4 x 6 cm)', alignment: 'center', fontSize: 10, margin: [0, 25 * MM, 0, 0] }]],
    },
    layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8 },
  };
}

function signatures(data: Form2cData): Node {
  const place = data.declarationPlace ?? BLANK;
  const date = formatLongDate(data.declarationDate) ?? 'ngày …… tháng …… năm 20……';
  return {
    unbreakable: true,
    margin: [0, 8, 0, 0],
    columns: [
      {
        width: '*',
        alignment: 'center',
        stack: [
          { text: `${place}, ${date}`, italics: true },
          { text: 'Người khai', bold: true, margin: [0, 4, 0, 0] },
          { text: 'Tôi xin cam đoan những lời khai trên đây là đúng sự thật', italics: true, fontSize: 10.5 },
          { text: '(Ký tên, ghi rõ họ tên)', italics: true, fontSize: 10.5 },
          { text: data.fullName ?? ' ', bold: true, margin: [0, 48, 0, 0] },
        ],
      },
      {
        width: '*',
        alignment: 'center',
        stack: [
          { text: `${BLANK}, ngày …… tháng …… năm 20……`, italics: true },
          { text: 'Thủ trưởng cơ quan, đơn vị quản lý\nvà sử dụng CBCC', bold: true, margin: [0, 4, 0, 0] },
          { text: '(Ký tên, đóng dấu)', italics: true, fontSize: 10.5 },
        ],
      },
    ],
    columnGap: 16,
  };
}

// ---------------------------------------------------------------------------------------------
// The two forms

function header(data: Form2cData, variant: Form2cVariant): Node {
  const h = data.header;
  const small = { fontSize: 11 };
  if (variant === 'BNV-2008') {
    return {
      ...small,
      columns: [
        {
          width: '*',
          stack: [
            { text: 'Cơ quan, đơn vị có thẩm quyền quản lý CBCC:' },
            fieldLine({ label: '', value: h.managingBody }),
            { text: 'Cơ quan, đơn vị sử dụng CBCC:', margin: [0, 2, 0, 0] },
            fieldLine({ label: '', value: h.employingUnit }),
          ],
        },
        {
          width: 168,
          stack: [
            { text: 'Mẫu 2C-BNV/2008', bold: true, alignment: 'right', fontSize: 12 },
            {
              text: 'ban hành kèm theo Quyết định số 02/2008/QĐ-BNV ngày 06/10/2008 của Bộ trưởng Bộ Nội vụ',
              italics: true,
              alignment: 'right',
              fontSize: 8.5,
              margin: [0, 0, 0, 2],
            },
            fieldLine({ label: 'Số hiệu CBCC:', value: h.cadreNumber }),
          ],
        },
      ],
      columnGap: 10,
    };
  }
  return {
    ...small,
    columns: [
      {
        width: '*',
        stack: [
          fieldLine({ label: 'Tỉnh:', value: h.province }),
          fieldLine({ label: 'Đơn vị trực thuộc:', value: h.directUnit }),
          fieldLine({ label: 'Đơn vị cơ sở:', value: h.grassrootsUnit }),
        ],
      },
      {
        width: 150,
        stack: [
          { text: 'Mẫu 2C/TCTW-98', bold: true, alignment: 'right', fontSize: 12, margin: [0, 0, 0, 4] },
          fieldLine({ label: 'Số hiệu cán bộ:', value: h.cadreNumber }),
        ],
      },
    ],
    columnGap: 10,
  };
}

function titleBlock(title: string, beside: Node[]): Node {
  return {
    margin: [0, 10, 0, 4],
    columns: [
      { width: 40 * MM, stack: [photoBox()] },
      {
        width: '*',
        stack: [{ text: title, bold: true, fontSize: 15, alignment: 'center', margin: [0, 6, 0, 14] }, ...beside],
      },
    ],
    columnGap: 12,
  };
}

function trainingTable(data: Form2cData): Node {
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

function workTable(data: Form2cData): Node {
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

function bnv2008(data: Form2cData): Node[] {
  const d = data;
  return [
    header(d, 'BNV-2008'),
    titleBlock('SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC', [
      fieldLine({ label: '1) Họ và tên khai sinh (viết chữ in hoa):', value: upperName(d), bold: true }),
      fieldLine({ label: '2) Tên gọi khác:', value: d.otherNames }),
      fieldLine(...prefixFirst('3) ', birthDateField(d, true))),
      fieldLine({ label: '4) Nơi sinh:', value: d.birthplace }),
      fieldLine({ label: '5) Quê quán:', value: d.homeTown }),
      fieldLine({ label: '6) Dân tộc:', value: d.ethnicity }, { label: ', 7) Tôn giáo:', value: d.religion }),
    ]),
    fieldLine({ label: '8) Nơi đăng ký hộ khẩu thường trú:', value: d.permanentResidence }),
    fieldLine({ label: '9) Nơi ở hiện nay:', value: d.residence }),
    fieldLine({ label: 'Điện thoại:', value: d.phone }, { label: ', Email:', value: d.email }),
    fieldLine({ label: '10) Nghề nghiệp khi được tuyển dụng:', value: d.occupationBeforeRecruitment }),
    fieldLine(
      { label: '11) Ngày tuyển dụng:', value: formatDate(d.recruitmentDate), width: 70 },
      { label: ', Cơ quan tuyển dụng:', value: d.recruitmentAgency },
    ),
    fieldLine({ label: '12) Chức vụ (chức danh) hiện tại:', value: d.posts }),
    { text: '(Về chính quyền hoặc Đảng, đoàn thể)', italics: true, fontSize: 10, margin: [20, 0, 0, 1] },
    fieldLine({ label: '13) Công việc chính được giao:', value: d.mainWork }),
    fieldLine(
      { label: '14) Ngạch công chức (viên chức):', value: d.civilServiceRank },
      { label: ', Mã ngạch:', value: d.civilServiceRankCode, width: 60 },
    ),
    fieldLine(
      { label: 'Bậc lương:', value: formatNumber(d.salaryStep), width: 30 },
      { label: ', Hệ số:', value: formatCoefficient(d.salaryCoefficient), width: 40 },
      { label: ', Ngày hưởng:', value: formatDate(d.salaryFrom) },
    ),
    fieldLine(
      { label: 'Phụ cấp chức vụ:', value: formatCoefficient(d.positionAllowance), width: 50 },
      { label: ', Phụ cấp khác:', value: d.otherAllowance },
    ),
    fieldLine({ label: '15.1- Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào):', value: d.educationGeneral }),
    fieldLine({ label: '15.2- Trình độ chuyên môn cao nhất:', value: joinKnown([d.educationProfessional, d.academicTitle]) }),
    {
      text: '(TSKH, TS, ThS, cử nhân, kỹ sư, cao đẳng, trung cấp, sơ cấp; chuyên ngành)',
      italics: true,
      fontSize: 10,
      margin: [20, 0, 0, 1],
    },
    fieldLine(
      { label: '15.3- Lý luận chính trị:', value: d.politicalTheory },
      { label: ' 15.4- Quản lý nhà nước:', value: d.stateManagement },
    ),
    fieldLine({ label: '15.5- Ngoại ngữ:', value: d.languages }, { label: ' 15.6- Tin học:', value: d.itLevel }),
    fieldLine(
      { label: '16) Ngày vào Đảng Cộng sản Việt Nam:', value: formatDate(d.partyJoinDate) },
      { label: ', Ngày chính thức:', value: formatDate(d.partyOfficialDate) },
    ),
    fieldLine({ label: '17) Ngày tham gia tổ chức chính trị - xã hội:', value: d.socioPoliticalOrgs }),
    fieldLine(
      { label: '18) Ngày nhập ngũ:', value: formatDate(d.armyEnlistDate) },
      { label: ', Ngày xuất ngũ:', value: formatDate(d.armyDischargeDate) },
    ),
    fieldLine({ label: 'Quân hàm, chức vụ cao nhất:', value: d.armyHighestRank }),
    fieldLine({ label: '19) Danh hiệu được phong tặng cao nhất:', value: d.honorTitle }),
    fieldLine({ label: '20) Sở trường công tác:', value: d.strengths }),
    fieldLine({ label: '21) Khen thưởng:', value: d.rewards }),
    fieldLine({ label: '22) Kỷ luật:', value: d.discipline }),
    fieldLine(
      { label: '23) Tình trạng sức khỏe:', value: d.health },
      { label: ', Chiều cao:', value: formatNumber(d.heightCm), width: 24 },
      { label: 'cm, Cân nặng:', value: formatNumber(d.weightKg), width: 24 },
      { label: 'kg, Nhóm máu:', value: d.bloodType, width: 24 },
    ),
    fieldLine(
      { label: '24) Là thương binh hạng:', value: d.warInvalidGrade, width: 40 },
      { label: ', Là con gia đình chính sách:', value: d.policyFamily },
    ),
    fieldLine(
      { label: '25) Số CCCD/CMND:', value: d.idNumber },
      { label: ' Ngày cấp:', value: formatDate(d.idIssueDate), width: 72 },
    ),
    fieldLine({ label: '26) Số sổ BHXH:', value: d.socialInsuranceNumber }),
    together(
      sectionTitle('27) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC'),
      trainingTable(d),
    ),
    {
      text: 'Ghi chú: Hình thức đào tạo: chính quy, tại chức, chuyên tu, bồi dưỡng…; văn bằng: TSKH, TS, ThS, cử nhân, kỹ sư…',
      italics: true,
      fontSize: 9.5,
      margin: [0, 2, 0, 0],
    },
    together(sectionTitle('28) TÓM TẮT QUÁ TRÌNH CÔNG TÁC'), workTable(d)),
    together(
      sectionTitle('29) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN'),
      dottedBlock(
        joinKnown([d.personalHistoryNotes, d.foreignRelations ? `Quan hệ với nước ngoài: ${d.foreignRelations}` : null], '\n'),
        3,
      ),
    ),
    ...familySection(d),
    together(sectionTitle('31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC'), salaryTable(d)),
    // The assessment and the signatures share a page: a signature never stands alone.
    together(
      sectionTitle('32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC'),
      dottedBlock(d.assessment, 4),
      signatures(d),
    ),
  ];
}

function tctw98(data: Form2cData): Node[] {
  const d = data;
  return [
    header(d, 'TCTW-98'),
    titleBlock('SƠ YẾU LÝ LỊCH', [
      fieldLine(
        { label: '1) Họ và tên khai sinh:', value: upperName(d), bold: true },
        { label: ' Nam, nữ:', value: genderLabel(d), width: 30 },
      ),
      fieldLine({ label: '2) Các tên gọi khác:', value: d.otherNames }),
      fieldLine({ label: '3) Cấp ủy hiện tại:', value: d.partyCommittee }),
      fieldLine({ label: 'Cấp ủy kiêm:', value: d.partyCommitteeConcurrent }),
      { text: 'Chức vụ (Đảng, đoàn thể, chính quyền, kể cả kiêm nhiệm):', margin: [0, 1.5, 0, 0] },
      fieldLine({ label: '', value: d.posts }),
      fieldLine({ label: 'Phụ cấp chức vụ:', value: formatCoefficient(d.positionAllowance) }),
    ]),
    fieldLine(...prefixFirst('4) ', birthDateField(d, false))),
    fieldLine({ label: '5) Nơi sinh:', value: d.birthplace }),
    fieldLine({ label: '6) Quê quán:', value: d.homeTown }),
    fieldLine({ label: '7) Nơi ở hiện nay:', value: d.residence }),
    fieldLine({ label: 'Điện thoại:', value: d.phone }, { label: ', Email:', value: d.email }),
    fieldLine({ label: '8) Dân tộc:', value: d.ethnicity }, { label: ' 9) Tôn giáo:', value: d.religion }),
    fieldLine({ label: '10) Thành phần gia đình xuất thân:', value: d.familyBackground }),
    fieldLine({ label: '11) Nghề nghiệp bản thân trước khi được tuyển dụng:', value: d.occupationBeforeRecruitment }),
    fieldLine(
      { label: '12) Ngày được tuyển dụng:', value: formatDate(d.recruitmentDate), width: 70 },
      { label: ', Vào cơ quan nào, ở đâu:', value: d.recruitmentAgency },
    ),
    fieldLine({ label: '13) Ngày vào cơ quan hiện đang công tác:', value: formatDate(d.currentAgencyDate) }),
    fieldLine({ label: 'Ngày tham gia cách mạng:', value: formatDate(d.revolutionDate) }),
    fieldLine(
      { label: '14) Ngày vào Đảng Cộng sản Việt Nam:', value: formatDate(d.partyJoinDate) },
      { label: ', Ngày chính thức:', value: formatDate(d.partyOfficialDate) },
    ),
    fieldLine({ label: '15) Ngày tham gia các tổ chức chính trị - xã hội:', value: d.socioPoliticalOrgs }),
    fieldLine(
      { label: '16) Ngày nhập ngũ:', value: formatDate(d.armyEnlistDate) },
      { label: ', Ngày xuất ngũ:', value: formatDate(d.armyDischargeDate) },
    ),
    fieldLine({ label: 'Quân hàm, chức vụ cao nhất:', value: d.armyHighestRank }),
    { text: '17) Trình độ học vấn:', margin: [0, 1.5, 0, 0] },
    fieldLine({ label: '- Giáo dục phổ thông:', value: d.educationGeneral }),
    fieldLine({ label: '- Trình độ chuyên môn cao nhất:', value: d.educationProfessional }),
    fieldLine({ label: '- Học hàm, học vị:', value: d.academicTitle }),
    fieldLine(
      { label: '- Lý luận chính trị:', value: d.politicalTheory },
      { label: ' Quản lý nhà nước:', value: d.stateManagement },
    ),
    fieldLine({ label: '- Ngoại ngữ:', value: d.languages }, { label: ' Tin học:', value: d.itLevel }),
    fieldLine({ label: '- Tiếng dân tộc thiểu số:', value: d.minorityLanguage }),
    fieldLine({ label: '18) Công tác chính đang làm:', value: d.mainWork }),
    fieldLine(
      { label: '19) Ngạch công chức:', value: d.civilServiceRank },
      { label: ' (mã số:', value: d.civilServiceRankCode, width: 50 },
      { label: ')', value: null, width: 1 },
    ),
    fieldLine(
      { label: 'Bậc lương:', value: formatNumber(d.salaryStep), width: 30 },
      { label: ', Hệ số:', value: formatCoefficient(d.salaryCoefficient), width: 40 },
      { label: ', Từ tháng:', value: formatMonth(d.salaryFrom) },
    ),
    fieldLine({ label: '20) Danh hiệu được phong tặng (cao nhất):', value: d.honorTitle }),
    fieldLine({ label: '21) Sở trường công tác:', value: d.strengths }),
    fieldLine({ label: '22) Khen thưởng:', value: d.rewards }),
    fieldLine({ label: '23) Kỷ luật (hình thức, năm, lý do):', value: d.discipline }),
    fieldLine(
      { label: '24) Tình trạng sức khỏe:', value: d.health },
      { label: ', Cao:', value: formatNumber(d.heightCm), width: 24 },
      { label: 'cm, Cân nặng:', value: formatNumber(d.weightKg), width: 24 },
      { label: 'kg, Nhóm máu:', value: d.bloodType, width: 24 },
    ),
    fieldLine(
      { label: '25) Số CCCD/CMND:', value: d.idNumber },
      { label: ' Ngày cấp:', value: formatDate(d.idIssueDate), width: 72 },
    ),
    fieldLine({ label: 'Số sổ BHXH:', value: d.socialInsuranceNumber }),
    fieldLine(
      { label: 'Thương binh hạng:', value: d.warInvalidGrade, width: 40 },
      { label: ', Gia đình chính sách:', value: d.policyFamily },
    ),
    together(sectionTitle('26) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ'), trainingTable(d)),
    together(sectionTitle('27) TÓM TẮT QUÁ TRÌNH CÔNG TÁC'), workTable(d)),
    together(
      sectionTitle('28) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN', '(bị bắt, bị tù, làm việc trong chế độ cũ…)'),
      dottedBlock(d.personalHistoryNotes, 3),
    ),
    together(sectionTitle('29) QUAN HỆ VỚI NƯỚC NGOÀI', '(tổ chức, thân nhân ở nước ngoài)'), dottedBlock(d.foreignRelations, 2)),
    ...familySection(d),
    together(sectionTitle('31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG'), salaryTable(d)),
    // The assessment and the signatures share a page: a signature never stands alone.
    together(
      sectionTitle('32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ'),
      dottedBlock(d.assessment, 4),
      signatures(d),
    ),
  ];
}

function prefixFirst(prefix: string, fields: Field[]): Field[] {
  return fields.map((field, index) => (index === 0 ? { ...field, label: `${prefix}${field.label}` } : field));
}

function buildDocument(data: Form2cData, variant: Form2cVariant, font: string): object {
  const name = data.fullName ?? '';
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    // ND 30/2020: left 30, top 20, right 15, bottom 20 mm.
    pageMargins: [30 * MM, 20 * MM, 15 * MM, 20 * MM],
    info: {
      title: `Sơ yếu lý lịch ${name}`.trim().normalize('NFC'),
      subject: variant === 'BNV-2008' ? 'Mẫu 2C-BNV/2008' : 'Mẫu 2C/TCTW-98',
      creator: 'Merit',
      producer: 'Merit',
    },
    // ND 30/2020: page numbers in Arabic numerals, centred at the top, none on the first page.
    header: (currentPage: number) =>
      currentPage > 1 ? { text: String(currentPage), alignment: 'center', fontSize: 13, margin: [0, 10 * MM, 0, 0] } : null,
    defaultStyle: { font, fontSize: FONT_SIZE, lineHeight: 1.1 },
    content: variant === 'BNV-2008' ? bnv2008(data) : tctw98(data),
  };
}
