import { cleanText, hasControlChars } from '../../../shared/vi-text.js';
import { detectLegacyEncoding } from '../../../platform/server/spreadsheet/detect-encoding.js';
import { headerKey, type DetectedColumn, type DetectedHeader } from '../../../platform/server/spreadsheet/header-detection.js';
import { R, type ImportIssue, type Reason } from '../../../platform/server/spreadsheet/import-issues.js';
import { parseDate } from '../../../platform/server/spreadsheet/parse-date.js';
import type { Cell } from '../../../platform/server/spreadsheet/sheet-data.js';
import type { UnitImportField } from '../units-import.schemas.js';
import { TRACK_LABELS, UNIT_KINDS, type Track, type UnitKindCode } from '../unit-kinds.js';
import { matchKind, matchTrack } from './unit-import-catalogue.js';

/** Limits of the unit's fields, as the create form (org.contract.ts: UnitCodeSchema, textLine(200), optionalTextLine(60)). */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const MAX_CODE_LENGTH = 40;
export const MAX_NAME_LENGTH = 200;
export const MAX_SHORT_NAME_LENGTH = 60;

/** One data row of the file, as far as it could be read. */
export interface UnitRow {
  /** The spreadsheet row (1-based). */
  readonly rowNumber: number;
  /** As written (trimmed); null when missing. */
  readonly code: string | null;
  readonly name: string | null;
  readonly shortName: string | null;
  readonly kind: UnitKindCode | null;
  readonly track: Track | null;
  readonly parentCode: string | null;
  /** ISO date. */
  readonly validFrom: string | null;
  /** Some cell of the row has a problem (reported): the row takes part only as a parent code. */
  readonly bad: boolean;
}

export type ColumnsByField = ReadonlyMap<UnitImportField, DetectedColumn<UnitImportField>>;

export function columnsByField(detection: DetectedHeader<UnitImportField>): ColumnsByField {
  const map = new Map<UnitImportField, DetectedColumn<UnitImportField>>();
  for (const c of detection.columns) if (c.field && !map.has(c.field)) map.set(c.field, c);
  return map;
}

/** An issue at a row and the column of a field (column and header are null when the column is absent). */
export function issueAt(
  columns: ColumnsByField,
  row: number,
  field: UnitImportField,
  value: string | null,
  reason: Reason,
): ImportIssue {
  const column = columns.get(field);
  return { row, column: column?.letter ?? null, header: column?.header ?? null, field, value, ...reason };
}

const cellText = (c: Cell | undefined): string => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c);

/** The signature block under a list: "Người lập biểu", "THỦ TRƯỞNG ĐƠN VỊ", "…, ngày 05 tháng 01 năm 2026". */
const SIGNATURE =
  /(^| )(nguoi lap( bieu)?|thu truong|giam doc|chu tich|truong phong|ky ten|ky ghi ro ho ten|xac nhan|ngay \d+ thang \d+ nam \d+|tm|kt|q)( |$)/;

function isSignatureRow(cells: readonly Cell[], codeText: string | null): boolean {
  if (codeText !== null && UNIT_CODE_PATTERN.test(codeText)) return false;
  return cells.some((c) => typeof c === 'string' && c.length < 120 && SIGNATURE.test(headerKey(c)));
}

/** Fields whose text could be typed in a legacy encoding (the date and STT are not). */
const TEXT_FIELDS: readonly UnitImportField[] = ['code', 'name', 'shortName', 'kind', 'track', 'parent'];

/** Reads the data rows below the header: text NFC with stray spaces folded, values matched, problems named. */
export function readUnitRows(
  rows: readonly (readonly Cell[])[],
  detection: DetectedHeader<UnitImportField>,
): { rows: UnitRow[]; issues: ImportIssue[] } {
  const columns = columnsByField(detection);
  const out: UnitRow[] = [];
  const issues: ImportIssue[] = [];
  for (let r = detection.dataStart; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const raw = (field: UnitImportField): Cell | undefined => {
      const col = columns.get(field);
      return col ? cells[col.col] : undefined;
    };
    const text = (field: UnitImportField): string | null => {
      const t = cleanText(cellText(raw(field)));
      return t === '' ? null : t;
    };
    const rowNumber = r + 1;
    // Not a unit: blank rows, section headings and the signature block under the table.
    if (text('code') === null && text('kind') === null && text('parent') === null && text('validFrom') === null) continue;
    if (isSignatureRow(cells, text('code'))) continue;

    const before = issues.length;
    const problem = (field: UnitImportField, value: string | null, reason: Reason) =>
      issues.push(issueAt(columns, rowNumber, field, value, reason));

    // Text typed in TCVN3/VNI: the row is refused (its values would be stored as mojibake).
    const legacy = new Set<UnitImportField>();
    for (const field of TEXT_FIELDS) {
      const value = text(field);
      const finding = value ? detectLegacyEncoding(value) : null;
      if (!value || !finding) continue;
      legacy.add(field);
      problem(
        field,
        value,
        R(
          `Văn bản gõ bằng bảng mã cũ ${finding.encoding} ("${finding.word}" đọc là "${finding.decoded}"); dòng này không được nhập. Hãy chuyển tệp sang Unicode (ví dụ bằng Unikey) rồi nhập lại`,
          `Text typed in the legacy ${finding.encoding} encoding ("${finding.word}" reads as "${finding.decoded}"); this row is refused. Convert the file to Unicode (e.g. with Unikey) and import again`,
        ),
      );
    }
    const value = (field: UnitImportField) => (legacy.has(field) ? null : text(field));

    let code = value('code');
    if (code === null && !legacy.has('code')) {
      problem('code', null, R('Thiếu mã đơn vị', 'The unit code is missing'));
    } else if (code !== null && (code.length > MAX_CODE_LENGTH || !UNIT_CODE_PATTERN.test(code))) {
      problem(
        'code',
        code,
        R(
          `Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới, không có khoảng trắng, tối đa ${MAX_CODE_LENGTH} ký tự`,
          `A unit code has only unaccented letters, digits, dot, dash and underscore, no spaces, at most ${MAX_CODE_LENGTH} characters`,
        ),
      );
      code = null;
    }

    const name = value('name');
    if (name !== null && (name.length > MAX_NAME_LENGTH || hasControlChars(name))) {
      problem(
        'name',
        name.slice(0, 100),
        R(
          `Tên đơn vị dài quá ${MAX_NAME_LENGTH} ký tự hoặc có ký tự điều khiển`,
          `The unit name is longer than ${MAX_NAME_LENGTH} characters or has control characters`,
        ),
      );
    }
    const shortName = value('shortName');
    if (shortName !== null && (shortName.length > MAX_SHORT_NAME_LENGTH || hasControlChars(shortName))) {
      problem(
        'shortName',
        shortName.slice(0, 100),
        R(
          `Tên viết tắt dài quá ${MAX_SHORT_NAME_LENGTH} ký tự`,
          `The short name is longer than ${MAX_SHORT_NAME_LENGTH} characters`,
        ),
      );
    }

    const trackText = value('track');
    const track = trackText === null ? null : matchTrack(trackText);
    if (trackText !== null && track === null) {
      problem(
        'track',
        trackText,
        R(
          `Khối không hợp lệ; ghi một trong: ${Object.values(TRACK_LABELS)
            .map((l) => `"${l.vi}"`)
            .join(', ')}`,
          `Unknown track; write one of: ${Object.values(TRACK_LABELS)
            .map((l) => `"${l.en}"`)
            .join(', ')}`,
        ),
      );
    }

    const kindText = value('kind');
    let kind: UnitKindCode | null = null;
    if (kindText !== null) {
      const match = matchKind(kindText, track);
      if (match.ok) kind = match.kind;
      else if (match.candidates.length > 1) {
        problem(
          'kind',
          kindText,
          R(
            `Loại đơn vị chưa rõ, có thể là: ${match.candidates.map((k) => `"${UNIT_KINDS[k].vi}"`).join(', ')}; hãy ghi đủ tên loại hoặc ghi cột Khối`,
            `The unit kind is ambiguous, it may be: ${match.candidates.map((k) => `"${UNIT_KINDS[k].en}"`).join(', ')}; write the full kind or fill in the track`,
          ),
        );
      } else {
        problem(
          'kind',
          kindText,
          R(
            'Loại đơn vị không có trong danh mục (ví dụ "Sở, ban, ngành", "Phòng, chi cục", "Chi bộ")',
            'The unit kind is not in the catalogue (e.g. "Department", "Division or office", "Party cell")',
          ),
        );
      }
    }

    const parentCode = value('parent');
    const dateCell = raw('validFrom');
    let validFrom: string | null = null;
    const parsed = parseDate(dateCell === undefined ? null : dateCell);
    const dateText = cellText(dateCell) || null;
    if (parsed && !parsed.ok) problem('validFrom', dateText, parsed.reason);
    else if (parsed && parsed.precision !== 'day') {
      problem(
        'validFrom',
        dateText,
        R('Ngày thành lập cần đủ ngày, tháng, năm (dd/mm/yyyy)', 'The founding date needs day, month and year (dd/mm/yyyy)'),
      );
    } else if (parsed) validFrom = parsed.iso;

    out.push({ rowNumber, code, name, shortName, kind, track, parentCode, validFrom, bad: issues.length > before });
  }
  return { rows: out, issues };
}
