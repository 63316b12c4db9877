import { buildTemplateWorkbook, type TemplateColumn } from '../../../platform/server/spreadsheet/template-workbook.js';
import { EDUCATION_LEVELS, ETHNIC_GROUPS, GENDERS, PERSON_STATUSES, POLITICAL_THEORY_LEVELS } from '../people-codes.js';

/**
 * The people import's blank template ("Tải tệp mẫu"): the headers the importer recognises, two example
 * rows, drop-down lists for the coded columns, dates and ID numbers kept as text. Importing it as it is
 * (with the examples) succeeds: template-workbook.test.ts.
 */

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
    list: { listName: 'Dân tộc' },
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

export function buildPeopleTemplate(): Promise<Buffer> {
  return buildTemplateWorkbook({
    sheetName: 'Danh sách',
    title: 'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
    subtitle: '(Mẫu nhập dữ liệu vào Merit — cột tô màu là bắt buộc; xem trang "Hướng dẫn"; xóa hai dòng ví dụ trước khi nhập)',
    columns: TEMPLATE_COLUMNS,
    lists: { 'Dân tộc': ETHNIC_GROUPS },
    notes: [
      'Giữ nguyên dòng tiêu đề cột; có thể thêm dòng tiêu đề phía trên và bỏ các cột không dùng.',
      'Xóa hai dòng ví dụ trước khi nhập. Tệp chỉ được ghi khi mọi dòng đều hợp lệ; lỗi được báo theo dòng và cột.',
      'Có thể lưu dưới dạng .xlsx hoặc .csv (UTF-8). Không dùng phông chữ TCVN3/VNI.',
    ],
  });
}
