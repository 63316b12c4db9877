import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Locale } from '../../../shared/app-error.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { buildErrorsWorkbook } from '../../../platform/server/spreadsheet/errors-workbook.js';
import type { ImportIssue } from '../../../platform/server/spreadsheet/import-issues.js';
import { columnLetter } from '../../../platform/server/spreadsheet/sheet-data.js';
import { refusalError } from '../org.errors.js';
import { unitAccess } from '../org.policy.js';
import type { UnitImportField, UnitsImportPreview, UnitsImportResult } from '../units-import.schemas.js';
import { planUnitsImport, type ExistingUnit, type Plan } from '../import/plan-units-import.js';
import { importError, parseUnitsFile, type ParsedUnitsFile } from '../import/units-import-file.js';
import { createUnitRecord } from './create-unit.service.js';
import { requireEditableUnit } from './org-access.js';
import { renameUnitRecord } from './rename-unit.service.js';
import { writeAuthority } from './unit-audit.js';
import { UNIT_COLUMNS, toUnitRecord, type UnitRecord } from './unit.queries.js';
import { lockOrgTree } from './unit-write.queries.js';

/**
 * Import of units from .xlsx/.csv: preview (writes nothing), commit (all or nothing), the errors
 * workbook. The pure pipeline and the plan are in ../import; this file adds the policy, the units the
 * file names and the transaction. Every unit is created and renamed by the module's own writers
 * (history event + audit row each), then one `org.units.import` event records the file.
 */

export const PREVIEW_SAMPLE_ROWS = 10;
export const PREVIEW_MAX_ISSUES = 200;

export interface UnitsImportRequest {
  /** The unit the import is for: the caller must be able to change it; new rows without a parent go under it. */
  readonly unitId: number;
  readonly mapping?: Readonly<Record<string, UnitImportField | null>> | undefined;
  readonly fileName: string;
  readonly buffer: Buffer;
}

/** The import's unit: 404 unseen, 403 readable but not writable, 422 merged or dissolved. */
export async function requireImportTarget(db: Db, actor: AccountActor, unitId: number): Promise<UnitRecord> {
  const unit = await requireEditableUnit(db, actor, unitId);
  if (unit.status !== 'active') {
    throw refusalError({
      code: 'UNIT_INACTIVE',
      vi: `Đơn vị "${unit.name}" đã sáp nhập hoặc giải thể`,
      en: `Unit "${unit.name}" has been merged or dissolved`,
      field: 'query.unitId',
    });
  }
  return unit;
}

/** Today in Vietnam (ADR 003: dates are local ISO dates, Asia/Ho_Chi_Minh): the renames' effective date. */
export function localToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

const asExisting = (actor: AccountActor, u: UnitRecord): ExistingUnit => ({
  id: u.id,
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  track: u.track,
  path: u.path,
  status: u.status,
  validFrom: u.validFrom,
  parentId: u.parentId,
  access: unitAccess(actor, u),
});

/** The active units holding any code the file names (as a code or a parent), in any scope; access per unit. */
async function loadNamedUnits(db: Db, actor: AccountActor, file: ParsedUnitsFile): Promise<Map<string, ExistingUnit>> {
  const codes = new Set<string>();
  for (const r of file.rows) {
    if (r.code) codes.add(r.code.toLowerCase());
    if (r.parentCode) codes.add(r.parentCode.toLowerCase());
  }
  const out = new Map<string, ExistingUnit>();
  const list = [...codes];
  for (let i = 0; i < list.length; i += 1000) {
    const rows = await db
      .selectFrom('org_units as u')
      .select(UNIT_COLUMNS)
      .where(sql<string>`lower(u.code)`, 'in', list.slice(i, i + 1000))
      .where('u.status', '=', 'active')
      .execute();
    for (const row of rows) {
      const unit = toUnitRecord(row);
      out.set(unit.code.toLowerCase(), asExisting(actor, unit));
    }
  }
  return out;
}

interface Checked {
  readonly file: ParsedUnitsFile;
  readonly plan: Plan;
  readonly existing: ReadonlyMap<string, ExistingUnit>;
  /** Every problem: the file's, or (when the file reads cleanly) the plan's. */
  readonly issues: readonly ImportIssue[];
}

async function check(db: Db, actor: AccountActor, target: UnitRecord, file: ParsedUnitsFile, now: Date): Promise<Checked> {
  const existing = await loadNamedUnits(db, actor, file);
  const plan = planUnitsImport({
    rows: file.rows,
    columns: file.columns,
    target: asExisting(actor, target),
    existing,
    today: localToday(now),
  });
  const issues = file.fileProblem ? file.issues : [...file.issues, ...plan.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { file, plan, existing, issues };
}

async function parseRequest(db: Db, actor: AccountActor, req: UnitsImportRequest, now: Date): Promise<Checked> {
  const target = await requireImportTarget(db, actor, req.unitId);
  const file = await parseUnitsFile(req.buffer, req.fileName, req.mapping);
  return check(db, actor, target, file, now);
}

const toIssue = (i: ImportIssue, locale: Locale) => ({
  row: i.row,
  column: i.column,
  header: i.header,
  value: i.value,
  reason: i[locale],
});

/** What the file holds, what a commit would do and what is wrong; nothing is written. */
export async function previewUnitsImport(
  db: Db,
  actor: AccountActor,
  req: UnitsImportRequest,
  now: Date,
): Promise<UnitsImportPreview> {
  const { file, plan, issues } = await parseRequest(db, actor, req, now);
  const dataStart = file.detection?.dataStart ?? 0;
  const sampleRows = file.sheet.rows
    .slice(dataStart)
    .map((cells, i) => ({ row: dataStart + i + 1, cells }))
    .filter((r) => r.cells.some((c) => c !== null && c !== ''))
    .slice(0, PREVIEW_SAMPLE_ROWS)
    .map((r) => ({ row: r.row, cells: Object.fromEntries(r.cells.map((c, col) => [columnLetter(col), c])) }));
  const ok = issues.length === 0;
  const count = (type: string) => (ok ? plan.actions.filter((a) => a.type === type).length : 0);
  return {
    fileName: req.fileName,
    rowCount: file.rows.length,
    headerRow: file.detection ? file.detection.headerRow + 1 : null,
    columns: (file.detection?.columns ?? []).map((c) => ({
      letter: c.letter,
      header: c.header,
      field: c.field,
      confidence: c.confidence,
    })),
    sampleRows,
    toCreate: count('create'),
    toUpdate: count('rename'),
    unchanged: count('unchanged'),
    ok,
    issues: issues.slice(0, PREVIEW_MAX_ISSUES).map((i) => toIssue(i, actor.locale)),
    errorCount: issues.length,
  };
}

/** The file's problems as an .xlsx (an empty list when the file is clean). */
export async function unitsImportErrorsWorkbook(
  db: Db,
  actor: AccountActor,
  req: UnitsImportRequest,
  now: Date,
): Promise<Buffer> {
  const { issues } = await parseRequest(db, actor, req, now);
  return buildErrorsWorkbook(issues, { locale: actor.locale, fileName: req.fileName });
}

/**
 * All or nothing: the file is read outside the transaction (reading must not hold one open); then, under
 * the tree lock, the policy, the named units and the plan again; any problem → 422 naming row and
 * column, nothing written. Otherwise each unit through the module's writers, parents first, and one
 * `org.units.import` audit event (file name, sha256, counts — the units' own events hold the rest).
 */
export async function commitUnitsImport(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  req: UnitsImportRequest,
): Promise<UnitsImportResult> {
  await requireImportTarget(db, actor, req.unitId);
  const file = await parseUnitsFile(req.buffer, req.fileName, req.mapping);
  if (file.fileProblem) throw importError(file.fileProblem, file.issues, actor.locale);
  return db.transaction().execute(async (trx) => {
    await lockOrgTree(trx);
    const target = await requireImportTarget(trx, actor, req.unitId);
    const { plan, existing, issues } = await check(trx, actor, target, file, audit.now());
    if (issues.length > 0) throw importError(null, issues, actor.locale);

    const created = new Map<string, UnitRecord>();
    const parents = new Map<number, { path: string }>();
    for (const u of existing.values()) parents.set(u.id, u);
    parents.set(target.id, target);
    const today = localToday(audit.now());
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const action of plan.actions) {
      if (action.type === 'create') {
        const parent =
          'unitId' in action.parent
            ? { id: action.parent.unitId, path: (parents.get(action.parent.unitId) as { path: string }).path }
            : (created.get(action.parent.code.toLowerCase()) as UnitRecord);
        const unit = await createUnitRecord(
          trx,
          audit,
          {
            parentId: parent.id,
            track: action.track,
            kind: action.kind,
            code: action.code,
            name: action.name,
            shortName: action.shortName,
            validFrom: action.validFrom,
          },
          writeAuthority(actor, [parent]),
        );
        created.set(unit.code.toLowerCase(), unit);
        counts.created++;
      } else if (action.type === 'rename') {
        const unit = parents.get(action.unitId) as { path: string };
        await renameUnitRecord(
          trx,
          audit,
          { unitId: action.unitId, name: action.name, shortName: action.shortName, effectiveDate: today },
          writeAuthority(actor, [unit]),
        );
        counts.updated++;
      } else {
        counts.unchanged++;
      }
    }
    await recordAudit(trx, audit, {
      action: 'org.units.import',
      entityType: 'org_unit',
      entityId: null,
      unitId: target.id,
      authority: writeAuthority(actor, [target]).authority ?? null,
      after: {
        fileName: req.fileName,
        sha256: createHash('sha256').update(req.buffer).digest('hex'),
        rows: file.rows.length,
        ...counts,
      },
    });
    return counts;
  });
}
