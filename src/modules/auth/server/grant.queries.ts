import type { Role } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { Grant } from '../auth.contract.js';

/** Active (not revoked) grants of these accounts, with unit, body and granter names, by account. */
export async function listGrantViews(
  db: Db,
  accountIds: readonly number[],
  options: { activeUnitsOnly?: boolean } = {},
): Promise<Map<number, Grant[]>> {
  const byAccount = new Map<number, Grant[]>();
  if (accountIds.length === 0) return byAccount;
  let query = db
    .selectFrom('grants as g')
    .innerJoin('org_units as u', 'u.id', 'g.unit_id')
    .leftJoin('management_bodies as b', 'b.id', 'g.management_body_id')
    .leftJoin('accounts as by', 'by.id', 'g.granted_by')
    .select([
      'g.id',
      'g.account_id',
      'g.role',
      'g.unit_id',
      'u.name as unit_name',
      'u.path as unit_path',
      'g.management_body_id',
      'b.name as body_name',
      'g.granted_at',
      'by.username as granted_by',
    ])
    .where('g.account_id', 'in', [...accountIds])
    .where('g.revoked_at', 'is', null);
  if (options.activeUnitsOnly) query = query.where('u.status', '=', 'active');
  const rows = await query.orderBy('g.id').execute();
  for (const r of rows) {
    const list = byAccount.get(r.account_id) ?? [];
    list.push({
      id: r.id,
      role: r.role as Role,
      unitId: r.unit_id,
      unitName: r.unit_name,
      unitPath: r.unit_path,
      managementBodyId: r.management_body_id,
      managementBodyName: r.body_name,
      grantedAt: r.granted_at.toISOString(),
      grantedBy: r.granted_by,
    });
    byAccount.set(r.account_id, list);
  }
  return byAccount;
}

export async function listAccountGrantViews(db: Db, accountId: number, activeUnitsOnly = false): Promise<Grant[]> {
  return (await listGrantViews(db, [accountId], { activeUnitsOnly })).get(accountId) ?? [];
}

export interface GrantRow {
  readonly id: number;
  readonly accountId: number;
  readonly role: Role;
  readonly unitId: number;
  readonly unitPath: string;
  readonly managementBodyId: number | null;
  readonly revoked: boolean;
}

export async function findGrant(db: Db, grantId: number): Promise<GrantRow | undefined> {
  const row = await db
    .selectFrom('grants as g')
    .innerJoin('org_units as u', 'u.id', 'g.unit_id')
    .select(['g.id', 'g.account_id', 'g.role', 'g.unit_id', 'u.path', 'g.management_body_id', 'g.revoked_at'])
    .where('g.id', '=', grantId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      accountId: row.account_id,
      role: row.role as Role,
      unitId: row.unit_id,
      unitPath: row.path,
      managementBodyId: row.management_body_id,
      revoked: row.revoked_at !== null,
    }
  );
}

export async function hasActiveGrant(
  db: Db,
  g: { accountId: number; role: Role; unitId: number; managementBodyId: number | null },
): Promise<boolean> {
  let query = db
    .selectFrom('grants')
    .select('id')
    .where('account_id', '=', g.accountId)
    .where('role', '=', g.role)
    .where('unit_id', '=', g.unitId)
    .where('revoked_at', 'is', null);
  query =
    g.managementBodyId === null
      ? query.where('management_body_id', 'is', null)
      : query.where('management_body_id', '=', g.managementBodyId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertGrant(
  db: Db,
  /** `grantedBy` null: the system gave it (demo, `merit create-admin`). */
  g: { accountId: number; role: Role; unitId: number; managementBodyId: number | null; grantedBy: number | null; now: Date },
): Promise<number> {
  const row = await db
    .insertInto('grants')
    .values({
      account_id: g.accountId,
      role: g.role,
      unit_id: g.unitId,
      management_body_id: g.managementBodyId,
      granted_by: g.grantedBy,
      granted_at: g.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Marks the grant revoked; false when someone revoked it first. */
export async function revokeGrantRow(db: Db, grantId: number, by: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('grants')
    .set({ revoked_at: now, revoked_by: by })
    .where('id', '=', grantId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
