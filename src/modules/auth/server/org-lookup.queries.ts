import type { Db } from '../../../platform/server/db/database.js';

/**
 * The few facts about units and management bodies that accounts and grants need. Read straight
 * from the org tables (the actor resolver does the same) because the org module's public door
 * offers no lookup yet; move behind `modules/org/index.ts` when it does.
 */
export interface UnitFacts {
  readonly id: number;
  readonly path: string;
  readonly name: string;
  readonly active: boolean;
}

export async function findUnitFacts(db: Db, unitId: number): Promise<UnitFacts | undefined> {
  const row = await db
    .selectFrom('org_units')
    .select(['id', 'path', 'name', 'status'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  return row && { id: row.id, path: row.path, name: row.name, active: row.status === 'active' };
}

export interface BodyFacts {
  readonly id: number;
  readonly unitId: number;
  readonly inForce: boolean;
}

export async function findManagementBody(db: Db, bodyId: number, today: string): Promise<BodyFacts | undefined> {
  const row = await db
    .selectFrom('management_bodies')
    .select(['id', 'unit_id', 'valid_to'])
    .where('id', '=', bodyId)
    .executeTakeFirst();
  return row && { id: row.id, unitId: row.unit_id, inForce: row.valid_to === null || row.valid_to >= today };
}
