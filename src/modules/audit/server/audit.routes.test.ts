// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, systemAuditContext, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { buildWorld, insertAccount, signIn, type TestAccount, type World } from '../../../app/server/testing/world.js';
import type { AuditEvent } from '../audit.contract.js';

interface Page {
  items: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

function accountContext(account: TestAccount, at: string): AuditContext {
  const actor: AccountActor = {
    kind: 'account',
    accountId: account.id,
    username: account.username,
    displayName: account.username,
    grants: [],
    sessionId: 'test',
    csrfToken: 'test',
    stage: 'ready',
    mfaEnabled: true,
    locale: 'vi',
  };
  return { actor, requestId: 'req-test-0001', now: () => new Date(at) };
}

describeBackends('audit routes', (ctx) => {
  let world: World;
  let rootAdmin: TestAccount;

  beforeAll(async () => {
    world = await buildWorld(ctx());
    const db = ctx().db;
    rootAdmin = await insertAccount(db, world.root, [{ role: 'admin', unit: world.root }]);
    const organizer = world.accounts.organizer;
    const admin = world.accounts.admin;
    // One event per place, at known times, by two actors.
    await recordAudit(db, systemAuditContext(), { action: 'platform.start', entityType: 'system', entityId: null });
    await recordAudit(db, accountContext(organizer, '2026-01-10T08:00:00Z'), {
      action: 'org.unit.create',
      entityType: 'org_unit',
      entityId: world.inside.id,
      unitId: world.inside.id,
      after: { name: 'Sở Nội vụ', nested: { b: 1, a: 2 } },
    });
    await recordAudit(db, accountContext(organizer, '2026-02-10T08:00:00Z'), {
      action: 'org.unit.rename',
      entityType: 'org_unit',
      entityId: world.insideChild.id,
      unitId: world.insideChild.id,
      before: { name: 'Phòng cũ' },
      after: { name: 'Phòng Công chức' },
    });
    await recordAudit(db, accountContext(admin, '2026-03-10T08:00:00Z'), {
      action: 'auth.account.create',
      entityType: 'account',
      entityId: 77,
      unitId: world.inside.id,
    });
    await recordAudit(db, accountContext(organizer, '2026-04-10T08:00:00Z'), {
      action: 'org.unit.create',
      entityType: 'org_unit',
      entityId: world.outside.id,
      unitId: world.outside.id,
    });
    await recordAudit(db, accountContext(admin, '2026-05-10T08:00:00Z'), {
      action: 'org.unit.rename',
      entityType: 'org_unit',
      entityId: world.root.id,
      unitId: world.root.id,
    });
  });

  async function list(role: 'admin' | 'inspector' | 'rootAdmin', query = ''): Promise<Page> {
    const client = role === 'rootAdmin' ? await signIn(ctx().db, ctx().client(), rootAdmin) : await world.client(role);
    const res = await client.get<Page>(`/api/audit/events${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }

  it('shows an inspector the events of its subtree only, newest first, with the unit name', async () => {
    const page = await list('inspector');
    expect(page.items.map((e) => e.action)).toEqual(['auth.account.create', 'org.unit.rename', 'org.unit.create']);
    expect(page.total).toBe(3);
    expect(page.items.map((e) => e.unitName)).toEqual(['Sở Nội vụ', 'Phòng Công chức', 'Sở Nội vụ']);
    const created = page.items[2];
    expect(created).toMatchObject({
      actorLabel: world.accounts.organizer.username,
      actorAccountId: world.accounts.organizer.id,
      entityType: 'org_unit',
      entityId: String(world.inside.id),
      unitId: world.inside.id,
      at: '2026-01-10T08:00:00.000Z',
      requestId: 'req-test-0001',
      before: null,
      after: { name: 'Sở Nội vụ', nested: { a: 2, b: 1 } },
    });
    expect(created?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows system events only to an administrator of the root unit', async () => {
    const subtreeAdmin = await list('admin');
    expect(subtreeAdmin.items.some((e) => e.unitId === null)).toBe(false);
    expect(subtreeAdmin.total).toBe(3);
    const root = await list('rootAdmin');
    expect(root.total).toBe(6);
    expect(root.items.at(-1)).toMatchObject({ action: 'platform.start', actorLabel: 'system', unitId: null, unitName: null });
  });

  it('filters by unit subtree, and answers 404 for a unit outside the scope or unknown', async () => {
    const child = await list('inspector', `?unitId=${world.insideChild.id}`);
    expect(child.items.map((e) => e.unitId)).toEqual([world.insideChild.id]);
    const inside = await list('inspector', `?unitId=${world.inside.id}`);
    expect(inside.total).toBe(3);
    const root = await list('rootAdmin', `?unitId=${world.root.id}`);
    // The root's subtree has every unit event, but system events belong to no unit.
    expect(root.total).toBe(5);
    const client = await world.client('inspector');
    for (const unitId of [world.outside.id, world.root.id, 999_999]) {
      const res = await client.get<{ error: { code: string } }>(`/api/audit/events?unitId=${unitId}`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('filters by actor (exact or prefix), entity, action prefix and time', async () => {
    const organizer = world.accounts.organizer.username;
    expect((await list('rootAdmin', `?actor=${organizer}`)).total).toBe(3);
    expect((await list('rootAdmin', `?actor=${organizer.slice(0, -1).toUpperCase()}`)).total).toBeGreaterThanOrEqual(3);
    expect((await list('rootAdmin', '?actor=system')).total).toBe(1);
    expect((await list('rootAdmin', '?actor=nobody')).total).toBe(0);
    expect((await list('rootAdmin', '?entityType=account')).items.map((e) => e.entityId)).toEqual(['77']);
    expect((await list('rootAdmin', `?entityType=org_unit&entityId=${world.outside.id}`)).total).toBe(1);
    expect((await list('rootAdmin', '?action=org.unit.')).total).toBe(4);
    expect((await list('rootAdmin', '?action=org.unit.rename')).total).toBe(2);
    const window = await list('rootAdmin', '?from=2026-02-10T08:00:00Z&to=2026-04-10T08:00:00%2B00:00');
    expect(window.items.map((e) => e.at)).toEqual([
      '2026-04-10T08:00:00.000Z',
      '2026-03-10T08:00:00.000Z',
      '2026-02-10T08:00:00.000Z',
    ]);
  });

  it('pages the results', async () => {
    const all = await list('rootAdmin', '?pageSize=200');
    const second = await list('rootAdmin', '?page=2&pageSize=2');
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect(second.items.map((e) => e.id)).toEqual(all.items.slice(2, 4).map((e) => e.id));
    expect((await list('rootAdmin', '?page=9&pageSize=2')).items).toEqual([]);
  });

  it('refuses roles that do not audit, and rejects malformed filters', async () => {
    for (const role of ['none', 'organizer', 'decider'] as const) {
      const client = await world.client(role);
      expect((await client.get('/api/audit/events')).status).toBe(403);
      expect((await client.get('/api/audit/verify')).status).toBe(403);
    }
    const client = await world.client('inspector');
    for (const bad of ['?from=yesterday', '?unitId=abc', '?pageSize=500', '?sort=id']) {
      const res = await client.get<{ error: { code: string } }>(`/api/audit/events${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('verifies the chain for an inspector', async () => {
    const client = await world.client('inspector');
    const res = await client.get('/api/audit/verify');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, events: 6, brokenEventId: null, reason: null });
  });
});
