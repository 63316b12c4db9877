import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyAuditChain } from '../../../platform/server/audit/verify-audit.js';
import { enabledBackends } from '../../../platform/server/testing/test-backends.js';
import { countRows } from '../testing/world.js';
import { LOCK_FILE } from './data-dir-lock.js';
import {
  cli,
  printedPassword,
  openBench,
  snapshot,
  CHOSEN_PASSWORD,
  NEW_PASSWORD,
  vietnamToday,
  type Bench,
  type LoginBody,
} from './admin-commands-test-kit.js';

for (const kind of enabledBackends(inject('templates'))) {
  describe(`merit create-admin and reset-password [${kind}]`, () => {
    let bench: Bench;
    let env: NodeJS.ProcessEnv;
    let rootId: number;
    let firstPassword: string;

    beforeAll(async () => {
      bench = await openBench(kind);
      env = bench.env;
    });
    afterAll(async () => bench?.destroy());

    /** Runs the refusals, each must exit non-zero, and checks that no row changed. */
    async function expectNothingWritten(runs: () => Promise<void>): Promise<void> {
      const before = await bench.withApp((db) => snapshot(db));
      await runs();
      expect(await bench.withApp((db) => snapshot(db))).toEqual(before);
      if (kind === 'pglite') expect(existsSync(join(env.MERIT_DATA_DIR ?? '', LOCK_FILE))).toBe(false);
    }

    it('refuses bad arguments and values on an empty database, in both languages, writing nothing', async () => {
      await expectNothingWritten(async () => {
        const missing = await cli(['create-admin', '--root', 'Tỉnh Thử', '--code', 'TT'], env);
        expect(missing).toMatchObject({ code: 2, out: '' });
        expect(missing.err).toContain('thiếu --username — --username is required');

        const neither = await cli(['create-admin', '--username', 'admin'], env);
        expect(neither.code).toBe(2);
        expect(neither.err).toContain('give exactly one of --unit <id> and --root "<name>"');
        expect((await cli(['create-admin', '--username', 'admin', '--unit', '1', '--root', 'X', '--code', 'X'], env)).code).toBe(
          2,
        );
        expect((await cli(['create-admin', '--username', 'admin', '--root', 'Tỉnh Thử'], env)).err).toContain(
          '--root needs --code',
        );
        expect((await cli(['create-admin', '--username', 'a', '--username', 'b', '--unit', '1'], env)).err).toContain(
          'given twice',
        );
        expect((await cli(['create-admin', '--username', 'admin', '--unit', '1', '--frob'], env)).err).toContain(
          "Unknown option '--frob'",
        );

        // A password on the command line is refused without being echoed.
        for (const flag of ['--password=Bi-mat-2026-xyz', '--admin-password', '-p']) {
          const r = await cli(['create-admin', '--username', 'admin', '--unit', '1', flag, 'Bi-mat-2026-xyz'], env);
          expect(r.code).toBe(2);
          expect(r.err).toContain('shell history');
          expect(r.err).toContain('MERIT_ADMIN_PASSWORD');
          expect(r.err).not.toContain('Bi-mat');
        }

        const invalid = await cli(
          ['create-admin', '--username', 'ad min', '--name', '', '--root', '', '--code', 'T T', '--valid-from', '2025-13-01'],
          env,
        );
        expect(invalid).toMatchObject({ code: 1, out: '' });
        expect(invalid.err).toContain('Tên đăng nhập "ad min" không hợp lệ');
        expect(invalid.err).toContain('invalid username');
        expect(invalid.err).toContain('the display name must have 1–120 characters');
        expect(invalid.err).toContain('the root unit name must have 1–200 characters');
        expect(invalid.err).toContain('invalid code "T T"');
        expect(invalid.err).toContain('--valid-from "2025-13-01"');
        expect(invalid.err).toContain('Không có gì được ghi vào cơ sở dữ liệu — nothing was written to the database.');

        // An invalid username is reported once, not again as the display name it would default to.
        const badName = await cli(['create-admin', '--username', 'Bad Name', '--unit', '1'], env);
        expect(badName.err).toContain('invalid username');
        expect(badName.err).not.toContain('display name');

        const weak = await cli(['create-admin', '--username', 'admin', '--root', 'Tỉnh Thử', '--code', 'TT'], {
          ...env,
          MERIT_ADMIN_PASSWORD: 'admin',
        });
        expect(weak.code).toBe(1);
        expect(weak.err).toContain(
          'MERIT_ADMIN_PASSWORD: Mật khẩu phải có ít nhất 12 ký tự — The password must have at least 12 characters',
        );
        expect(weak.err).toContain('The password must contain both letters and digits');
        expect(weak.err).toContain('The password must not contain the username');

        const unknown = await cli(['create-admin', '--username', 'admin', '--unit', '999'], env);
        expect(unknown.code).toBe(1);
        expect(unknown.err).toContain('Không có đơn vị nào có id 999 — there is no unit with id 999');
        expect((await cli(['create-admin', '--username', 'admin', '--unit', 'TT'], env)).err).toContain('is not a unit id');

        const resetNobody = await cli(['reset-password', '--username', 'admin'], env);
        expect(resetNobody.code).toBe(1);
        expect(resetNobody.err).toContain('there is no account "admin"');
      });
    }, 120_000);

    it('creates the root unit and its administrator, who signs in with the printed password and must change it', async () => {
      const r = await cli(
        ['create-admin', '--username', 'Admin', '--name', 'Quản trị Tỉnh Thử', '--root', ' Tỉnh  Thử ', '--code', 'TT'],
        env,
      );
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain('Đã tạo quản trị viên — administrator created.');
      expect(r.out).toContain('Tài khoản: admin (Quản trị Tỉnh Thử)');
      expect(r.out).toContain('administrators must set up two-factor authentication (a TOTP app) at first sign-in');
      firstPassword = printedPassword(r.out);
      expect(firstPassword).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);

      await bench.withApp(async (db, client) => {
        const unit = await db.selectFrom('org_units').selectAll().executeTakeFirstOrThrow();
        rootId = unit.id;
        expect(unit).toMatchObject({
          parent_id: null,
          name: 'Tỉnh Thử',
          code: 'TT',
          kind: 'province',
          track: 'state',
          status: 'active',
          valid_from: vietnamToday(),
        });
        expect(r.out).toContain(`"Tỉnh Thử" (id ${rootId}, mã — code TT)`);
        const account = await db.selectFrom('accounts').selectAll().executeTakeFirstOrThrow();
        expect(account).toMatchObject({
          username: 'admin',
          display_name: 'Quản trị Tỉnh Thử',
          home_unit_id: rootId,
          must_change_password: true,
        });
        expect(account.password_hash).toMatch(/^\$argon2id\$/);
        const grants = await db.selectFrom('grants').selectAll().execute();
        expect(grants).toMatchObject([
          { account_id: account.id, role: 'admin', unit_id: rootId, granted_by: null, revoked_at: null },
        ]);

        const audit = await db
          .selectFrom('audit_events')
          .select(['action', 'actor_label', 'request_id', 'after'])
          .orderBy('id')
          .execute();
        expect(audit.map((e) => e.action)).toEqual(['org.unit.create', 'auth.account.create', 'auth.grant.create']);
        expect(new Set(audit.map((e) => e.actor_label))).toEqual(new Set(['system']));
        expect(new Set(audit.map((e) => e.request_id))).toEqual(new Set(['cli-create-admin']));
        expect(audit[1]?.after).toMatchObject({ username: 'admin', mustChangePassword: true, via: 'merit create-admin' });
        const secrets = await sql<{ n: number }>`select count(*)::int as n from audit_events
          where coalesce(after::text, '') || coalesce(before::text, '') like '%argon2%'
             or coalesce(after::text, '') || coalesce(before::text, '') like ${`%${firstPassword}%`}`.execute(db);
        expect(secrets.rows[0]?.n).toBe(0);
        expect(await verifyAuditChain(db)).toMatchObject({ ok: true, events: 3 });

        const login = await client().post<LoginBody>('/api/auth/login', { username: 'ADMIN', password: firstPassword });
        expect(login.status, JSON.stringify(login.body)).toBe(200);
        expect(login.body.account?.stage).toBe('change-password');
        expect(login.body.account?.grants).toMatchObject([{ role: 'admin', unitId: rootId }]);
      });
    }, 60_000);

    it('refuses a second root (naming the first, suggesting --unit) and a taken username in any case, writing nothing', async () => {
      await expectNothingWritten(async () => {
        const second = await cli(['create-admin', '--username', 'other', '--root', 'Tỉnh Khác', '--code', 'TK'], env);
        expect(second.code).toBe(1);
        expect(second.err).toContain(`Cây tổ chức đã có đơn vị gốc "Tỉnh Thử" (id ${rootId}, mã — code TT)`);
        expect(second.err).toContain(`use --unit ${rootId} to make the account its administrator`);

        const taken = await cli(['create-admin', '--username', 'ADMIN', '--unit', String(rootId)], env);
        expect(taken.code).toBe(1);
        expect(taken.err).toContain('the username "admin" is already taken (case-insensitive)');
      });
    }, 60_000);

    it('adds an administrator over an existing unit with the password from MERIT_ADMIN_PASSWORD, sent to two-factor enrolment', async () => {
      const r = await cli(['create-admin', '--username', 'admin2', '--unit', String(rootId)], {
        ...env,
        MERIT_ADMIN_PASSWORD: CHOSEN_PASSWORD,
      });
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain('the one in MERIT_ADMIN_PASSWORD (not printed)');
      expect(r.out).not.toContain(CHOSEN_PASSWORD);
      expect(r.out).not.toContain('Đơn vị gốc mới');

      await bench.withApp(async (db, client) => {
        expect(await countRows(db, 'org_units')).toBe(1);
        const account = await db.selectFrom('accounts').selectAll().where('username', '=', 'admin2').executeTakeFirstOrThrow();
        expect(account).toMatchObject({ display_name: 'admin2', must_change_password: false, home_unit_id: rootId });
        const login = await client().post<LoginBody>('/api/auth/login', { username: 'admin2', password: CHOSEN_PASSWORD });
        expect(login.status, JSON.stringify(login.body)).toBe(200);
        expect(login.body.account?.stage).toBe('enrol-mfa');
      });
    }, 60_000);

    it('resets a password: sessions end, the lockout is lifted, two-factor is kept unless --reset-mfa', async () => {
      // admin2 is signed in and has two-factor; admin has locked itself out with wrong passwords.
      const sessionToken = await bench.withApp(async (db, client) => {
        const browser = client();
        expect((await browser.post('/api/auth/login', { username: 'admin2', password: CHOSEN_PASSWORD })).status).toBe(200);
        await db
          .updateTable('accounts')
          .set({ totp_secret: 'JBSWY3DPEHPK3PXP', totp_enabled_at: new Date() })
          .where('username', '=', 'admin2')
          .execute();
        const guesser = client();
        for (let i = 0; i < 5; i++) await guesser.post('/api/auth/login', { username: 'admin', password: 'Sai-mat-khau-2026' });
        const locked = await guesser.post<LoginBody>('/api/auth/login', { username: 'admin', password: firstPassword });
        expect(locked.status).toBe(429);
        return browser.cookie('merit_session');
      });
      expect(sessionToken).toBeTruthy();

      await expectNothingWritten(async () => {
        const weak = await cli(['reset-password', '--username', 'admin2'], { ...env, MERIT_ADMIN_PASSWORD: 'admin2-password' });
        expect(weak.code).toBe(1);
        expect(weak.err).toContain('The password must not contain the username');
        expect((await cli(['reset-password'], env)).code).toBe(2);
        expect((await cli(['reset-password', '--username', 'admin2', '--password', 'x'], env)).err).toContain('shell history');
      });

      const kept = await cli(['reset-password', '--username', 'ADMIN2'], { ...env, MERIT_ADMIN_PASSWORD: NEW_PASSWORD });
      expect(kept.code, kept.err).toBe(0);
      // Its session from the test before and the one just opened.
      expect(kept.out).toContain('2 session(s) ended, sign-in lockout lifted');
      expect(kept.out).toContain('two-factor authentication is kept');
      expect(kept.out).not.toContain(NEW_PASSWORD);

      const generated = await cli(['reset-password', '--username', 'admin'], env);
      expect(generated.code, generated.err).toBe(0);
      const adminPassword = printedPassword(generated.out);
      expect(adminPassword).not.toBe(firstPassword);

      await bench.withApp(async (db, client) => {
        const old = client();
        old.setCookie('merit_session', sessionToken ?? '');
        expect((await old.get<LoginBody>('/api/auth/session')).body.account).toBeNull();

        const admin2 = await client().post<LoginBody>('/api/auth/login', { username: 'admin2', password: NEW_PASSWORD });
        expect(admin2.status, JSON.stringify(admin2.body)).toBe(200);
        expect(admin2.body.account?.stage).toBe('mfa');
        // The lockout from the wrong guesses is gone.
        const admin = await client().post<LoginBody>('/api/auth/login', { username: 'admin', password: adminPassword });
        expect(admin.status, JSON.stringify(admin.body)).toBe(200);
        expect(admin.body.account?.stage).toBe('change-password');

        const resets = await db
          .selectFrom('audit_events')
          .select(['action', 'actor_label', 'before', 'after'])
          .where('action', 'like', 'auth.account.%-reset')
          .orderBy('id')
          .execute();
        expect(resets).toMatchObject([
          {
            action: 'auth.account.password-reset',
            actor_label: 'system',
            after: { username: 'admin2', sessionsEnded: 2, mfaEnabled: true },
          },
          {
            action: 'auth.account.password-reset',
            actor_label: 'system',
            after: { username: 'admin', mustChangePassword: true },
          },
        ]);
        expect(JSON.stringify(resets)).not.toMatch(/argon2|JBSWY3DPEHPK3PXP/);
      });

      const mfaReset = await cli(['reset-password', '--username', 'admin2', '--reset-mfa'], env);
      expect(mfaReset.code, mfaReset.err).toBe(0);
      expect(mfaReset.out).toContain('two-factor authentication removed');
      expect(mfaReset.out).toContain('administrators must set up two-factor authentication');
      const admin2Password = printedPassword(mfaReset.out);

      await bench.withApp(async (db, client) => {
        const row = await db.selectFrom('accounts').selectAll().where('username', '=', 'admin2').executeTakeFirstOrThrow();
        expect(row).toMatchObject({ totp_secret: null, totp_enabled_at: null, must_change_password: true });
        const login = await client().post<LoginBody>('/api/auth/login', { username: 'admin2', password: admin2Password });
        expect(login.body.account?.stage).toBe('change-password');
        const last = await db.selectFrom('audit_events').select(['action', 'after']).orderBy('id', 'desc').limit(3).execute();
        expect(last.map((e) => e.action)).toContain('auth.account.mfa-reset');
        expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
      });
    }, 120_000);
  });
}
