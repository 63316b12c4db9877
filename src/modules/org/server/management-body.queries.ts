import type { Db } from '../../../platform/server/db/database.js';
import { ManagementBodyKindSchema, type ManagementBody } from '../org.contract.js';

interface BodyRow {
  id: number;
  unit_id: number;
  kind: string;
  name: string;
  valid_from: string;
  valid_to: string | null;
}

const BODY_COLUMNS = ['id', 'unit_id', 'kind', 'name', 'valid_from', 'valid_to'] as const;

function toManagementBody(row: BodyRow): ManagementBody {
  return {
    id: row.id,
    unitId: row.unit_id,
    kind: ManagementBodyKindSchema.parse(row.kind),
    name: row.name,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

export async function findManagementBody(db: Db, id: number, options: { forUpdate?: boolean } = {}) {
  const query = db.selectFrom('management_bodies').select(BODY_COLUMNS).where('id', '=', id);
  const row = await (options.forUpdate ? query.forUpdate() : query).executeTakeFirst();
  return row ? toManagementBody(row) : undefined;
}

/** Open bodies first, then by name; closed ones stay listed (decisions they made keep their author). */
export async function listManagementBodies(db: Db, unitId: number): Promise<ManagementBody[]> {
  const rows = await db
    .selectFrom('management_bodies')
    .select(BODY_COLUMNS)
    .where('unit_id', '=', unitId)
    .orderBy((eb) => eb.case().when('valid_to', 'is', null).then(0).else(1).end())
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toManagementBody);
}

export async function listOpenManagementBodies(db: Db, unitId: number): Promise<ManagementBody[]> {
  const rows = await db
    .selectFrom('management_bodies')
    .select(BODY_COLUMNS)
    .where('unit_id', '=', unitId)
    .where('valid_to', 'is', null)
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map(toManagementBody);
}

export async function insertManagementBody(
  db: Db,
  body: { unitId: number; kind: ManagementBody['kind']; name: string; validFrom: string },
): Promise<ManagementBody> {
  const row = await db
    .insertInto('management_bodies')
    .values({ unit_id: body.unitId, kind: body.kind, name: body.name, valid_from: body.validFrom })
    .returning(BODY_COLUMNS)
    .executeTakeFirstOrThrow();
  return toManagementBody(row);
}

export async function closeManagementBodyRow(db: Db, id: number, validTo: string): Promise<ManagementBody> {
  const row = await db
    .updateTable('management_bodies')
    .set({ valid_to: validTo })
    .where('id', '=', id)
    .returning(BODY_COLUMNS)
    .executeTakeFirstOrThrow();
  return toManagementBody(row);
}
