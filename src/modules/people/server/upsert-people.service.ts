import { sql } from 'kysely';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { maskIdNumber } from '../person-id.rules.js';
import type { PersonInputParsed } from '../person.schemas.js';
import { personValues } from './person.queries.js';

/** Rows per INSERT: 36 columns × 500 rows stays well under PostgreSQL's 65,535 parameters. */
export const UPSERT_CHUNK_SIZE = 500;

export interface UpsertOptions {
  readonly matchBy: 'idNumber';
  /** The authority used, for the audit log (the importer names it). */
  readonly authority?: string | null;
  readonly unitId?: number | null;
}

/**
 * Creates or updates people by ID number (re-importing updates instead of duplicating), in chunked
 * multi-row `INSERT … ON CONFLICT (id_number) DO UPDATE`. Rows without an ID number are inserted.
 * Does not check the policy or validate the rows (the importer has); run inside the caller's
 * transaction. Within one call, a repeated ID number keeps its last row. One audit event per call,
 * with counts and masked ID numbers.
 */
export async function upsertPeople(
  trx: Db,
  audit: AuditContext,
  rows: readonly PersonInputParsed[],
  options: UpsertOptions,
): Promise<{ created: number; updated: number; ids: number[] }> {
  if (options.matchBy !== 'idNumber') throw new Error(`Unsupported matchBy ${String(options.matchBy)}`);
  const byId = new Map<string, PersonInputParsed>();
  const withoutId: PersonInputParsed[] = [];
  for (const row of rows) {
    if (row.idNumber) byId.set(row.idNumber, row);
    else withoutId.push(row);
  }
  const unique = [...byId.values(), ...withoutId];
  const now = audit.now();
  let created = 0;
  let updated = 0;
  const ids: number[] = [];
  for (let i = 0; i < unique.length; i += UPSERT_CHUNK_SIZE) {
    const chunk = unique.slice(i, i + UPSERT_CHUNK_SIZE);
    const result = await trx
      .insertInto('people')
      .values(chunk.map((r) => ({ ...personValues(r), created_at: now, updated_at: now })))
      .onConflict((oc) =>
        oc.column('id_number').doUpdateSet((eb) => {
          const set: Record<string, unknown> = {};
          for (const column of Object.keys(personValues(chunk[0] as PersonInputParsed))) {
            if (column !== 'id_number') set[column] = eb.ref(`excluded.${column}` as 'excluded.ten');
          }
          return { ...set, updated_at: now, version: sql<number>`people.version + 1` };
        }),
      )
      .returning(['id', sql<boolean>`(xmax = 0)`.as('inserted')])
      .execute();
    for (const r of result) {
      ids.push(r.id);
      if (r.inserted) created += 1;
      else updated += 1;
    }
  }
  if (unique.length > 0) {
    await recordAudit(trx, audit, {
      action: 'people.person.upsert',
      entityType: 'person',
      entityId: null,
      unitId: options.unitId ?? null,
      authority: options.authority ?? null,
      after: { created, updated, idNumbers: [...byId.keys()].slice(0, 50).map(maskIdNumber) },
    });
  }
  return { created, updated, ids };
}

/** People by ID number (for the importer's preview: which rows will update). */
export async function findPeopleByIdNumbers(
  db: Db,
  idNumbers: readonly string[],
): Promise<{ id: number; idNumber: string; fullName: string; unitId: number; version: number }[]> {
  const out: { id: number; idNumber: string; fullName: string; unitId: number; version: number }[] = [];
  const unique = [...new Set(idNumbers)];
  for (let i = 0; i < unique.length; i += 5000) {
    const chunk = unique.slice(i, i + 5000);
    const rows = await db
      .selectFrom('people')
      .select(['id', 'id_number', 'full_name', 'unit_id', 'version'])
      .where('id_number', 'in', chunk)
      .execute();
    for (const r of rows)
      out.push({ id: r.id, idNumber: r.id_number ?? '', fullName: r.full_name, unitId: r.unit_id, version: r.version });
  }
  return out;
}
