import { CommonErrors, type Locale } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { localToday } from '../age-band.rules.js';
import { IMPORT_FIELDS, type ImportField, type MappingOverride } from '../import/detect-header.js';
import { buildErrorsWorkbook } from '../../../platform/server/spreadsheet/errors-workbook.js';
import { parsePeopleFile, type ParsedPeopleFile } from '../import/import-people-file.js';
import { columnLetter } from '../../../platform/server/spreadsheet/read-workbook.js';
import type { ImportIssue } from '../import/validate-rows.js';
import type { PersonStatus } from '../people-codes.js';
import type { ImportPreview } from '../people.contract.js';
import { PeopleErrors } from '../people.errors.js';
import { canPlaceInUnit, canReadPerson } from '../people.policy.js';
import { importUnitResolver, unitIssues, type UnitResolution, type UnitRow } from './import-units.js';

/** The sheet and its header, as the rows' problems are reported against them. */
type SheetAndHeader = Pick<ParsedPeopleFile, 'sheet' | 'detection'>;

/**
 * The people importer's service (issue 3 item 5): preview (writes nothing), commit (all or nothing: commit-import.ts)
 * and the errors workbook. The pure pipeline is in ../import; this file adds the policy, the units
 * named in the file and the transaction.
 */

export const PREVIEW_SAMPLE_ROWS = 10;
export const PREVIEW_MAX_ISSUES = 200;

export interface ImportRequest {
  readonly unitId: number;
  readonly mapping?: Readonly<Record<string, string | null>> | undefined;
  /** "Đối tượng" for rows without one (chosen in the dialog). */
  readonly defaultStatus?: PersonStatus | undefined;
  readonly fileName: string;
  readonly buffer: Buffer;
}

export interface TargetUnit {
  readonly id: number;
  readonly code: string;
  readonly path: string;
}

/** The chosen unit: 404 unseen, 403 readable but not writable, 422 inactive. */
export async function requireImportUnit(db: Db, actor: AccountActor, unitId: number): Promise<TargetUnit> {
  const unit = await db
    .selectFrom('org_units')
    .select(['id', 'code', 'path', 'status'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit || !canReadPerson(actor, { unitPath: unit.path })) throw CommonErrors.NOT_FOUND();
  if (!canPlaceInUnit(actor, unit.path)) throw CommonErrors.FORBIDDEN();
  if (unit.status !== 'active') {
    throw PeopleErrors.UNIT_NOT_AVAILABLE([{ field: 'query.unitId', message: 'Đơn vị đã ngừng hoạt động' }]);
  }
  return unit;
}

export function checkMapping(mapping: ImportRequest['mapping']): MappingOverride | undefined {
  if (!mapping) return undefined;
  const known = new Set<string>(IMPORT_FIELDS);
  const bad = Object.entries(mapping).filter(([, f]) => f !== null && !known.has(f));
  if (bad.length > 0) {
    throw CommonErrors.VALIDATION_FAILED(
      bad.map(([letter, f]) => ({ field: `query.mapping.${letter}`, message: `Trường không hợp lệ: ${String(f)}` })),
    );
  }
  return mapping as Readonly<Record<string, ImportField | null>>;
}

async function parse(
  db: Db,
  actor: AccountActor,
  req: ImportRequest,
  now: Date,
): Promise<{ unit: TargetUnit; file: ParsedPeopleFile }> {
  const unit = await requireImportUnit(db, actor, req.unitId);
  const mapping = checkMapping(req.mapping);
  const file = await parsePeopleFile(req.buffer, req.fileName, {
    ...(mapping ? { mapping } : {}),
    ...(req.defaultStatus ? { defaultStatus: req.defaultStatus } : {}),
    defaultUnitRef: unit.code,
    today: localToday(now),
  });
  return { unit, file };
}

function toIssue(i: ImportIssue, locale: Locale) {
  return { row: i.row, column: i.column, header: i.header, value: i.value, reason: i[locale] };
}

/** What the file holds and what is wrong with it; nothing is written. */
export async function previewImport(db: Db, actor: AccountActor, req: ImportRequest, now: Date): Promise<ImportPreview> {
  const { unit, file } = await parse(db, actor, req, now);
  const { sheet, detection, result } = file;
  const { issues } = await fileIssues(db, actor, file, unit);
  const dataStart = detection?.dataStart ?? 0;
  const sampleRows = sheet.rows
    .slice(dataStart)
    .map((cells, i) => ({ row: dataStart + i + 1, cells }))
    .filter((r) => r.cells.some((c) => c !== null && c !== ''))
    .slice(0, PREVIEW_SAMPLE_ROWS)
    .map((r) => ({
      row: r.row,
      cells: Object.fromEntries(Array.from(r.cells, (c, col) => [columnLetter(col), c ?? null])),
    }));
  return {
    fileName: req.fileName,
    rowCount: result.ok ? result.rows.length : Math.max(0, sheet.rows.length - dataStart),
    headerRow: detection ? detection.headerRow + 1 : null,
    columns: (detection?.columns ?? []).map((c) => ({
      letter: c.letter,
      header: c.header,
      field: c.field,
      confidence: c.confidence,
    })),
    sampleRows,
    ok: issues.length === 0,
    issues: issues.slice(0, PREVIEW_MAX_ISSUES).map((i) => toIssue(i, actor.locale)),
    errorCount: issues.length,
    postCount: result.ok
      ? result.rows.filter((r) => r.position?.trim()).length
      : dataRowCells(file, 'position').filter((r) => r.value).length,
    postsStartDate: localToday(now),
  };
}

/** The file's problems as an .xlsx (empty list when the file is clean). */
export async function importErrorsWorkbook(db: Db, actor: AccountActor, req: ImportRequest, now: Date): Promise<Buffer> {
  const { unit, file } = await parse(db, actor, req, now);
  const { issues } = await fileIssues(db, actor, file, unit);
  return buildErrorsWorkbook(issues, { locale: actor.locale, fileName: req.fileName });
}

/**
 * Every problem of the file in one round: the rows' own problems and, for every row whose "Đơn vị"
 * cell could be read, whether that unit exists within the caller's reach (a file-level problem —
 * no header, a missing column — stops there: there are no rows to speak of).
 */
async function fileIssues(
  db: Db,
  actor: AccountActor,
  file: ParsedPeopleFile,
  unit: TargetUnit,
): Promise<{ issues: readonly ImportIssue[]; resolution: UnitResolution | null }> {
  const { result, detection } = file;
  if (result.ok) {
    const resolution = await unitIssues(db, actor, result.rows, detection);
    return { issues: resolution.issues, resolution };
  }
  if (result.errors.some((e) => e.row === null)) return { issues: result.errors, resolution: null };
  const resolve = await importUnitResolver(db, actor, detection);
  return { issues: rowAndUnitIssues(file, unit, result.errors, resolve), resolution: null };
}

/**
 * A file whose rows did not validate: their problems and, for every row whose "Đơn vị" cell was not
 * itself flagged, whether that unit resolves (read from the cells: the validator returns no rows), by row.
 */
export function rowAndUnitIssues(
  file: SheetAndHeader,
  unit: Pick<TargetUnit, 'code'>,
  errors: readonly ImportIssue[],
  resolve: (rows: readonly UnitRow[]) => UnitResolution,
): ImportIssue[] {
  const flagged = new Set(errors.filter((e) => e.field === 'unit').map((e) => e.row));
  const refs = dataRowCells(file, 'unit')
    .filter((r) => r.value && !flagged.has(r.row))
    .map((r) => ({ rowNumber: r.row, unitRef: r.value as string }))
    .filter((r) => r.unitRef.toLowerCase() !== unit.code.toLowerCase());
  return [...errors, ...resolve(refs).issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/**
 * One field's cell text on each data row below the header, for a file that did not validate (the
 * validator then returns no rows). A data row has a name or an ID number: group headings and
 * signature lines do not.
 */
function dataRowCells(file: SheetAndHeader, field: ImportField): { row: number; value: string | null }[] {
  const { detection, sheet } = file;
  const column = detection?.columns.find((c) => c.field === field);
  if (!detection || !column) return [];
  const identity = detection.columns.filter((c) => c.field && ['fullName', 'hoDem', 'ten', 'idNumber'].includes(c.field));
  const out: { row: number; value: string | null }[] = [];
  for (let r = detection.dataStart; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (!identity.some((c) => cells[c.col] !== null && cells[c.col] !== undefined && cells[c.col] !== '')) continue;
    const raw = cells[column.col];
    const text = raw === null || raw === undefined ? '' : String(raw).trim();
    out.push({ row: r + 1, value: text || null });
  }
  return out;
}
