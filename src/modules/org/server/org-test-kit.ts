// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import type { TestContext } from '../../../app/server/testing/test-app.js';
import type { TestClient, TestResponse } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertAccount, signIn, type UnitRef, type World } from '../../../app/server/testing/world.js';
import type { Role } from '../../../platform/server/auth/actor.js';
import type { UnitDetail, UnitEvent, UnitSummary } from '../org.contract.js';

let seq = 0;
export const freshCode = (prefix = 'T') => `${prefix}-${Date.now().toString(36)}-${(seq++).toString(36)}`;

export interface OrgKit {
  readonly world: World;
  /** Organizer granted on `world.inside` ("Sở Nội vụ"). */
  readonly organizer: TestClient;
  /** Administrator of the whole province (`world.root`), for trees of other kinds than a Sở's. */
  readonly rootAdmin: TestClient;
  createUnit(parentId: number, name: string, fields?: Record<string, unknown>, client?: TestClient): Promise<UnitDetail>;
  post<T = UnitDetail>(url: string, body: unknown, client?: TestClient): Promise<TestResponse<T>>;
  getUnit(id: number, client?: TestClient): Promise<UnitDetail>;
  history(id: number, client?: TestClient): Promise<UnitEvent[]>;
  list(query: Record<string, string>, client?: TestClient): Promise<UnitSummary[]>;
  /** A signed-in client with the given grants. */
  clientWith(grants: readonly { role: Role; unit: UnitRef }[]): Promise<TestClient>;
}

export async function orgKit(ctx: TestContext): Promise<OrgKit> {
  const world = await buildWorld(ctx);
  const organizer = await world.client('organizer');
  const rootAdmin = await signIn(
    ctx.db,
    ctx.client(),
    await insertAccount(ctx.db, world.root, [{ role: 'admin', unit: world.root }]),
  );
  const ok = <T>(res: TestResponse<T>, status: number): T => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const kit: OrgKit = {
    world,
    organizer,
    rootAdmin,
    post: (url, body, client = organizer) => client.post(url, body),
    async createUnit(parentId, name, fields = {}, client = organizer) {
      const body = { parentId, track: 'state', kind: 'division', code: freshCode(), name, validFrom: '2025-08-01', ...fields };
      return ok(await client.post<UnitDetail>('/api/org/units', body), 201);
    },
    getUnit: async (id, client = organizer) => ok(await client.get<UnitDetail>(`/api/org/units/${id}`), 200),
    history: async (id, client = organizer) =>
      ok(await client.get<{ items: UnitEvent[] }>(`/api/org/units/${id}/history`), 200).items,
    list: async (query, client = organizer) =>
      ok(await client.get<{ items: UnitSummary[] }>(`/api/org/units?${new URLSearchParams(query).toString()}`), 200).items,
    async clientWith(grants) {
      const account = await insertAccount(ctx.db, world.inside, grants);
      return signIn(ctx.db, ctx.client(), account);
    },
  };
  return kit;
}

/** Paths and depths of the given units, straight from the table. */
export async function pathsOf(
  ctx: TestContext,
  ids: readonly number[],
): Promise<Record<number, { path: string; depth: number }>> {
  const rows = await ctx.db.selectFrom('org_units').select(['id', 'path', 'depth', 'parent_id']).where('id', 'in', ids).execute();
  return Object.fromEntries(rows.map((r) => [r.id, { path: r.path, depth: r.depth }]));
}
