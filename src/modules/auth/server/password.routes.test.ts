// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { ErrorBody } from '../../../shared/app-error.js';
import type { Account, Session } from '../auth.contract.js';
import { auditEvents, authKit, GOOD_PASSWORD, OTHER_GOOD_PASSWORD, sessionCount, type AuthKit } from './testing/auth-test-kit.js';

describeBackends('auth: passwords and administrator resets', (ctx) => {
  let kit: AuthKit;
  beforeAll(async () => {
    kit = await authKit(ctx());
  });
  beforeEach(async () => {
    await kit.resetThrottle();
  });

  const change = (client: Awaited<ReturnType<AuthKit['signedIn']>>, currentPassword: string, newPassword: string) =>
    client.post<Session & ErrorBody>('/api/auth/password', { currentPassword, newPassword });

  it('changes the password: other sessions end, this one goes on, the new password signs in', async () => {
    const account = await kit.account();
    const other = await kit.signedIn(account);
    const client = ctx().client();
    await kit.login(client, account.username);
    const res = await change(client, GOOD_PASSWORD, OTHER_GOOD_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.account?.stage).toBe('ready');
    expect((await other.get<Session>('/api/auth/session')).body.account).toBeNull();
    expect((await client.get<Session>('/api/auth/session')).body.account?.id).toBe(account.id);
    expect(await sessionCount(ctx().db, account.id)).toBe(1);
    expect((await kit.login(ctx().client(), account.username, GOOD_PASSWORD)).status).toBe(401);
    expect((await kit.login(ctx().client(), account.username, OTHER_GOOD_PASSWORD)).status).toBe(200);

    const [event] = await auditEvents(ctx().db, 'auth.account.password-change', account.id);
    expect(event?.authority).toBe('self');
    expect(JSON.stringify(event)).not.toMatch(/argon2|Đồi chè|Sông Hồng/);
  });

  it('refuses a wrong current password, naming the field, and counts it as a failed sign-in', async () => {
    const account = await kit.account();
    const client = await kit.signedIn(account);
    const res = await change(client, 'Not my password 1', OTHER_GOOD_PASSWORD);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'CURRENT_PASSWORD_WRONG', details: [{ field: 'body.currentPassword' }] });
    const row = await ctx()
      .db.selectFrom('auth_throttle')
      .select('failures')
      .where('key', '=', `acct:${account.username}`)
      .executeTakeFirst();
    expect(row?.failures).toBe(1);
  });

  it('refuses a new password that breaks the policy, or equals the current one, in the user’s language', async () => {
    const account = await kit.account();
    const client = await kit.signedIn(account);
    const weak = await change(client, GOOD_PASSWORD, 'password1234');
    expect(weak.status).toBe(422);
    expect(weak.body.error.code).toBe('WEAK_PASSWORD');
    expect(weak.body.error.message).toContain('quá phổ biến');
    const same = await change(client, GOOD_PASSWORD, GOOD_PASSWORD);
    expect(same.body.error.message).toContain('phải khác mật khẩu hiện tại');
    client.setCookie('merit_lang', 'en');
    const short = await change(client, GOOD_PASSWORD, 'short1');
    expect(short.body.error.message).toBe(
      'The password does not meet the policy: body.newPassword — The password must have at least 12 characters',
    );
  });

  it('resets a password: the holder’s sessions end and they must choose a new one at sign-in', async () => {
    const target = await kit.account();
    await kit.signedIn(target);
    const temporary = 'Mật khẩu tạm 2026';
    const res = await kit.admin.post<Account>(`/api/accounts/${target.id}/reset-password`, { newPassword: temporary });
    expect(res.status).toBe(200);
    expect(res.body.mustChangePassword).toBe(true);
    expect(await sessionCount(ctx().db, target.id)).toBe(0);

    const holder = ctx().client();
    const login = await kit.login(holder, target.username, temporary);
    expect(login.body.account?.stage).toBe('change-password');
    const blocked = await holder.get<ErrorBody>('/api/accounts');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.message).toBe('Bạn cần đổi mật khẩu trước khi tiếp tục');
    const changed = await change(holder, temporary, OTHER_GOOD_PASSWORD);
    expect(changed.body.account?.stage).toBe('ready');

    const [event] = await auditEvents(ctx().db, 'auth.account.password-reset', target.id);
    expect(event?.authority).toMatch(/^admin@\/\d+\/\d+\/ \(grant \d+\)$/);
    expect((event?.after as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    expect(JSON.stringify(event)).not.toMatch(/argon2|tạm 2026/);
  });

  it('lifts a lockout when an administrator resets the password', async () => {
    const target = await kit.account();
    for (let i = 0; i < 5; i++) await kit.login(ctx().client(), target.username, `Wrong password ${i}`);
    expect((await kit.login(ctx().client(), target.username)).status).toBe(429);
    await kit.admin.post(`/api/accounts/${target.id}/reset-password`, { newPassword: OTHER_GOOD_PASSWORD });
    expect((await kit.login(ctx().client(), target.username, OTHER_GOOD_PASSWORD)).status).toBe(200);
  });

  it('resets two-factor: the secret is gone, sessions end, the next sign-in needs no code', async () => {
    const target = await kit.account({ mfa: true });
    await kit.signedIn(target);
    const res = await kit.admin.post<Account>(`/api/accounts/${target.id}/reset-mfa`);
    expect(res.status).toBe(200);
    expect(res.body.mfaEnabled).toBe(false);
    const row = await ctx()
      .db.selectFrom('accounts')
      .select(['totp_secret', 'totp_enabled_at', 'totp_last_step'])
      .where('id', '=', target.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_secret: null, totp_enabled_at: null, totp_last_step: null });
    expect(await sessionCount(ctx().db, target.id)).toBe(0);
    expect((await kit.login(ctx().client(), target.username)).body.account?.stage).toBe('ready');
    expect(await auditEvents(ctx().db, 'auth.account.mfa-reset', target.id)).toHaveLength(1);
  });

  it('refuses resets on oneself and on accounts out of reach', async () => {
    const self = kit.world.accounts.admin.id;
    expect((await kit.admin.post<ErrorBody>(`/api/accounts/${self}/reset-mfa`)).body.error.code).toBe('SELF_RESET_REFUSED');
    const outsider = await kit.account({ home: kit.world.outside });
    expect(
      (await kit.admin.post(`/api/accounts/${outsider.id}/reset-password`, { newPassword: OTHER_GOOD_PASSWORD })).status,
    ).toBe(404);
    const insider = await kit.account();
    const organizer = await kit.world.client('organizer');
    expect((await organizer.post(`/api/accounts/${insider.id}/reset-mfa`)).status).toBe(403);
  });
});
