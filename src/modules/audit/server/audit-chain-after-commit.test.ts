// Route-level harness (both backends) lives with the composition root; the chain itself is platform code.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { recordAudit, systemAuditContext } from '../../../platform/server/audit/audit-log.js';
import { chainPendingAudit, scheduleAuditChaining, settleAuditChaining } from '../../../platform/server/audit/audit-chainer.js';
import { verifyAuditChain } from '../../../platform/server/audit/verify-audit.js';

const event = (i: number) => ({ action: 'test.event', entityType: 'test', entityId: i, after: { i } });

describeBackends('audit chain linked after commit (ADR 014)', (ctx) => {
  it('writes events unlinked, links them once in commit order, and verifies', async () => {
    const db = ctx().db;
    await settleAuditChaining(db); // nothing linked in the background while this test looks at unlinked rows
    const before = await verifyAuditChain(db);
    expect(before.ok).toBe(true);
    // Concurrent writers: each commits its own event with no lock between them.
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => db.transaction().execute((trx) => recordAudit(trx, systemAuditContext(), event(i)))),
    );
    const unlinked = await db
      .selectFrom('audit_events')
      .select(['hash', 'chain_pos'])
      .where('action', '=', 'test.event')
      .execute();
    expect(unlinked.every((r) => r.hash === null && r.chain_pos === null)).toBe(true);

    expect(await chainPendingAudit(db)).toBe(12);
    expect(await chainPendingAudit(db)).toBe(0);
    const linked = await db.selectFrom('audit_events').select(['prev_hash', 'hash', 'chain_pos']).orderBy('chain_pos').execute();
    for (let i = 1; i < linked.length; i++) {
      expect(Number(linked[i]?.chain_pos)).toBe(Number(linked[i - 1]?.chain_pos) + 1);
      expect(linked[i]?.prev_hash).toBe(linked[i - 1]?.hash);
    }
    const after = await verifyAuditChain(db);
    expect(after).toMatchObject({ ok: true, events: (before.ok ? before.events : 0) + 12 });
  });

  it('lets an update only fill an unlinked event’s link, once, with its content unchanged', async () => {
    const db = ctx().db;
    await db.transaction().execute((trx) => recordAudit(trx, systemAuditContext(), event(99)));
    const { id } = await db.selectFrom('audit_events').select('id').where('chain_pos', 'is', null).executeTakeFirstOrThrow();
    const fill = { prev_hash: '0'.repeat(64), hash: 'f'.repeat(64), chain_pos: 1_000_000 };
    // Filling the link while changing the content is refused.
    await expect(
      db
        .updateTable('audit_events')
        .set({ ...fill, action: 'forged' })
        .where('id', '=', id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await chainPendingAudit(db);
    // Once linked, the link itself cannot be rewritten.
    await expect(
      db
        .updateTable('audit_events')
        .set({ hash: 'e'.repeat(64) })
        .where('id', '=', id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events where id = ${id}`.execute(db)).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('links after write requests in the background, one run for many requests, and settles on demand', async () => {
    const db = ctx().db;
    await chainPendingAudit(db);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        db.transaction().execute((trx) => recordAudit(trx, systemAuditContext(), event(200 + i))),
      ),
    );
    const errors: unknown[] = [];
    for (let i = 0; i < 5; i++) scheduleAuditChaining(db, (e) => errors.push(e));
    const pending = () => db.selectFrom('audit_events').select('id').where('chain_pos', 'is', null).execute();
    await settleAuditChaining(db);
    expect(await pending()).toHaveLength(0);
    expect(errors).toEqual([]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
