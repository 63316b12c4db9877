import { sql, type Updateable } from 'kysely';
import { inSubtrees } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { AccountsTable } from '../../../platform/server/db/database.gen.js';

/** An account with its home unit's name and path; holds secrets, so it never leaves the server as is. */
export interface AccountRow {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly homeUnitId: number;
  readonly homeUnitName: string;
  readonly homeUnitPath: string;
  readonly passwordHash: string;
  readonly mustChangePassword: boolean;
  readonly totpSecret: string | null;
  readonly totpEnabledAt: Date | null;
  readonly totpLastStep: number | null;
  readonly totpPendingSecret: string | null;
  readonly totpPendingAt: Date | null;
  readonly locale: 'vi' | 'en';
  readonly disabledAt: Date | null;
  readonly createdAt: Date;
  readonly version: number;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('accounts as a')
    .innerJoin('org_units as u', 'u.id', 'a.home_unit_id')
    .select([
      'a.id',
      'a.username',
      'a.display_name',
      'a.email',
      'a.home_unit_id',
      'u.name as home_unit_name',
      'u.path as home_unit_path',
      'a.password_hash',
      'a.must_change_password',
      'a.totp_secret',
      'a.totp_enabled_at',
      'a.totp_last_step',
      'a.totp_pending_secret',
      'a.totp_pending_at',
      'a.locale',
      'a.disabled_at',
      'a.created_at',
      'a.version',
    ]);
}

type RawRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toRow(r: RawRow): AccountRow {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    email: r.email,
    homeUnitId: r.home_unit_id,
    homeUnitName: r.home_unit_name,
    homeUnitPath: r.home_unit_path,
    passwordHash: r.password_hash,
    mustChangePassword: r.must_change_password,
    totpSecret: r.totp_secret,
    totpEnabledAt: r.totp_enabled_at,
    totpLastStep: r.totp_last_step,
    totpPendingSecret: r.totp_pending_secret,
    totpPendingAt: r.totp_pending_at,
    locale: r.locale === 'en' ? 'en' : 'vi',
    disabledAt: r.disabled_at,
    createdAt: r.created_at,
    version: r.version,
  };
}

export async function findAccountById(db: Db, id: number): Promise<AccountRow | undefined> {
  const row = await baseQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row && toRow(row);
}

/** Usernames are unique case-insensitively (index on lower(username)). */
export async function findAccountByUsername(db: Db, username: string): Promise<AccountRow | undefined> {
  const row = await baseQuery(db)
    .where(sql<string>`lower(a.username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return row && toRow(row);
}

export interface AccountListFilter {
  /** Subtrees the caller administers; empty lists nothing. */
  readonly paths: readonly string[];
  /** Narrow to the subtree of this unit path. */
  readonly unitPath?: string | undefined;
  readonly search?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

export async function listAccountRows(db: Db, f: AccountListFilter): Promise<{ rows: AccountRow[]; total: number }> {
  let query = baseQuery(db).where(inSubtrees(sql.ref('u.path'), f.paths));
  if (f.unitPath !== undefined) query = query.where(inSubtrees(sql.ref('u.path'), [f.unitPath]));
  const search = f.search?.trim().normalize('NFC');
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('a.username', 'ilike', pattern), eb('a.display_name', 'ilike', pattern)]));
  }
  const counted = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('a.username')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows: rows.map(toRow), total: Number(counted.n) };
}

export async function insertAccountRow(
  db: Db,
  values: {
    username: string;
    displayName: string;
    email: string | null;
    homeUnitId: number;
    passwordHash: string;
    now: Date;
    /** Default true. False only when the holder chose the password themselves (demo, MERIT_ADMIN_PASSWORD). */
    mustChangePassword?: boolean;
  },
): Promise<number> {
  const row = await db
    .insertInto('accounts')
    .values({
      username: values.username,
      display_name: values.displayName,
      email: values.email,
      home_unit_id: values.homeUnitId,
      password_hash: values.passwordHash,
      password_changed_at: values.now,
      // A password someone else chose is temporary: the holder replaces it at first sign-in.
      must_change_password: values.mustChangePassword ?? true,
      created_at: values.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Applies `patch` and bumps the version; false when `expectedVersion` no longer matches. */
export async function updateAccountRow(
  db: Db,
  id: number,
  patch: Updateable<AccountsTable>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('accounts')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A preference, not a record edit: no version bump, so it never conflicts with an administrator's edit. */
export async function setAccountLocale(db: Db, id: number, locale: 'vi' | 'en'): Promise<void> {
  await db.updateTable('accounts').set({ locale }).where('id', '=', id).execute();
}
