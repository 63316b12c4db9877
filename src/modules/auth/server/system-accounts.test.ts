import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { countRows, insertManagementBody, insertUnit, type UnitRef } from '../../../app/server/testing/world.js';
import { systemAuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { AppError } from '../../../shared/app-error.js';
import { createSystemAccount, type SystemAccountInput } from './system-accounts.service.js';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA';

describeBackends('accounts created by the system', (ctx) => {
  let province: UnitRef;
  let commune: UnitRef;
  let communeBody: number;

  beforeAll(async () => {
    const db = ctx().db;
    province = await insertUnit(db, null);
    commune = await insertUnit(db, province, { kind: 'commune' });
    communeBody = await insertManagementBody(db, commune);
  });

  const input = (over: Partial<SystemAccountInput> = {}): SystemAccountInput => ({
    username: 'nguoi.tao',
    displayName: 'Người được tạo',
    homeUnitId: province.id,
    passwordHash: HASH,
    mustChangePassword: false,
    grant: { role: 'admin', unitId: province.id },
    ...over,
  });
  const create = (db: Db, value: SystemAccountInput) =>
    db.transaction().execute((trx) => createSystemAccount(trx, systemAuditContext('test'), value));
  async function refusal(value: SystemAccountInput): Promise<string> {
    const db = ctx().db;
    const before = [await countRows(db, 'accounts'), await countRows(db, 'grants'), await countRows(db, 'audit_events')];
    const error = await create(db, value).catch((e: unknown) => e);
    expect([await countRows(db, 'accounts'), await countRows(db, 'grants'), await countRows(db, 'audit_events')]).toEqual(before);
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }

  it('creates the account and its grant, audited as the system with the note and without the hash', async () => {
    const db = ctx().db;
    const created = await create(
      db,
      input({
        username: ' Chu.Tich ',
        homeUnitId: commune.id,
        mustChangePassword: true,
        grant: { role: 'decider', unitId: commune.id, managementBodyId: communeBody },
        auditNote: { demo: true },
      }),
    );
    expect(created.username).toBe('chu.tich');
    const account = await db.selectFrom('accounts').selectAll().where('id', '=', created.accountId).executeTakeFirstOrThrow();
    expect(account).toMatchObject({ username: 'chu.tich', must_change_password: true, password_hash: HASH });
    const grant = await db.selectFrom('grants').selectAll().where('id', '=', created.grantId).executeTakeFirstOrThrow();
    expect(grant).toMatchObject({ role: 'decider', unit_id: commune.id, management_body_id: communeBody, granted_by: null });
    const events = await db.selectFrom('audit_events').select(['action', 'actor_label', 'after']).orderBy('id').execute();
    expect(events.slice(-2)).toMatchObject([
      { action: 'auth.account.create', actor_label: 'system', after: { username: 'chu.tich', demo: true } },
      {
        action: 'auth.grant.create',
        actor_label: 'system',
        after: { role: 'decider', managementBodyId: communeBody, demo: true },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain('argon2');
  });

  it('applies the accounts API rules to the data, writing nothing when one fails', async () => {
    expect(await refusal(input({ username: 'Chu Tich' }))).toBe('VALIDATION_FAILED');
    expect(await refusal(input({ displayName: ' ' }))).toBe('VALIDATION_FAILED');
    expect(await refusal(input({ username: 'CHU.TICH' }))).toBe('USERNAME_TAKEN');
    expect(await refusal(input({ homeUnitId: 987_654 }))).toBe('UNIT_NOT_FOUND');
    expect(await refusal(input({ grant: { role: 'admin', unitId: 987_654 } }))).toBe('UNIT_NOT_FOUND');
    expect(await refusal(input({ grant: { role: 'decider', unitId: commune.id } }))).toBe('DECIDER_NEEDS_BODY');
    expect(await refusal(input({ grant: { role: 'decider', unitId: province.id, managementBodyId: communeBody } }))).toBe(
      'BODY_NOT_IN_UNIT',
    );
    expect(await refusal(input({ grant: { role: 'admin', unitId: commune.id, managementBodyId: communeBody } }))).toBe(
      'BODY_ONLY_FOR_DECIDER',
    );
    const db = ctx().db;
    const merged = await insertUnit(db, province);
    await db.updateTable('org_units').set({ status: 'dissolved', valid_to: '2025-12-31' }).where('id', '=', merged.id).execute();
    expect(await refusal(input({ grant: { role: 'admin', unitId: merged.id } }))).toBe('UNIT_INACTIVE');
  });
});
