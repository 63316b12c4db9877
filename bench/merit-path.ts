/**
 * The parts of Merit the benchmark measures: the import (read the file, find the header, validate
 * the rows, upsert them all in one transaction) and the people list query behind GET /api/people.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectHeader } from '../src/modules/people/import/detect-header.js';
import { readWorkbook } from '../src/platform/server/spreadsheet/read-workbook.js';
import { validateRows } from '../src/modules/people/import/validate-rows.js';
import { listPeople, upsertPeople } from '../src/modules/people/index.js';
import { ListPeopleQuerySchema } from '../src/modules/people/people.contract.js';
import type { PersonInputParsed } from '../src/modules/people/person.schemas.js';
import { systemAuditContext } from '../src/platform/server/audit/audit-log.js';
import type { AccountActor } from '../src/platform/server/auth/actor.js';
import type { Db } from '../src/platform/server/db/database.js';

export interface MeritImportResult {
  readonly ok: boolean;
  readonly written: number;
  /** Milliseconds per phase. */
  readonly phases: { read: number; validate: number; upsert: number };
  readonly errors: readonly string[];
}

/**
 * Merit's import path, as the import endpoint will run it: parse, validate every row, and write all
 * or nothing. Units are matched by code here (the importer's unit resolution is not written yet), and
 * the "Chức vụ" posts are not created (posts are written by the import service, not upsertPeople).
 */
export async function meritImport(
  db: Db,
  file: string,
  unitIds: ReadonlyMap<string, number>,
  maxRows: number,
): Promise<MeritImportResult> {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const buf = await readFile(file);
  // The upload limits (40 MB of CSV, 300,000 rows) are lifted: the bench measures throughput at 500k.
  const sheet = await readWorkbook(buf, basename(file), {
    maxFileBytes: buf.length + 1,
    maxCsvBytes: buf.length + 1,
    maxRows: maxRows + 100,
  });
  const read = lap();
  const detection = detectHeader(sheet.rows, sheet.merges);
  const validated = validateRows(sheet.rows, detection);
  const errors: string[] = [];
  const rows: PersonInputParsed[] = [];
  if (!validated.ok) {
    errors.push(...validated.errors.slice(0, 5).map((e) => `row ${e.row ?? '-'} ${e.header ?? ''}: ${e.en} (${e.value ?? ''})`));
  } else {
    for (const r of validated.rows) {
      const unitId = unitIds.get(r.unitRef);
      if (unitId === undefined) errors.push(`row ${r.rowNumber}: unknown unit ${r.unitRef}`);
      else rows.push({ ...r.person, unitId, partyCellId: null });
    }
  }
  const validate = lap();
  if (errors.length > 0) return { ok: false, written: 0, phases: { read, validate, upsert: 0 }, errors };
  const result = await db
    .transaction()
    .execute((trx) => upsertPeople(trx, systemAuditContext('bench'), rows, { matchBy: 'idNumber', authority: 'bench' }));
  const upsert = lap();
  return { ok: true, written: result.created + result.updated, phases: { read, validate, upsert }, errors };
}

/** An organizer granted the province root: sees everyone, as the provincial organization board does. */
export function benchActor(rootId: number, rootPath: string): AccountActor {
  return {
    kind: 'account',
    accountId: 0,
    username: 'bench',
    displayName: 'Bench',
    grants: [{ grantId: 0, role: 'organizer', unitId: rootId, unitPath: rootPath, managementBodyId: null }],
    sessionId: 'bench',
    csrfToken: 'bench',
    stage: 'ready',
    mfaEnabled: true,
    locale: 'vi',
  };
}

/** One call of the list query, with the query string as the route would receive it. */
export function meritList(db: Db, actor: AccountActor, query: Record<string, string | number | undefined>): Promise<unknown> {
  return listPeople(db, actor, ListPeopleQuerySchema.parse(query));
}
