import { buildTemplateWorkbook, type TemplateColumn } from '../../../platform/server/spreadsheet/template-workbook.js';
import { TRACK_LABELS, TRACKS, UNIT_KIND_CODES, UNIT_KINDS } from '../unit-kinds.js';

/**
 * The units import's blank template: the headers the importer recognises, two example rows (two
 * divisions under the unit chosen in the dialog), drop-downs for "Loại đơn vị" (the kinds in use after
 * 1/7/2025) and "Khối". Importing it as it is under a department succeeds (units-import.routes.test.ts).
 */
export const UNITS_TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { header: 'STT', required: false, width: 6, help: 'Số thứ tự (không bắt buộc).', examples: [1, 2] },
  {
    header: 'Mã đơn vị',
    required: true,
    width: 16,
    text: true,
    help: 'Mã duy nhất (chữ, số, . _ -). Nhập lại cùng mã thì cập nhật tên thay vì tạo đơn vị mới.',
    examples: ['PHONG-TCCB-MAU', 'PHONG-VP-MAU'],
  },
  {
    header: 'Tên đơn vị',
    required: true,
    width: 34,
    help: 'Tên đầy đủ, có dấu.',
    examples: ['Phòng Tổ chức cán bộ', 'Văn phòng'],
  },
  { header: 'Tên viết tắt', required: false, width: 14, help: '', examples: ['P.TCCB', 'VP'] },
  {
    header: 'Loại đơn vị',
    required: true,
    width: 26,
    help: 'Chọn trong danh sách (loại đơn vị phải được phép đặt dưới đơn vị cấp trên).',
    list: { listName: 'Loại đơn vị' },
    examples: [UNIT_KINDS.division.vi, UNIT_KINDS.division.vi],
  },
  {
    header: 'Khối',
    required: false,
    width: 16,
    help: 'Đảng, Chính quyền hoặc Mặt trận, đoàn thể (để trống: theo loại đơn vị).',
    list: TRACKS.map((t) => TRACK_LABELS[t].vi),
    examples: ['Chính quyền', 'Chính quyền'],
  },
  {
    header: 'Đơn vị cấp trên',
    required: false,
    width: 18,
    text: true,
    help: 'Mã đơn vị cấp trên: đã có trong Merit hoặc một dòng khác của tệp (thứ tự dòng tùy ý). Để trống: đơn vị chọn khi nhập.',
    examples: ['', ''],
  },
  {
    header: 'Ngày thành lập',
    required: true,
    width: 14,
    text: true,
    help: 'dd/mm/yyyy, theo quyết định thành lập.',
    examples: ['01/07/2025', '01/07/2025'],
  },
];

export function buildUnitsTemplate(): Promise<Buffer> {
  return buildTemplateWorkbook({
    sheetName: 'Đơn vị',
    title: 'DANH SÁCH CƠ QUAN, ĐƠN VỊ',
    subtitle: '(Mẫu nhập đơn vị vào Merit — cột tô màu là bắt buộc; xem trang "Hướng dẫn"; xóa hai dòng ví dụ trước khi nhập)',
    columns: UNITS_TEMPLATE_COLUMNS,
    lists: { 'Loại đơn vị': UNIT_KIND_CODES.filter((k) => UNIT_KINDS[k].current).map((k) => UNIT_KINDS[k].vi) },
    notes: [
      'Mỗi dòng là một đơn vị. Đơn vị cấp trên ghi bằng mã; có thể nằm ở dòng bất kỳ trong tệp.',
      'Nhập lại một mã đã có thì chỉ cập nhật tên và tên viết tắt; muốn chuyển đơn vị sang nơi khác hãy dùng chức năng "Chuyển" trên cây đơn vị.',
      'Tệp chỉ được ghi khi mọi dòng đều hợp lệ; lỗi được báo theo dòng và cột.',
    ],
  });
}
