import ExcelJS from 'exceljs';
import { EDUCATION_LEVELS, ETHNIC_GROUPS, GENDERS, PERSON_STATUSES, POLITICAL_THEORY_LEVELS } from '../people-codes.js';

/**
 * The blank workbook offices download to fill in ("Tải tệp mẫu"): the headers the importer recognises,
 * two example rows, drop-down lists for the coded columns, dates and ID numbers kept as text (Excel
 * would otherwise turn "001090012345" into a number and drop the leading zeros), and a sheet of
 * instructions. Importing it as it is (with the examples) succeeds, so the template is also a test of
 * the importer.
 */

interface TemplateColumn {
  readonly header: string;
  readonly required: boolean;
  readonly width: number;
  readonly help: string;
  /** A drop-down list: literal values, or a range of the code-list sheet. */
  readonly list?: readonly string[] | string;
  readonly text?: boolean;
  readonly numFmt?: string;
  readonly examples: readonly [string | number, string | number];
}

const CODE_SHEET = 'Danh mục';
const labels = (codes: Record<string, { vi: string }>) => Object.values(codes).map((c) => c.vi);

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { header: 'STT', required: false, width: 6, help: 'Số thứ tự (không bắt buộc).', examples: [1, 2] },
  {
    header: 'Họ và tên',
    required: true,
    width: 26,
    help: 'Họ, tên đệm và tên, có dấu. Tên là từ cuối cùng.',
    examples: ['Nguyễn Văn An', 'Trần Thị Bích Ngọc'],
  },
  {
    header: 'Ngày sinh',
    required: true,
    width: 13,
    text: true,
    help: 'dd/mm/yyyy (ví dụ 07/03/1985); chỉ biết năm thì ghi năm (1985).',
    examples: ['07/03/1985', '1990'],
  },
  { header: 'Giới tính', required: true, width: 10, help: 'Nam hoặc Nữ.', list: labels(GENDERS), examples: ['Nam', 'Nữ'] },
  {
    header: 'Số CCCD',
    required: false,
    width: 16,
    text: true,
    help: '12 chữ số. Nhập lại cùng số CCCD sẽ cập nhật hồ sơ thay vì tạo hồ sơ mới.',
    examples: ['033085012345', ''],
  },
  {
    header: 'Dân tộc',
    required: false,
    width: 12,
    help: 'Một trong 54 dân tộc (mặc định Kinh).',
    list: `'${CODE_SHEET}'!$A$2:$A$${ETHNIC_GROUPS.length + 1}`,
    examples: ['Kinh', 'Tày'],
  },
  {
    header: 'Tôn giáo',
    required: false,
    width: 12,
    help: 'Ghi "Không" nếu không theo tôn giáo nào.',
    examples: ['Không', 'Phật giáo'],
  },
  {
    header: 'Quê quán',
    required: false,
    width: 28,
    help: 'Theo đơn vị hành chính hiện nay.',
    examples: ['xã Tiên Lữ, tỉnh Hưng Yên', ''],
  },
  { header: 'Nơi sinh', required: false, width: 28, help: 'Theo đơn vị hành chính hiện nay.', examples: ['', ''] },
  {
    header: 'Chức vụ',
    required: false,
    width: 20,
    help: 'Chức vụ hiện tại (tạo chức vụ trong hồ sơ).',
    examples: ['Chuyên viên', 'Phó Trưởng phòng'],
  },
  {
    header: 'Đơn vị',
    required: false,
    width: 24,
    help: 'Mã hoặc tên đơn vị trong Merit. Để trống: dùng đơn vị chọn khi nhập.',
    examples: ['', ''],
  },
  {
    header: 'Đối tượng',
    required: false,
    width: 16,
    help: 'Cán bộ, Công chức, Viên chức hoặc Người lao động.',
    list: labels(PERSON_STATUSES),
    examples: ['Công chức', 'Công chức'],
  },
  {
    header: 'Trình độ chuyên môn',
    required: false,
    width: 18,
    help: 'Trình độ đào tạo cao nhất.',
    list: labels(EDUCATION_LEVELS),
    examples: ['Đại học', 'Thạc sĩ'],
  },
  {
    header: 'Lý luận chính trị',
    required: false,
    width: 18,
    help: 'Trình độ lý luận chính trị.',
    list: labels(POLITICAL_THEORY_LEVELS),
    examples: ['Trung cấp', 'Cao cấp'],
  },
  {
    header: 'Ngày vào Đảng',
    required: false,
    width: 14,
    text: true,
    help: 'dd/mm/yyyy; để trống nếu không là đảng viên.',
    examples: ['', '19/05/2015'],
  },
  {
    header: 'Ngày chính thức',
    required: false,
    width: 14,
    text: true,
    help: 'dd/mm/yyyy, sau ngày vào Đảng.',
    examples: ['', '19/05/2016'],
  },
  {
    header: 'Ngạch',
    required: false,
    width: 18,
    help: 'Tên ngạch công chức, chức danh nghề nghiệp.',
    examples: ['Chuyên viên', 'Chuyên viên chính'],
  },
  { header: 'Mã ngạch', required: false, width: 10, text: true, help: 'Ví dụ 01.003.', examples: ['01.003', '01.002'] },
  { header: 'Bậc lương', required: false, width: 10, help: 'Số nguyên.', examples: [3, 2] },
  { header: 'Hệ số lương', required: false, width: 11, help: 'Ví dụ 3,00.', numFmt: '0.00', examples: [3, 4.74] },
  { header: 'Điện thoại', required: false, width: 14, text: true, help: '', examples: ['0912345678', ''] },
  { header: 'Email', required: false, width: 24, help: '', examples: ['', ''] },
];

const HEADER_ROW = 4;

function addCodeSheet(wb: ExcelJS.Workbook): void {
  const sheet = wb.addWorksheet(CODE_SHEET, { state: 'hidden' });
  sheet.getCell('A1').value = 'Dân tộc';
  ETHNIC_GROUPS.forEach((g, i) => (sheet.getCell(i + 2, 1).value = g));
}

function addInstructions(wb: ExcelJS.Workbook): void {
  const sheet = wb.addWorksheet('Hướng dẫn');
  sheet.columns = [
    { header: 'Cột', width: 22 },
    { header: 'Bắt buộc', width: 10 },
    { header: 'Cách ghi', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const c of TEMPLATE_COLUMNS) sheet.addRow([c.header, c.required ? 'Có' : '', c.help]);
  sheet.addRow([]);
  for (const line of [
    'Giữ nguyên dòng tiêu đề cột; có thể thêm dòng tiêu đề phía trên và bỏ các cột không dùng.',
    'Xóa hai dòng ví dụ trước khi nhập. Tệp chỉ được ghi khi mọi dòng đều hợp lệ; lỗi được báo theo dòng và cột.',
    'Có thể lưu dưới dạng .xlsx hoặc .csv (UTF-8). Không dùng phông chữ TCVN3/VNI.',
  ])
    sheet.addRow([line]);
}

export async function buildPeopleTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Merit';
  const sheet = wb.addWorksheet('Danh sách', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const last = TEMPLATE_COLUMNS.length;
  sheet.mergeCells(1, 1, 1, last);
  sheet.getCell(1, 1).value = 'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC';
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, last);
  sheet.getCell(2, 1).value =
    '(Mẫu nhập dữ liệu vào Merit — cột tô màu là bắt buộc; xem trang "Hướng dẫn"; xóa hai dòng ví dụ trước khi nhập)';
  sheet.getCell(2, 1).font = { italic: true };
  sheet.getCell(2, 1).alignment = { horizontal: 'center' };

  TEMPLATE_COLUMNS.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = c.width;
    const head = sheet.getCell(HEADER_ROW, i + 1);
    head.value = c.header;
    head.font = { bold: true };
    head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    head.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    if (c.required) head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    if (c.help) head.note = c.help;
    c.examples.forEach((v, r) => {
      const cell = sheet.getCell(HEADER_ROW + 1 + r, i + 1);
      if (v !== '') cell.value = v;
    });
    // Text columns and drop-downs for the rows offices fill (a generous block, not the whole sheet).
    for (let r = HEADER_ROW + 1; r <= HEADER_ROW + 2_000; r++) {
      const cell = sheet.getCell(r, i + 1);
      if (c.text) cell.numFmt = '@';
      else if (c.numFmt) cell.numFmt = c.numFmt;
      if (c.list) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [typeof c.list === 'string' ? c.list : `"${c.list.join(',')}"`],
          showErrorMessage: true,
          errorTitle: c.header,
          error: 'Chọn một giá trị trong danh sách',
        };
      }
    }
  });
  addInstructions(wb);
  addCodeSheet(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
