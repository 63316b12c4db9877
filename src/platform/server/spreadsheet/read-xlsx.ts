import { SpreadsheetErrors } from './spreadsheet.errors.js';
import { columnIndex, normalizeCellValue, type Cell, type MergeRange, type ReadLimits, type SheetData } from './sheet-data.js';
import { firstSheetPath, parseDateStyles, parseSharedStrings, parseSheetCells } from './xlsx-sheet-reader.js';
import { guardZip, ZipGuardError } from './zip-guard.js';

// An .xlsx upload → SheetData: zip bombs refused before anything is unpacked, first worksheet only.

export function parseMerges(sheetXml: string): MergeRange[] {
  const at = sheetXml.lastIndexOf('<mergeCells');
  if (at < 0) return [];
  const end = sheetXml.indexOf('</mergeCells>', at);
  const xml = sheetXml.slice(at, end < 0 ? sheetXml.length : end);
  const out: MergeRange[] = [];
  for (const m of xml.matchAll(/ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    out.push({
      top: Number(m[2]) - 1,
      left: columnIndex(m[1] as string),
      bottom: Number(m[4]) - 1,
      right: columnIndex(m[3] as string),
    });
  }
  return out;
}

const corrupt = (message: string) => SpreadsheetErrors.IMPORT_FILE_CORRUPT([{ field: 'file', message }]);

export async function readXlsx(buf: Buffer, lim: ReadLimits): Promise<SheetData> {
  const parts = new Map<string, Buffer>();
  try {
    guardZip(buf, lim, (name, data) => {
      if (/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(name))
        parts.set(name, data);
    });
  } catch (err) {
    if (err instanceof ZipGuardError) {
      if (err.problem.kind === 'bomb') {
        throw SpreadsheetErrors.IMPORT_FILE_UNSAFE([
          { field: 'file', message: 'Kích thước giải nén khai báo vượt giới hạn an toàn' },
        ]);
      }
      throw corrupt('Tệp .xlsx bị hỏng (cấu trúc nén không hợp lệ)');
    }
    throw err;
  }
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? '';
  const first = firstSheetPath(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  if (!first) throw corrupt('Tệp .xlsx không có trang tính nào');
  const sheetXml = parts.get(first.path)?.toString('utf8');
  if (sheetXml === undefined) throw corrupt('Không tìm thấy trang tính đầu tiên trong tệp');
  const shared = parseSharedStrings(text('xl/sharedStrings.xml'));
  const dateStyles = parseDateStyles(text('xl/styles.xml'));
  parts.clear();
  const raw = parseSheetCells(sheetXml, shared, dateStyles, first.date1904, lim.maxRows, lim.maxColumns, () => {
    throw SpreadsheetErrors.IMPORT_TOO_MANY_ROWS([{ field: 'file', message: `Tối đa ${lim.maxRows} dòng mỗi tệp` }]);
  });
  let last = 0;
  for (const r of raw.keys()) if (r > last) last = r;
  const rows: Cell[][] = [];
  for (let r = 1; r <= last; r++) {
    const src = raw.get(r);
    const cells: Cell[] = [];
    if (src) for (let c = 0; c < src.length; c++) cells.push(normalizeCellValue(src[c]));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push(cells);
  }
  return { kind: 'xlsx', sheetName: first.name, rows, merges: parseMerges(sheetXml) };
}
