// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { countRows } from '../../../app/server/testing/world.js';
import type { ErrorBody } from '../../../shared/app-error.js';
import type { Account } from '../auth.contract.js';
import { auditEvents, authKit, GOOD_PASSWORD, sessionCount, type AuthKit } from './testing/auth-test-kit.js';

interface AccountPage {
  items: Account[];
  total: number;
}

let seq = 0;
const freshUsername = () => `nv.${Date.now().toString(36)}${(seq++).toString(36)}`;

describeBackends('auth: accounts', (ctx) => {
  let kit: AuthKit;
  beforeAll(async () => {
    kit = await authKit(ctx());
  });

  const create = (body: Record<string, unknown>) =>
    kit.admin.post<Account & ErrorBody>('/api/accounts', {
      username: freshUsername(),
      displayName: 'Nguyễn Văn Ánh',
      homeUnitId: kit.world.insideChild.id,
      password: GOOD_PASSWORD,
      ...body,
    });

  it('creates an account with a temporary password, audited under the admin grant used', async () => {
    const res = await create({ email: 'anh@noivu.gov.vn' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      displayName: 'Nguyễn Văn Ánh',
      homeUnitId: kit.world.insideChild.id,
      mustChangePassword: true,
      mfaEnabled: false,
      disabled: false,
      grants: [],
    });
    const grant = await ctx()
      .db.selectFrom('grants')
      .select('id')
      .where('account_id', '=', kit.world.accounts.admin.id)
      .executeTakeFirstOrThrow();
    const [event] = await auditEvents(ctx().db, 'auth.account.create', res.body.id);
    expect(event).toMatchObject({
      unit_id: kit.world.insideChild.id,
      authority: `admin@${kit.world.inside.path} (grant ${grant.id})`,
    });
    expect(JSON.stringify(event)).not.toMatch(/argon2|password_hash|passwordHash/);

    // The holder signs in and must choose a new password before anything else.
    const holder = ctx().client();
    expect((await kit.login(holder, res.body.username)).body.account?.stage).toBe('change-password');
    expect((await holder.get('/api/accounts')).status).toBe(403);
  });

  it('stores a display name typed with combining marks in NFC', async () => {
    const res = await create({ displayName: '  Trần   Thị Hồng  '.normalize('NFD') });
    expect(res.status).toBe(201);
    expect(res.body.displayName).toBe('Trần Thị Hồng'.normalize('NFC'));
    const row = await ctx()
      .db.selectFrom('accounts')
      .select('display_name')
      .where('id', '=', res.body.id)
      .executeTakeFirstOrThrow();
    expect(row.display_name).toBe('Trần Thị Hồng'.normalize('NFC'));
    expect(row.display_name).not.toBe('Trần Thị Hồng'.normalize('NFD'));
  });

  it('refuses a 10,000-character display name and unknown fields with 400', async () => {
    const before = await countRows(ctx().db, 'accounts');
    const long = await create({ displayName: 'A'.repeat(10_000) });
    expect(long.status).toBe(400);
    expect(long.body.error.details[0]?.field).toBe('body.displayName');
    const extra = await create({ isSuperuser: true });
    expect(extra.status).toBe(400);
    expect(await countRows(ctx().db, 'accounts')).toBe(before);
  });

  it('refuses a username taken in another case with 409 naming the field', async () => {
    const existing = await kit.account();
    await ctx()
      .db.updateTable('accounts')
      .set({ username: `Tran.${existing.username}` })
      .where('id', '=', existing.id)
      .execute();
    const res = await create({ username: `tran.${existing.username}` });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('USERNAME_TAKEN');
    expect(res.body.error.message).toMatch(/^Tên đăng nhập đã được sử dụng: body\.username/);
  });

  it('refuses a weak temporary password with one detail per reason', async () => {
    const res = await create({ username: 'hoang.thi.lan', password: 'Hoang.Thi.Lan!' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('WEAK_PASSWORD');
    expect(res.body.error.details.map((d) => d.field)).toEqual(['body.password', 'body.password']);
    expect(res.body.error.message).toContain('Mật khẩu phải có cả chữ cái và chữ số');
    expect(res.body.error.message).toContain('Mật khẩu không được chứa tên đăng nhập');
  });

  it('refuses a home unit outside the admin’s authority (403) and one that does not exist (422)', async () => {
    expect((await create({ homeUnitId: kit.world.outside.id })).body.error.code).toBe('OUTSIDE_AUTHORITY');
    const missing = await create({ homeUnitId: 9_999_999 });
    expect(missing.status).toBe(422);
    expect(missing.body.error.details[0]?.field).toBe('body.homeUnitId');
  });

  it('lists only accounts homed in the admin’s subtrees, with search and unit filter', async () => {
    const inChild = await kit.account({ home: kit.world.insideChild });
    const outsider = await kit.account({ home: kit.world.outside });
    const all = await kit.admin.get<AccountPage>('/api/accounts?pageSize=200');
    expect(all.status).toBe(200);
    const ids = all.body.items.map((a) => a.id);
    expect(ids).toContain(inChild.id);
    expect(ids).toContain(kit.world.accounts.admin.id);
    expect(ids).not.toContain(outsider.id);
    expect(all.body.total).toBe(all.body.items.length);

    const child = await kit.admin.get<AccountPage>(`/api/accounts?unitId=${kit.world.insideChild.id}&pageSize=200`);
    expect(child.body.items.every((a) => a.homeUnitId === kit.world.insideChild.id)).toBe(true);
    const found = await kit.admin.get<AccountPage>(`/api/accounts?search=${inChild.username.toUpperCase()}`);
    expect(found.body.items.map((a) => a.username)).toEqual([inChild.username]);
    const outside = await kit.admin.get<AccountPage>(`/api/accounts?unitId=${kit.world.outside.id}`);
    expect(outside.body).toMatchObject({ items: [], total: 0 });
  });

  it('hides accounts outside the caller’s units (404) and refuses non-admins inside them (403)', async () => {
    const outsider = await kit.account({ home: kit.world.outside });
    expect((await kit.admin.get<ErrorBody>(`/api/accounts/${outsider.id}`)).body.error.code).toBe('ACCOUNT_NOT_FOUND');
    const insider = await kit.account();
    const organizer = await kit.world.client('organizer');
    expect((await organizer.get<ErrorBody>(`/api/accounts/${insider.id}`)).status).toBe(403);
    // Anyone may read their own account.
    const self = await kit.signedIn(insider);
    expect((await self.get<Account>(`/api/accounts/${insider.id}`)).body.id).toBe(insider.id);
  });

  it('disables an account: its sessions end and it can no longer sign in; re-enabling lets it back', async () => {
    const target = await kit.account();
    await kit.signedIn(target);
    const res = await kit.admin.patch<Account>(`/api/accounts/${target.id}`, { disabled: true });
    expect(res.status).toBe(200);
    expect(res.body.disabled).toBe(true);
    expect(await sessionCount(ctx().db, target.id)).toBe(0);
    expect((await kit.login(ctx().client(), target.username)).body.error.code).toBe('ACCOUNT_DISABLED');
    await kit.admin.patch(`/api/accounts/${target.id}`, { disabled: false });
    expect((await kit.login(ctx().client(), target.username)).status).toBe(200);
    const events = await auditEvents(ctx().db, 'auth.account.update', target.id);
    expect(events.map((e) => (e.after as { disabled: boolean }).disabled)).toEqual([true, false]);
  });

  it('refuses disabling oneself with a clear message', async () => {
    const res = await kit.admin.patch<ErrorBody>(`/api/accounts/${kit.world.accounts.admin.id}`, { disabled: true });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'CANNOT_DISABLE_SELF', message: 'Bạn không thể tự khóa tài khoản của mình' });
  });

  it('refuses an edit based on a stale version', async () => {
    const target = await kit.account();
    const current = await kit.admin.get<Account>(`/api/accounts/${target.id}`);
    expect(
      (await kit.admin.patch(`/api/accounts/${target.id}`, { displayName: 'Lê Văn Một', version: current.body.version })).status,
    ).toBe(200);
    const stale = await kit.admin.patch<ErrorBody>(`/api/accounts/${target.id}`, {
      displayName: 'Lê Văn Hai',
      version: current.body.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
  });
});
