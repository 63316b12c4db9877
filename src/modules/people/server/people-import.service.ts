import { createHash } from 'node:crypto';
import { AppError, CommonErrors, type Locale } from '../../../shared/app-error.js';
import { foldDiacritics } from '../../../shared/vi-text.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { inSubtrees } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import { localToday } from '../age-band.rules.js';
import { IMPORT_FIELDS, type HeaderDetection, type ImportField, type MappingOverride } from '../import/detect-header.js';
import { buildErrorsWorkbook } from '../../../platform/server/spreadsheet/errors-workbook.js';
import { parsePeopleFile, validationError, type ParsedPeopleFile } from '../import/import-people-file.js';
import { columnLetter } from '../../../platform/server/spreadsheet/read-workbook.js';
import { issuesToErrorDetails, type ImportIssue, type ImportedPerson } from '../import/validate-rows.js';
import type { PersonStatus } from '../people-codes.js';
import type { ImportPreview } from '../people.contract.js';
import { PeopleErrors } from '../people.errors.js';
import { canPlaceInUnit, canReadPerson, peopleAuthority, PEOPLE_WRITE_ROLES } from '../people.policy.js';
import type { PersonInputParsed } from '../person.schemas.js';
import type { ProgressReporter } from './import-progress.js';
import { openImportedPosts } from './import-posts.js';
import { upsertPeople } from './upsert-people.service.js';

/**
 * The people importer's service (issue 3 item 5): preview (writes nothing), commit (all or nothing)
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

const noProgress: ProgressReporter = () => undefined;

interface TargetUnit {
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

function checkMapping(mapping: ImportRequest['mapping']): MappingOverride | undefined {
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
  const flagged = new Set(result.errors.filter((e) => e.field === 'unit').map((e) => e.row));
  const refs = dataRowCells(file, 'unit')
    .filter((r) => r.value && !flagged.has(r.row))
    .map((r) => ({ rowNumber: r.row, unitRef: r.value as string }))
    .filter((r) => r.unitRef.toLowerCase() !== unit.code.toLowerCase());
  const { issues: unitProblems } = await unitIssues(db, actor, refs, detection);
  const issues = [...result.errors, ...unitProblems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { issues, resolution: null };
}

/**
 * One field's cell text on each data row below the header, for a file that did not validate (the
 * validator then returns no rows). A data row has a name or an ID number: group headings and
 * signature lines do not.
 */
function dataRowCells(file: ParsedPeopleFile, field: ImportField): { row: number; value: string | null }[] {
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

/**
 * All or nothing: re-parses and validates the whole file (outside the transaction: parsing a large
 * file must not hold one open); any problem → 422 naming row and column, nothing written. Otherwise one
 * transaction: the policy and the units again, upsert by ID number, a current post for each row with a
 * "Chức vụ" (unless the person already holds that title in that unit), and one `people.import` audit
 * event (counts, file name, sha256 of the file — no personal data). `progress` hears each phase.
 */
export async function commitImport(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  req: ImportRequest,
  progress: ProgressReporter = noProgress,
): Promise<{ created: number; updated: number; postsCreated: number }> {
  progress('reading');
  const { unit: chosen, file } = await parse(db, actor, req, audit.now());
  const parsed = file.result;
  progress('checking', 0, parsed.ok ? parsed.rows.length : 0);
  if (!parsed.ok) {
    const { issues } = await fileIssues(db, actor, file, chosen);
    throw localized(validationError({ ok: false, errors: issues }), issues, actor.locale);
  }
  const today = localToday(audit.now());
  return db.transaction().execute(async (trx) => {
    const unit = await requireImportUnit(trx, actor, req.unitId);
    const resolved = await unitIssues(trx, actor, parsed.rows, file.detection);
    if (resolved.issues.length > 0) {
      throw localized(validationError({ ok: false, errors: resolved.issues }), resolved.issues, actor.locale);
    }
    progress('checking', parsed.rows.length, parsed.rows.length);
    const rows: PersonInputParsed[] = parsed.rows.map((r) => ({
      ...r.person,
      unitId: resolved.unitOf.get(r.rowNumber) as number,
      partyCellId: null,
    }));
    const authority = peopleAuthority(actor, [...new Set(resolved.paths)]);
    progress('writing', 0, rows.length);
    const { created, updated, ids } = await upsertPeople(trx, audit, rows, {
      matchBy: 'idNumber',
      authority,
      unitId: unit.id,
      onProgress: (written, total) => progress('writing', written, total),
    });
    const postsCreated = await openImportedPosts(trx, audit, {
      rows: parsed.rows.map((r, i) => ({
        idNumber: rows[i]?.idNumber ?? null,
        unitId: resolved.unitOf.get(r.rowNumber) as number,
        title: r.position,
      })),
      ids,
      startDate: today,
      authority,
      unitId: unit.id,
    });
    await recordAudit(trx, audit, {
      action: 'people.import',
      entityType: 'person',
      entityId: null,
      unitId: unit.id,
      authority,
      after: {
        fileName: req.fileName,
        sha256: createHash('sha256').update(req.buffer).digest('hex'),
        rows: rows.length,
        created,
        updated,
        postsCreated,
      },
    });
    return { created, updated, postsCreated };
  });
}

/** validationError's details are Vietnamese; an English caller gets English reasons. */
function localized(error: AppError, issues: readonly ImportIssue[], locale: Locale): AppError {
  if (locale === 'vi') return error;
  return new AppError(error.code, { status: error.status, ...error.messages }, issuesToErrorDetails(issues, locale));
}

interface UnitResolution {
  readonly issues: readonly ImportIssue[];
  readonly unitOf: ReadonlyMap<number, number>;
  readonly paths: readonly string[];
}

const unitKey = (s: string) =>
  foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Each row's unit: code or name of an active unit the actor may write to (the file's default is the chosen unit's code). */
async function unitIssues(
  db: Db,
  actor: AccountActor,
  rows: readonly Pick<ImportedPerson, 'rowNumber' | 'unitRef'>[],
  detection: HeaderDetection | null,
): Promise<UnitResolution> {
  const unitColumn = detection?.columns.find((c) => c.field === 'unit');
  const writable = actor.grants.filter((g) => PEOPLE_WRITE_ROLES.includes(g.role)).map((g) => g.unitPath);
  const units = await db
    .selectFrom('org_units as u')
    .select(['u.id', 'u.code', 'u.name', 'u.short_name', 'u.path'])
    .where('u.status', '=', 'active')
    .where((eb) => inSubtrees(eb.ref('u.path'), writable))
    .execute();
  const byKey = new Map<string, (typeof units)[number][]>();
  const add = (k: string, u: (typeof units)[number]) => {
    if (!k) return;
    const list = byKey.get(k) ?? [];
    if (!list.includes(u)) list.push(u);
    byKey.set(k, list);
  };
  for (const u of units) {
    add(`code:${u.code.toLowerCase()}`, u);
    add(`name:${unitKey(u.name)}`, u);
    if (u.short_name) add(`name:${unitKey(u.short_name)}`, u);
  }
  const issues: ImportIssue[] = [];
  const unitOf = new Map<number, number>();
  const paths: string[] = [];
  for (const r of rows) {
    const hits = byKey.get(`code:${r.unitRef.trim().toLowerCase()}`) ?? byKey.get(`name:${unitKey(r.unitRef)}`) ?? [];
    const hit = hits.length === 1 ? hits[0] : undefined;
    if (hit) {
      unitOf.set(r.rowNumber, hit.id);
      paths.push(hit.path);
      continue;
    }
    issues.push({
      row: r.rowNumber,
      column: unitColumn?.letter ?? null,
      header: unitColumn?.header ?? null,
      field: 'unit',
      value: r.unitRef,
      ...(hits.length > 1
        ? {
            vi: 'Tên đơn vị trùng với nhiều đơn vị; hãy ghi mã đơn vị',
            en: 'The unit name matches several units; write the unit code',
          }
        : {
            vi: 'Không tìm thấy đơn vị (hoặc đơn vị ngoài thẩm quyền của bạn)',
            en: 'The unit was not found (or is outside your authority)',
          }),
    });
  }
  return { issues, unitOf, paths };
}
