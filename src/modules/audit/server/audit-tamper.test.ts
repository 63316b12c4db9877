// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { recordAudit, systemAuditContext } from '../../../platform/server/audit/audit-log.js';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import type { AuditVerification } from '../audit.contract.js';

/** An attacker with database access: the append-only trigger is switched off for the test. */
describeBackends('audit chain tampering', (ctx) => {
  let world: World;
  let ids: number[];

  beforeAll(async () => {
    world = await buildWorld(ctx());
    const db = ctx().db;
    for (let i = 1; i <= 5; i++) {
      await recordAudit(db, systemAuditContext(), {
        action: 'org.unit.rename',
        entityType: 'org_unit',
        entityId: world.inside.id,
        unitId: world.inside.id,
        after: { name: `Tên ${i}`, order: i },
      });
    }
    ids = (await db.selectFrom('audit_events').select('id').orderBy('id').execute()).map((r) => r.id);
  });

  async function verify(): Promise<AuditVerification> {
    const res = await (await world.client('inspector')).get<AuditVerification>('/api/audit/verify');
    expect(res.status).toBe(200);
    return res.body;
  }

  it('refuses to update or delete audit rows while the trigger is on', async () => {
    const db = ctx().db;
    await expect(
      db
        .updateTable('audit_events')
        .set({ action: 'x' })
        .where('id', '=', ids[0] ?? 0)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      db
        .deleteFrom('audit_events')
        .where('id', '=', ids[0] ?? 0)
        .execute(),
    ).rejects.toThrow(/append-only/);
    expect(await verify()).toEqual({ ok: true, events: 5, brokenEventId: null, reason: null });
  });

  it('names the event whose content was altered, and holds again once it is restored', async () => {
    const db = ctx().db;
    const target = ids[2] ?? 0;
    await sql`alter table audit_events disable trigger audit_events_no_update`.execute(db);
    const original = await db.selectFrom('audit_events').select('after').where('id', '=', target).executeTakeFirstOrThrow();
    await db
      .updateTable('audit_events')
      .set({ after: JSON.stringify({ name: 'Tên giả mạo', order: 3 }) })
      .where('id', '=', target)
      .execute();
    const broken = await verify();
    expect(broken).toMatchObject({ ok: false, events: 3, brokenEventId: target });
    expect(broken.reason).toMatch(/altered/);

    // jsonb may store the keys in another order; the hash covers canonical JSON, so restoring holds.
    await db
      .updateTable('audit_events')
      .set({ after: JSON.stringify(original.after) })
      .where('id', '=', target)
      .execute();
    expect(await verify()).toMatchObject({ ok: true, events: 5 });
  });

  it('detects a removed event as a broken link at the event after it', async () => {
    const db = ctx().db;
    await db
      .deleteFrom('audit_events')
      .where('id', '=', ids[1] ?? 0)
      .execute();
    await sql`alter table audit_events enable trigger audit_events_no_update`.execute(db);
    const broken = await verify();
    expect(broken).toMatchObject({ ok: false, brokenEventId: ids[2] });
    expect(broken.reason).toMatch(/removed/);
  });
});
