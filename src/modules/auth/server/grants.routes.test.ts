// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { countRows, insertManagementBody } from '../../../app/server/testing/world.js';
import type { ErrorBody } from '../../../shared/app-error.js';
import type { Grant, Session } from '../auth.contract.js';
import { auditEvents, authKit, type AuthKit } from './testing/auth-test-kit.js';

describeBackends('auth: grants', (ctx) => {
  let kit: AuthKit;
  beforeAll(async () => {
    kit = await authKit(ctx());
  });

  const grant = (body: Record<string, unknown>, client = kit.admin) => client.post<Grant & ErrorBody>('/api/grants', body);
  const counts = async () => ({ grants: await countRows(ctx().db, 'grants'), audit: await countRows(ctx().db, 'audit_events') });

  it('grants a role on a unit in the admin’s subtree; it shows in the holder’s session at once', async () => {
    const holder = await kit.account();
    const res = await grant({ accountId: holder.id, role: 'organizer', unitId: kit.world.insideChild.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      role: 'organizer',
      unitId: kit.world.insideChild.id,
      unitPath: kit.world.insideChild.path,
      grantedBy: kit.world.accounts.admin.username,
    });
    const session = await (await kit.signedIn(holder)).get<Session>('/api/auth/session');
    expect(session.body.account?.grants.map((g) => g.id)).toEqual([res.body.id]);
    const [event] = await auditEvents(ctx().db, 'auth.grant.create', res.body.id);
    expect(event).toMatchObject({ unit_id: kit.world.insideChild.id, authority: expect.stringMatching(/^admin@/) });
  });

  it('refuses a grant outside the granter’s own authority with 403, changing nothing', async () => {
    const holder = await kit.account();
    const nearby = await kit.account({ home: kit.world.insideChild });
    const narrow = await kit.signedIn(await kit.account({ grants: [{ role: 'admin', unit: kit.world.insideChild }], mfa: true }));
    const before = await counts();
    const res = await grant({ accountId: holder.id, role: 'admin', unitId: kit.world.root.id });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'OUTSIDE_AUTHORITY', message: 'Đơn vị này nằm ngoài phạm vi quản trị của bạn' });
    expect(await counts()).toEqual(before);
    // A narrower admin cannot reach the wider unit either.
    expect((await grant({ accountId: nearby.id, role: 'organizer', unitId: kit.world.inside.id }, narrow)).status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it('hides accounts the granter cannot see (404) and refuses non-admins (403)', async () => {
    const outsider = await kit.account({ home: kit.world.outside });
    expect((await grant({ accountId: outsider.id, role: 'organizer', unitId: kit.world.inside.id })).status).toBe(404);
    const organizer = await kit.world.client('organizer');
    const holder = await kit.account();
    const refused = await grant({ accountId: holder.id, role: 'organizer', unitId: kit.world.inside.id }, organizer);
    expect(refused.body.error.code).toBe('NOT_ADMIN');
  });

  it('requires a management body of the unit for a decider, naming the field', async () => {
    const holder = await kit.account();
    const before = await counts();
    const missing = await grant({ accountId: holder.id, role: 'decider', unitId: kit.world.inside.id });
    expect(missing.status).toBe(422);
    expect(missing.body.error).toMatchObject({ code: 'DECIDER_NEEDS_BODY', details: [{ field: 'body.managementBodyId' }] });
    expect(missing.body.error.message).toContain('body.managementBodyId');
    const foreign = await grant({
      accountId: holder.id,
      role: 'decider',
      unitId: kit.world.inside.id,
      managementBodyId: kit.world.outsideBodyId,
    });
    expect(foreign.body.error.code).toBe('BODY_NOT_IN_UNIT');
    const extra = await grant({
      accountId: holder.id,
      role: 'organizer',
      unitId: kit.world.inside.id,
      managementBodyId: kit.world.insideBodyId,
    });
    expect(extra.body.error.code).toBe('BODY_ONLY_FOR_DECIDER');
    expect(await counts()).toEqual(before);

    const ok = await grant({
      accountId: holder.id,
      role: 'decider',
      unitId: kit.world.inside.id,
      managementBodyId: kit.world.insideBodyId,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.managementBodyId).toBe(kit.world.insideBodyId);
    const duplicate = await grant({
      accountId: holder.id,
      role: 'decider',
      unitId: kit.world.inside.id,
      managementBodyId: kit.world.insideBodyId,
    });
    expect(duplicate.status).toBe(409);
  });

  it('refuses a management body that is no longer in force', async () => {
    const holder = await kit.account();
    const closed = await insertManagementBody(ctx().db, kit.world.inside);
    await ctx().db.updateTable('management_bodies').set({ valid_to: '2025-12-31' }).where('id', '=', closed).execute();
    const res = await grant({ accountId: holder.id, role: 'decider', unitId: kit.world.inside.id, managementBodyId: closed });
    expect(res.body.error.code).toBe('BODY_NOT_IN_UNIT');
  });

  it('refuses unknown fields', async () => {
    const holder = await kit.account();
    expect((await grant({ accountId: holder.id, role: 'organizer', unitId: kit.world.inside.id, forever: true })).status).toBe(
      400,
    );
  });

  it('revokes a grant, audited; a second revoke finds nothing', async () => {
    const holder = await kit.account();
    const created = await grant({ accountId: holder.id, role: 'inspector', unitId: kit.world.inside.id });
    const res = await kit.admin.post(`/api/grants/${created.body.id}/revoke`);
    expect(res.status).toBe(200);
    const row = await ctx()
      .db.selectFrom('grants')
      .select(['revoked_at', 'revoked_by'])
      .where('id', '=', created.body.id)
      .executeTakeFirstOrThrow();
    expect(row.revoked_by).toBe(kit.world.accounts.admin.id);
    expect(row.revoked_at).not.toBeNull();
    expect(await auditEvents(ctx().db, 'auth.grant.revoke', created.body.id)).toHaveLength(1);
    expect((await kit.admin.post(`/api/grants/${created.body.id}/revoke`)).status).toBe(404);
  });

  it('refuses revoking one’s own last admin grant, but allows one of two', async () => {
    const admin = await kit.account({ grants: [{ role: 'admin', unit: kit.world.inside }], mfa: true });
    const client = await kit.signedIn(admin);
    const own = await ctx().db.selectFrom('grants').select('id').where('account_id', '=', admin.id).executeTakeFirstOrThrow();
    const res = await client.post<ErrorBody>(`/api/grants/${own.id}/revoke`);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('LAST_OWN_ADMIN_GRANT');
    expect(res.body.error.message).toContain('quyền quản trị cuối cùng');

    const second = await grant({ accountId: admin.id, role: 'admin', unitId: kit.world.insideChild.id });
    expect((await client.post(`/api/grants/${second.body.id}/revoke`)).status).toBe(200);
  });
});
