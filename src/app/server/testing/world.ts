import { sql } from 'kysely';
import type { Role } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { hashSessionToken, newSessionToken } from '../../../modules/auth/server/session-token.js';
import { personNameSortKey, splitFullName } from '../../../modules/people/index.js';
import { viSearchText, viSortKey } from '../../../shared/vi-sort.js';
import type { TestContext } from './test-app.js';
import type { TestClient } from './test-client.js';

export interface UnitRef {
  readonly id: number;
  readonly path: string;
  readonly code: string;
}

let seq = 0;
const uniq = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/** Inserts a unit directly (fixtures only; the org service is what users go through). */
export async function insertUnit(
  db: Db,
  parent: UnitRef | null,
  fields: { name?: string; code?: string; track?: 'party' | 'state' | 'mass'; kind?: string } = {},
): Promise<UnitRef> {
  const code = fields.code ?? `U-${uniq()}`;
  const name = fields.name ?? `Đơn vị ${code}`;
  const { id } = await db
    .insertInto('org_units')
    .values({
      parent_id: parent?.id ?? null,
      path: `/tmp-${code}/`,
      depth: parent ? parent.path.split('/').length - 1 : 1,
      track: fields.track ?? 'state',
      kind: fields.kind ?? (parent ? 'department' : 'province'),
      code,
      name,
      sort_key: viSortKey(name),
      search_text: viSearchText(`${name} ${code}`),
      valid_from: '2025-07-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${parent?.path ?? '/'}${id}/`;
  await db.updateTable('org_units').set({ path }).where('id', '=', id).execute();
  return { id, path, code };
}

export async function insertManagementBody(db: Db, unit: UnitRef, kind = 'standing_committee'): Promise<number> {
  const row = await db
    .insertInto('management_bodies')
    .values({ unit_id: unit.id, kind, name: `Ban Thường vụ ${unit.code}`, valid_from: '2025-07-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface TestAccount {
  readonly id: number;
  readonly username: string;
}

/** An account with grants, MFA marked enrolled (so administrators are ready to work). */
export async function insertAccount(
  db: Db,
  home: UnitRef,
  grants: readonly { role: Role; unit: UnitRef; managementBodyId?: number }[] = [],
  options: { passwordHash?: string; mfa?: boolean } = {},
): Promise<TestAccount> {
  const username = `u${uniq()}`;
  const account = await db
    .insertInto('accounts')
    .values({
      username,
      display_name: `Người dùng ${username}`,
      home_unit_id: home.id,
      password_hash: options.passwordHash ?? 'not-a-real-hash',
      totp_secret: options.mfa === false ? null : 'JBSWY3DPEHPK3PXP',
      totp_enabled_at: options.mfa === false ? null : new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const g of grants) {
    await db
      .insertInto('grants')
      .values({ account_id: account.id, role: g.role, unit_id: g.unit.id, management_body_id: g.managementBodyId ?? null })
      .execute();
  }
  return { id: account.id, username };
}

/** Signs a client in by writing a ready session row, as a successful login with two-factor would. */
export async function signIn(db: Db, client: TestClient, account: TestAccount): Promise<TestClient> {
  const token = newSessionToken();
  const csrf = newSessionToken();
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashSessionToken(token),
      account_id: account.id,
      csrf_token: csrf,
      mfa_passed: true,
      expires_at: new Date(Date.now() + 3_600_000),
    })
    .execute();
  client.setCookie('merit_session', token);
  client.csrfToken = csrf;
  return client;
}

export type MatrixRole = 'anonymous' | 'none' | 'admin' | 'organizer' | 'inspector' | 'decider';
export const MATRIX_ROLES: readonly MatrixRole[] = ['anonymous', 'none', 'admin', 'organizer', 'inspector', 'decider'];

/**
 * The authorization world: a root province with two sibling subtrees. Every role is granted on
 * `inside` only; `outside` is a sibling subtree the actors have no authority over.
 */
export interface World {
  readonly db: Db;
  readonly root: UnitRef;
  readonly inside: UnitRef;
  readonly insideChild: UnitRef;
  readonly outside: UnitRef;
  readonly outsideChild: UnitRef;
  readonly insideBodyId: number;
  readonly outsideBodyId: number;
  readonly accounts: Record<Exclude<MatrixRole, 'anonymous'>, TestAccount>;
  client(role: MatrixRole): Promise<TestClient>;
  /** A fresh unit under `inside` or `outside`, for requests that change or consume it. */
  freshUnit(where: 'inside' | 'outside'): Promise<UnitRef>;
  freshAccount(where: 'inside' | 'outside'): Promise<TestAccount>;
  /** A fresh person in a fresh unit under `inside` or `outside` (version 1, no ID number). */
  freshPerson(where: 'inside' | 'outside'): Promise<{ id: number; unit: UnitRef }>;
}

/** Inserts a person directly (fixtures only; the people service is what users go through). */
export async function insertPerson(db: Db, unit: UnitRef, name = 'Nguyễn Văn Thử'): Promise<{ id: number; unit: UnitRef }> {
  const { hoDem, ten } = splitFullName(name);
  const { id } = await db
    .insertInto('people')
    .values({
      ho_dem: hoDem,
      ten,
      full_name: name,
      name_sort_key: personNameSortKey(hoDem, ten),
      search_text: viSearchText(name),
      gender: 'male',
      date_of_birth: '1980-01-01',
      status: 'civil_servant',
      unit_id: unit.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, unit };
}

export async function buildWorld(ctx: TestContext): Promise<World> {
  const db = ctx.db;
  const root = await insertUnit(db, null, { name: 'Tỉnh Thử Nghiệm' });
  const inside = await insertUnit(db, root, { name: 'Sở Nội vụ' });
  const insideChild = await insertUnit(db, inside, { name: 'Phòng Công chức', kind: 'division' });
  const outside = await insertUnit(db, root, { name: 'Sở Tài chính' });
  const outsideChild = await insertUnit(db, outside, { name: 'Phòng Ngân sách', kind: 'division' });
  const insideBodyId = await insertManagementBody(db, inside, 'head_of_unit');
  const outsideBodyId = await insertManagementBody(db, outside, 'head_of_unit');
  const accounts = {
    none: await insertAccount(db, inside),
    admin: await insertAccount(db, inside, [{ role: 'admin', unit: inside }]),
    organizer: await insertAccount(db, inside, [{ role: 'organizer', unit: inside }]),
    inspector: await insertAccount(db, inside, [{ role: 'inspector', unit: inside }]),
    decider: await insertAccount(db, inside, [{ role: 'decider', unit: inside, managementBodyId: insideBodyId }]),
  };
  const pick = (where: 'inside' | 'outside') => (where === 'inside' ? inside : outside);
  return {
    db,
    root,
    inside,
    insideChild,
    outside,
    outsideChild,
    insideBodyId,
    outsideBodyId,
    accounts,
    client: async (role) => (role === 'anonymous' ? ctx.client() : signIn(db, ctx.client(), accounts[role])),
    freshUnit: (where) => insertUnit(db, pick(where), { kind: 'division' }),
    freshAccount: (where) => insertAccount(db, pick(where)),
    freshPerson: async (where) => insertPerson(db, await insertUnit(db, pick(where), { kind: 'division' })),
  };
}

/** Row count of a table, for "nothing changed" assertions. */
export async function countRows(
  db: Db,
  table: 'org_units' | 'audit_events' | 'accounts' | 'grants' | 'sessions' | 'management_bodies' | 'org_unit_events',
): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
  return rows[0]?.n ?? 0;
}
