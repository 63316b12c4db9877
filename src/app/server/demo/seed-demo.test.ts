import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../platform/server/audit/verify-audit.js';
import { describeBackends } from '../testing/test-app.js';
import { countRows } from '../testing/world.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { demoProvince, flattenUnits } from './demo-province.js';
import { checkIdNumber } from '../../../modules/people/index.js';
import { DEMO_PEOPLE_COUNT } from './seed-demo-people.js';
import { seedDemo, type DemoSeedResult } from './seed-demo.js';

const PASSWORD = 'Demo-Hung-Yen-2026';
const expectedUnits = flattenUnits(demoProvince().root);

describeBackends('demo province seed', (ctx) => {
  let result: DemoSeedResult | null;

  beforeAll(async () => {
    result = await seedDemo(ctx().db, { password: PASSWORD });
  }, 180_000);

  it('creates the whole province, its management bodies and one account per role', async () => {
    const db = ctx().db;
    expect(result).toMatchObject({
      rootName: 'Tỉnh Hưng Yên',
      units: expectedUnits.length,
      password: PASSWORD,
      passwordGenerated: false,
    });
    expect(expectedUnits.length).toBeGreaterThan(1000);
    expect(await countRows(db, 'org_units')).toBe(expectedUnits.length);
    expect(await countRows(db, 'management_bodies')).toBe(result?.managementBodies);
    expect(await countRows(db, 'accounts')).toBe(DEMO_ACCOUNTS.length);
    expect(await countRows(db, 'grants')).toBe(DEMO_ACCOUNTS.length);
    const { rows } = await sql<{ kind: string; n: number }>`
      select kind, count(*)::int as n from org_units group by kind order by kind`.execute(db);
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    expect(byKind).toMatchObject({ province: 1, provincial_party_committee: 1, grassroots_party_committee: 20 });
    expect(byKind.department).toBeGreaterThanOrEqual(15);
    // 15–50 party cells in every commune's party committee (seed 001: ~50 grassroots organizations per locality).
    const cells = await sql<{ n: number }>`
      select count(c.id)::int as n from org_units p join org_units c on c.parent_id = p.id
      where p.kind = 'grassroots_party_committee' group by p.id`.execute(db);
    expect(cells.rows).toHaveLength(20);
    const counts = cells.rows.map((r) => r.n);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...counts)).toBeLessThanOrEqual(50);
  });

  it('holds people with a current post each, party members in party cells, findable and sortable', async () => {
    const db = ctx().db;
    expect(result?.people).toBe(DEMO_PEOPLE_COUNT);
    const { rows } = await sql<{ people: number; posts: number; heads: number; members: number; in_cells: number }>`
      select (select count(*)::int from people) as people,
             (select count(*)::int from person_posts where end_date is null) as posts,
             (select count(*)::int from person_posts where is_head) as heads,
             (select count(*)::int from people where party_join_date is not null) as members,
             (select count(*)::int from people p join org_units c on c.id = p.party_cell_id and c.kind = 'party_cell') as in_cells`.execute(
      db,
    );
    const r = rows[0];
    expect(r?.people).toBe(DEMO_PEOPLE_COUNT);
    expect(r?.posts).toBe(DEMO_PEOPLE_COUNT);
    expect(r?.heads).toBeGreaterThan(0);
    expect(r?.members).toBeGreaterThan(DEMO_PEOPLE_COUNT * 0.25);
    expect(r?.in_cells).toBe(r?.members);
    // Each post is its holder's: in the unit the person works in.
    const misplaced = await sql<{ n: number }>`
      select count(*)::int as n from person_posts pp join people p on p.id = pp.person_id where pp.unit_id <> p.unit_id`.execute(
      db,
    );
    expect(misplaced.rows[0]?.n).toBe(0);
    // Every ID number is valid for its holder (the demo shows real-looking, consistent records).
    const sample = await db.selectFrom('people').select(['id_number', 'gender', 'date_of_birth']).limit(200).execute();
    for (const p of sample)
      expect(checkIdNumber(p.id_number ?? '', { gender: p.gender as 'male' | 'female', dateOfBirth: p.date_of_birth })).toEqual(
        [],
      );
  });

  it('keeps the tree consistent: every path is the parent path plus the unit id', async () => {
    const units = await ctx().db.selectFrom('org_units').select(['id', 'parent_id', 'path', 'depth']).execute();
    const byId = new Map(units.map((u) => [u.id, u]));
    const broken = units.filter((u) => {
      const parentPath = u.parent_id === null ? '/' : byId.get(u.parent_id)?.path;
      return u.path !== `${parentPath}${u.id}/` || u.depth !== u.path.split('/').length - 2;
    });
    expect(broken).toEqual([]);
    expect(units.filter((u) => u.parent_id === null)).toHaveLength(1);
  });

  it('shows the 2025 merge of the former district into its commune in the history', async () => {
    const db = ctx().db;
    const district = await db.selectFrom('org_units').selectAll().where('code', '=', 'HY-HU-TIEN-LU').executeTakeFirstOrThrow();
    const commune = await db.selectFrom('org_units').selectAll().where('code', '=', 'HY-DU-TIEN-LU').executeTakeFirstOrThrow();
    expect(district).toMatchObject({
      status: 'merged',
      merged_into_id: commune.id,
      valid_to: '2025-06-30',
      kind: 'district_party_committee',
    });
    const events = await db
      .selectFrom('org_unit_events')
      .select(['unit_id', 'kind'])
      .where('kind', 'in', ['merged', 'absorbed'])
      .execute();
    expect(events).toEqual(
      expect.arrayContaining([
        { unit_id: district.id, kind: 'merged' },
        { unit_id: commune.id, kind: 'absorbed' },
      ]),
    );
  });

  it('audits every write as the system, and the chain verifies', async () => {
    const db = ctx().db;
    const verified = await verifyAuditChain(db);
    // Units, bodies, the merge, the people and their posts (one event each), and each account with its grant.
    const expected = expectedUnits.length + (result?.managementBodies ?? 0) + 1 + 2 + 2 * DEMO_ACCOUNTS.length;
    expect(verified).toMatchObject({ ok: true, events: expected });
    const actors = await db.selectFrom('audit_events').select('actor_label').distinct().execute();
    expect(actors).toEqual([{ actor_label: 'system' }]);
    const secrets = await sql<{ n: number }>`
      select count(*)::int as n from audit_events where after::text like '%argon2%' or after::text like ${'%' + PASSWORD + '%'}`.execute(
      db,
    );
    expect(secrets.rows[0]?.n).toBe(0);
  });

  it('stores argon2id hashes that sign in; the administrator is asked to enrol two-factor', async () => {
    const hashes = await ctx().db.selectFrom('accounts').select('password_hash').execute();
    for (const h of hashes) expect(h.password_hash).toMatch(/^\$argon2id\$/);
    for (const spec of DEMO_ACCOUNTS) {
      const res = await ctx().client().post<{ account: { stage: string; grants: { role: string }[] } }>('/api/auth/login', {
        username: spec.username,
        password: PASSWORD,
      });
      expect(res.status, `${spec.username}: ${JSON.stringify(res.body)}`).toBe(200);
      expect(res.body.account.stage).toBe(spec.role === 'admin' ? 'enrol-mfa' : 'ready');
      expect(res.body.account.grants.map((g) => g.role)).toEqual([spec.role]);
    }
  });

  it('is refused on a database that already has units, changing nothing', async () => {
    const db = ctx().db;
    const before = await countRows(db, 'audit_events');
    expect(await seedDemo(db, { password: PASSWORD })).toBeNull();
    expect(await countRows(db, 'audit_events')).toBe(before);
    expect(await countRows(db, 'org_units')).toBe(expectedUnits.length);
  });
});
