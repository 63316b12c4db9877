// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { countRows } from '../../../app/server/testing/world.js';
import type { ErrorBody } from '../../../shared/app-error.js';
import type { Session } from '../auth.contract.js';
import { auditEvents, authKit, GOOD_PASSWORD, sessionCount, type AuthKit } from './testing/auth-test-kit.js';

const LOCKED_VI = 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.';
const LOCKED_EN = 'The account is temporarily locked after too many failed sign-ins. Try again in 15 minutes.';

// A clock the tests can move forward, to see a lock run out.
let offsetMs = 0;
const now = () => new Date(Date.now() + offsetMs);

describeBackends(
  'auth: signing in and out',
  (ctx) => {
    let kit: AuthKit;
    beforeAll(async () => {
      kit = await authKit(ctx());
    });
    beforeEach(async () => {
      offsetMs = 0;
      await kit.resetThrottle();
    });

    it('signs in with the right password: session body, HttpOnly Strict cookie, audit event naming the account', async () => {
      const account = await kit.account();
      const client = ctx().client();
      const res = await kit.login(client, account.username);
      expect(res.status).toBe(200);
      expect(res.body.account).toMatchObject({ id: account.id, username: account.username, stage: 'ready', mfaEnabled: false });
      expect(res.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/merit_session=[A-Za-z0-9_-]{43}/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/);
      expect((await client.get<Session>('/api/auth/session')).body.account?.id).toBe(account.id);

      const [event] = await auditEvents(ctx().db, 'auth.session.login', account.id);
      expect(event).toMatchObject({ actor_account_id: account.id, actor_label: account.username, authority: 'self' });
      expect(JSON.stringify(event)).not.toMatch(/argon2|JBSWY3DP/);
    });

    it('accepts the username in any case and with spaces around it', async () => {
      const account = await kit.account();
      const res = await kit.login(ctx().client(), `  ${account.username.toUpperCase()} `);
      expect(res.status).toBe(200);
    });

    it('answers a wrong password and an unknown username with the same message, and audits neither', async () => {
      const account = await kit.account();
      const auditBefore = await countRows(ctx().db, 'audit_events');
      const wrong = await kit.login(ctx().client(), account.username, 'Sai mật khẩu 12345');
      const unknown = await kit.login(ctx().client(), 'khong.ton.tai', GOOD_PASSWORD);
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng' });
      expect(await countRows(ctx().db, 'audit_events')).toBe(auditBefore);
    });

    it('locks the account at the fifth failure for 15 minutes, with a Vietnamese message saying so', async () => {
      const account = await kit.account();
      const client = ctx().client();
      for (let i = 0; i < 4; i++) expect((await kit.login(client, account.username, `Wrong password ${i}`)).status).toBe(401);
      const fifth = await kit.login(client, account.username, 'Wrong password 5');
      expect(fifth.status).toBe(429);
      expect(fifth.body.error).toMatchObject({ code: 'ACCOUNT_LOCKED', message: LOCKED_VI });
      // Even the right password waits until the lock ends.
      const right = await kit.login(client, account.username);
      expect(right.status).toBe(429);
      expect(right.body.error.message).toBe(LOCKED_VI);

      offsetMs = 5 * 60_000;
      expect((await kit.login(client, account.username)).body.error.message).toContain('sau 10 phút');
      offsetMs = 15 * 60_000 + 1000;
      expect((await kit.login(client, account.username)).status).toBe(200);
    });

    it('says it in English when the user chose English', async () => {
      const account = await kit.account();
      const client = ctx().client();
      client.setCookie('merit_lang', 'en');
      for (let i = 0; i < 4; i++) await kit.login(client, account.username, `Wrong password ${i}`);
      const wrong = await kit.login(client, account.username, 'Wrong password 5');
      expect(wrong.status).toBe(429);
      expect(wrong.body.error.message).toBe(LOCKED_EN);
    });

    it('locks unknown usernames the same way, so a lock reveals nothing', async () => {
      const client = ctx().client();
      for (let i = 0; i < 4; i++) expect((await kit.login(client, 'ai.do.khong.co', `Wrong password ${i}`)).status).toBe(401);
      expect((await kit.login(client, 'ai.do.khong.co', 'Wrong password 5')).status).toBe(429);
    });

    it('clears the account counter on success, so earlier failures do not add up with later ones', async () => {
      const account = await kit.account();
      const client = ctx().client();
      for (let i = 0; i < 4; i++) await kit.login(client, account.username, `Wrong password ${i}`);
      expect((await kit.login(client, account.username)).status).toBe(200);
      for (let i = 0; i < 4; i++) expect((await kit.login(client, account.username, `Wrong again ${i}`)).status).toBe(401);
    });

    it('locks a source address after 30 failures across usernames', async () => {
      const account = await kit.account();
      const client = ctx().client();
      for (let i = 0; i < 29; i++) expect((await kit.login(client, `nguoi.${i}`, 'Wrong password 1')).status).toBe(401);
      expect((await kit.login(client, 'nguoi.cuoi', 'Wrong password 1')).status).toBe(429);
      expect((await kit.login(client, account.username)).status).toBe(429);
    });

    it('rotates the session on sign-in: the old token stops working', async () => {
      const account = await kit.account();
      const client = await kit.signedIn(account);
      const before = client.cookie('merit_session');
      expect(before).toBeDefined();
      const res = await kit.login(client, account.username);
      expect(res.status).toBe(200);
      const after = client.cookie('merit_session');
      expect(after).toBeDefined();
      expect(after).not.toBe(before);

      const stale = ctx().client();
      stale.setCookie('merit_session', before ?? '');
      const old = await stale.get<Session>('/api/auth/session');
      expect(old.body.account).toBeNull();
      expect(await sessionCount(ctx().db, account.id)).toBe(1);
    });

    it('refuses a sign-in without the anti-forgery token', async () => {
      const account = await kit.account();
      const res = await ctx()
        .client()
        .post<ErrorBody>('/api/auth/login', { username: account.username, password: GOOD_PASSWORD }, { csrf: false });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('CSRF_FAILED');
    });

    it('refuses unknown fields in the body', async () => {
      const res = await ctx().client().post<ErrorBody>('/api/auth/login', { username: 'a', password: 'b', remember: true });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    });

    it('says the session expired when it did, and drops the stale cookie', async () => {
      const account = await kit.account();
      const client = await kit.signedIn(account);
      await ctx()
        .db.updateTable('sessions')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('account_id', '=', account.id)
        .execute();
      const res = await client.get<ErrorBody>('/api/accounts');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('SESSION_EXPIRED');
      const session = await client.get<Session>('/api/auth/session');
      expect(session.body.account).toBeNull();
      expect(client.cookie('merit_session')).toBeUndefined();
    });

    it('gives an anonymous visitor an anti-forgery token and no account', async () => {
      const client = ctx().client();
      const res = await client.get<Session>('/api/auth/session');
      expect(res.status).toBe(200);
      expect(res.body.account).toBeNull();
      expect(res.body.csrfToken).toBe(client.cookie('merit_csrf'));
    });

    it('signs out: the session row is gone and the cookie cleared', async () => {
      const account = await kit.account();
      const client = ctx().client();
      await kit.login(client, account.username);
      const res = await client.post('/api/auth/logout');
      expect(res.status).toBe(200);
      expect(client.cookie('merit_session')).toBeUndefined();
      expect(await sessionCount(ctx().db, account.id)).toBe(0);
    });

    it('signs out everywhere: every session of the account ends, and it is audited', async () => {
      const account = await kit.account();
      const phone = await kit.signedIn(account);
      const laptop = ctx().client();
      await kit.login(laptop, account.username);
      expect(await sessionCount(ctx().db, account.id)).toBe(2);
      expect((await laptop.post('/api/auth/logout-everywhere')).status).toBe(200);
      expect(await sessionCount(ctx().db, account.id)).toBe(0);
      expect((await phone.get<Session>('/api/auth/session')).body.account).toBeNull();
      expect(await auditEvents(ctx().db, 'auth.session.logout-everywhere', account.id)).toHaveLength(1);
    });

    it('refuses a disabled account, telling only someone who knows the password', async () => {
      const account = await kit.account();
      await ctx().db.updateTable('accounts').set({ disabled_at: new Date() }).where('id', '=', account.id).execute();
      expect((await kit.login(ctx().client(), account.username)).body.error.code).toBe('ACCOUNT_DISABLED');
      expect((await kit.login(ctx().client(), account.username, 'Wrong password 1')).body.error.code).toBe('INVALID_CREDENTIALS');
    });

    it('sets the language cookie for a visitor, and the account’s preference once signed in', async () => {
      const visitor = ctx().client();
      const res = await visitor.post('/api/auth/locale', { locale: 'en' });
      expect(res.status).toBe(200);
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/merit_lang=en/);
      expect(cookie).not.toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Max-Age=31536000/);

      const account = await kit.account();
      const client = await kit.signedIn(account);
      expect((await client.post('/api/auth/locale', { locale: 'en' })).status).toBe(200);
      const row = await ctx().db.selectFrom('accounts').select('locale').where('id', '=', account.id).executeTakeFirstOrThrow();
      expect(row.locale).toBe('en');
      expect((await client.get<Session>('/api/auth/session')).body.account?.locale).toBe('en');
      const [event] = await auditEvents(ctx().db, 'auth.account.locale', account.id);
      expect(event?.after).toEqual({ locale: 'en' });
    });
  },
  { now },
);

describeBackends(
  'auth: cookies behind HTTPS',
  (ctx) => {
    let kit: AuthKit;
    beforeAll(async () => {
      kit = await authKit(ctx());
    });

    it('marks the session cookie Secure when configured', async () => {
      const account = await kit.account();
      const res = await kit.login(ctx().client(), account.username);
      expect(res.status).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/merit_session=[^;]+;.*Secure/);
    });
  },
  { config: { secureCookies: true } },
);
