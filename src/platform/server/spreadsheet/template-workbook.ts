import ExcelJS from 'exceljs';

/**
 * The blank workbook an import offers to download ("Tải tệp mẫu"): a title, the headers the importer
 * recognises (required ones shaded, each with a note), example rows, drop-down lists for coded
 * columns, text format where Excel would mangle a value (ID numbers lose their leading zeros, dates
 * turn into serials), and a sheet of instructions. Importing a template as it is must succeed: each
 * importer tests that.
 */
export interface TemplateColumn {
  readonly header: string;
  readonly required: boolean;
  readonly width: number;
  readonly help: string;
  /** A drop-down: literal values, or the name of one of the spec's lists (a hidden sheet). */
  readonly list?: readonly string[] | { readonly listName: string };
  readonly text?: boolean;
  readonly numFmt?: string;
  /** One value per example row ('' for a blank cell). */
  readonly examples: readonly (string | number)[];
}

export interface TemplateSpec {
  readonly sheetName: string;
  readonly title: string;
  readonly subtitle: string;
  readonly columns: readonly TemplateColumn[];
  /** Longer lists for drop-downs (too long for an inline list), by name. */
  readonly lists?: Readonly<Record<string, readonly string[]>>;
  /** Lines under the column table of the instructions sheet. */
  readonly notes: readonly string[];
}

const HEADER_ROW = 4;
/** Rows below the header that get the text formats and drop-downs (a generous block, not the whole sheet). */
export const TEMPLATE_PREPARED_ROWS = 2_000;
const LIST_SHEET = 'Danh mục';

function addLists(wb: ExcelJS.Workbook, lists: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const ranges = new Map<string, string>();
  const names = Object.keys(lists);
  if (names.length === 0) return ranges;
  const sheet = wb.addWorksheet(LIST_SHEET, { state: 'hidden' });
  names.forEach((name, i) => {
    const values = lists[name] ?? [];
    const col = sheet.getColumn(i + 1);
    sheet.getCell(1, i + 1).value = name;
    values.forEach((v, r) => (sheet.getCell(r + 2, i + 1).value = v));
    ranges.set(name, `'${LIST_SHEET}'!$${col.letter}$2:$${col.letter}$${values.length + 1}`);
  });
  return ranges;
}

function addInstructions(wb: ExcelJS.Workbook, spec: TemplateSpec): void {
  const sheet = wb.addWorksheet('Hướng dẫn');
  sheet.columns = [
    { header: 'Cột', width: 24 },
    { header: 'Bắt buộc', width: 10 },
    { header: 'Cách ghi', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const c of spec.columns) sheet.addRow([c.header, c.required ? 'Có' : '', c.help]);
  sheet.addRow([]);
  for (const line of spec.notes) sheet.addRow([line]);
}

export async function buildTemplateWorkbook(spec: TemplateSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Merit';
  const sheet = wb.addWorksheet(spec.sheetName, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const last = spec.columns.length;
  for (const [row, text, font] of [
    [1, spec.title, { bold: true, size: 14 }],
    [2, spec.subtitle, { italic: true }],
  ] as const) {
    sheet.mergeCells(row, 1, row, last);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: 'center' };
  }
  addInstructions(wb, spec);
  // Every drop-down reads a range of the hidden list sheet: an inline list would split "Mặt trận,
  // đoàn thể" at its comma, and is limited to 255 characters.
  const lists: Record<string, readonly string[]> = { ...spec.lists };
  for (const c of spec.columns) if (Array.isArray(c.list)) lists[c.header] = c.list;
  const ranges = addLists(wb, lists);

  spec.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
    const head = sheet.getCell(HEADER_ROW, i + 1);
    head.value = c.header;
    head.font = { bold: true };
    head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    head.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    if (c.required) head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    if (c.help) head.note = c.help;
    c.examples.forEach((v, r) => {
      if (v !== '') sheet.getCell(HEADER_ROW + 1 + r, i + 1).value = v;
    });
    const list =
      c.list === undefined ? undefined : ranges.get(Array.isArray(c.list) ? c.header : (c.list as { listName: string }).listName);
    for (let r = HEADER_ROW + 1; r <= HEADER_ROW + TEMPLATE_PREPARED_ROWS; r++) {
      const cell = sheet.getCell(r, i + 1);
      if (c.text) cell.numFmt = '@';
      else if (c.numFmt) cell.numFmt = c.numFmt;
      if (list) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [list],
          showErrorMessage: true,
          errorTitle: c.header,
          error: 'Chọn một giá trị trong danh sách',
        };
      }
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
