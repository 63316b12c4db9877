// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { ErrorBody } from '../../../shared/app-error.js';
import type { Session } from '../auth.contract.js';
import { decodeBase32 } from '../base32.rules.js';
import { auditEvents, authKit, codeFor, FIXTURE_TOTP_SECRET, type AuthKit } from './testing/auth-test-kit.js';

// A clock the tests move by whole TOTP steps, so each step's code is fresh.
let offsetMs = 0;
const now = () => new Date(Date.now() + offsetMs);
const nextStep = () => (offsetMs += 30_000);

interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

describeBackends(
  'auth: two-factor',
  (ctx) => {
    let kit: AuthKit;
    beforeAll(async () => {
      kit = await authKit(ctx());
    });
    beforeEach(async () => {
      await kit.resetThrottle();
    });

    it('signs in with password then code: stage mfa blocks work, the right code rotates the session to ready', async () => {
      const account = await kit.account({ mfa: true });
      const client = ctx().client();
      const first = await kit.login(client, account.username);
      expect(first.status).toBe(200);
      expect(first.body.account).toMatchObject({ stage: 'mfa', mfaEnabled: true });
      const halfToken = client.cookie('merit_session');

      const blocked = await client.get<ErrorBody>(`/api/accounts/${account.id}`);
      expect(blocked.status).toBe(401);
      // A session that owes its code may not change the password either.
      const change = await client.post<ErrorBody>('/api/auth/password', { currentPassword: 'x', newPassword: 'y' });
      expect(change.body.error.code).toBe('MFA_REQUIRED');

      const wrong = await client.post<ErrorBody>('/api/auth/mfa/verify', { code: '000000' });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.code).toBe('INVALID_MFA_CODE');

      const ok = await client.post<Session>('/api/auth/mfa/verify', { code: codeFor(FIXTURE_TOTP_SECRET, now()) });
      expect(ok.status).toBe(200);
      expect(ok.body.account?.stage).toBe('ready');
      expect(client.cookie('merit_session')).not.toBe(halfToken);
      expect((await client.get(`/api/accounts/${account.id}`)).status).toBe(200);
      expect(await auditEvents(ctx().db, 'auth.session.mfa-verify', account.id)).toHaveLength(1);

      const stale = ctx().client();
      stale.setCookie('merit_session', halfToken ?? '');
      expect((await stale.get<Session>('/api/auth/session')).body.account).toBeNull();
    });

    it('refuses the same code twice (replay), even from a new sign-in', async () => {
      nextStep();
      const account = await kit.account({ mfa: true });
      const code = codeFor(FIXTURE_TOTP_SECRET, now());
      const a = ctx().client();
      await kit.login(a, account.username);
      expect((await a.post('/api/auth/mfa/verify', { code })).status).toBe(200);
      const b = ctx().client();
      await kit.login(b, account.username);
      const again = await b.post<ErrorBody>('/api/auth/mfa/verify', { code });
      expect(again.status).toBe(401);
      expect(again.body.error.code).toBe('MFA_CODE_REUSED');
    });

    it('counts wrong codes toward the lock, and does not let the password reset that count', async () => {
      const account = await kit.account({ mfa: true });
      const client = ctx().client();
      for (let i = 0; i < 4; i++) {
        // Signing in again with the right password must not clear the failures of the second step.
        await kit.login(client, account.username);
        expect((await client.post('/api/auth/mfa/verify', { code: '000000' })).status).toBe(401);
      }
      await kit.login(client, account.username);
      const fifth = await client.post<ErrorBody>('/api/auth/mfa/verify', { code: '000000' });
      expect(fifth.status).toBe(429);
      expect(fifth.body.error.code).toBe('ACCOUNT_LOCKED');
      nextStep();
      const right = await client.post<ErrorBody>('/api/auth/mfa/verify', { code: codeFor(FIXTURE_TOTP_SECRET, now()) });
      expect(right.status).toBe(429);
    });

    it('answers 409 to a code when none is owed', async () => {
      const client = await kit.signedIn(await kit.account());
      const res = await client.post<ErrorBody>('/api/auth/mfa/verify', { code: '123456' });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('MFA_NOT_PENDING');
    });

    it('makes an administrator without two-factor enrol before working, then lets them work', async () => {
      const admin = await kit.account({ grants: [{ role: 'admin', unit: kit.world.inside }] });
      const client = ctx().client();
      const first = await kit.login(client, admin.username);
      expect(first.body.account?.stage).toBe('enrol-mfa');
      const blocked = await client.get<ErrorBody>('/api/accounts');
      expect(blocked.status).toBe(403);
      expect(blocked.body.error.message).toContain('xác thực hai lớp');

      const start = await client.post<Enrolment>('/api/auth/mfa/enrolment');
      expect(start.status).toBe(200);
      expect(decodeBase32(start.body.secret)).toHaveLength(20);
      expect(start.body.otpauthUri).toMatch(
        new RegExp(`^otpauth://totp/Merit:${admin.username}\\?secret=${start.body.secret}&issuer=Merit`),
      );
      expect(start.body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      // Pending until confirmed: the account has no second factor yet.
      const pending = await ctx()
        .db.selectFrom('accounts')
        .select(['totp_secret', 'totp_enabled_at'])
        .where('id', '=', admin.id)
        .executeTakeFirstOrThrow();
      expect(pending).toEqual({ totp_secret: null, totp_enabled_at: null });

      const wrong = await client.post<ErrorBody>('/api/auth/mfa/enrolment/confirm', { code: '000000' });
      expect(wrong.body.error.code).toBe('INVALID_MFA_CODE');
      const before = client.cookie('merit_session');
      const ok = await client.post<Session>('/api/auth/mfa/enrolment/confirm', { code: codeFor(start.body.secret, now()) });
      expect(ok.status).toBe(200);
      expect(ok.body.account).toMatchObject({ stage: 'ready', mfaEnabled: true });
      expect(client.cookie('merit_session')).not.toBe(before);
      expect((await client.get('/api/accounts')).status).toBe(200);

      const [event] = await auditEvents(ctx().db, 'auth.account.mfa-enrol', admin.id);
      expect(event?.after).toEqual({ mfaEnabled: true });
      expect(JSON.stringify(event)).not.toContain(start.body.secret);

      // The next sign-in asks for a code from the new secret.
      nextStep();
      const again = ctx().client();
      expect((await kit.login(again, admin.username)).body.account?.stage).toBe('mfa');
      expect((await again.post('/api/auth/mfa/verify', { code: codeFor(start.body.secret, now()) })).status).toBe(200);
    });

    it('refuses to confirm an enrolment that was never started or has expired', async () => {
      const account = await kit.account();
      const client = await kit.signedIn(account);
      const none = await client.post<ErrorBody>('/api/auth/mfa/enrolment/confirm', { code: '123456' });
      expect(none.body.error.code).toBe('MFA_ENROLMENT_NOT_STARTED');
      const start = await client.post<Enrolment>('/api/auth/mfa/enrolment');
      offsetMs += 16 * 60_000;
      const late = await client.post<ErrorBody>('/api/auth/mfa/enrolment/confirm', { code: codeFor(start.body.secret, now()) });
      expect(late.body.error.code).toBe('MFA_ENROLMENT_NOT_STARTED');
    });

    it('refuses codes that are not six digits before checking anything', async () => {
      const client = await kit.signedIn(await kit.account());
      const res = await client.post<ErrorBody>('/api/auth/mfa/enrolment/confirm', { code: '12ab56' });
      expect(res.status).toBe(400);
    });
  },
  { now },
);
