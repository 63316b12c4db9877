import { authEndpoints as E } from '../../../modules/auth/auth.contract.js';
import { hashPassword, totpForSecret } from '../../../modules/auth/index.js';
import { insertAccount, type World } from '../testing/world.js';
import { everyRole, type MatrixCase, type Where } from './matrix-case.js';

/**
 * The auth endpoints. Self-service endpoints (session, password, two-factor) answer the same to
 * every signed-in role; account and grant administration needs an admin grant over the target:
 * inside → allowed; outside → 404 (the account is not even visible) or 403 (a unit out of reach).
 * Other roles see accounts in their units (403) and no one sees beyond them (404).
 */
const KNOWN_PASSWORD = 'Matrix-Password-2026';
const PENDING_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

let known: Promise<string> | undefined;
const knownHash = () => (known ??= hashPassword(KNOWN_PASSWORD));

let seq = 0;
const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${(seq++).toString(36)}`;

const worldAccountIds = (w: World) => Object.values(w.accounts).map((a) => a.id);

/** Admin over the target inside; outside it the target is invisible (404). Others: 403 inside, 404 outside. */
const adminOverAccount: MatrixCase['expect'] = {
  none: 404,
  admin: { inside: 200, outside: 404 },
  organizer: { inside: 403, outside: 404 },
  inspector: { inside: 403, outside: 404 },
  decider: { inside: 403, outside: 404 },
};

const freshAccountParams = async (w: World, where: Where) => ({ params: { id: (await w.freshAccount(where)).id } });

export const authCases: MatrixCase[] = [
  { endpoint: E.getSession, prepare: async () => ({}), expect: { anonymous: 200, ...everyRole(200) } },
  {
    endpoint: E.login,
    prepare: async (w, where) => {
      const a = await insertAccount(w.db, w[where], [], { passwordHash: await knownHash(), mfa: false });
      return { body: { username: a.username, password: KNOWN_PASSWORD } };
    },
    expect: { anonymous: 200, ...everyRole(200) },
  },
  // Every matrix session has passed its second factor already, so there is no code to verify.
  { endpoint: E.verifyMfa, prepare: async () => ({ body: { code: '123456' } }), expect: everyRole(409) },
  { endpoint: E.startMfaEnrolment, prepare: async () => ({}), expect: everyRole(200) },
  {
    endpoint: E.confirmMfaEnrolment,
    prepare: async (w) => {
      await w.db
        .updateTable('accounts')
        .set({ totp_pending_secret: PENDING_SECRET, totp_pending_at: new Date() })
        .where('id', 'in', worldAccountIds(w))
        .execute();
      return { body: { code: totpForSecret(PENDING_SECRET, new Date()) } };
    },
    expect: everyRole(200),
  },
  {
    endpoint: E.changePassword,
    prepare: async (w) => {
      await w.db
        .updateTable('accounts')
        .set({ password_hash: await knownHash(), must_change_password: false })
        .where('id', 'in', worldAccountIds(w))
        .execute();
      return { body: { currentPassword: KNOWN_PASSWORD, newPassword: 'Another-Matrix-Pass-2027' } };
    },
    expect: everyRole(200),
  },
  { endpoint: E.logout, prepare: async () => ({}), expect: everyRole(200) },
  { endpoint: E.logoutEverywhere, prepare: async () => ({}), expect: everyRole(200) },
  { endpoint: E.setLocale, prepare: async () => ({ body: { locale: 'vi' } }), expect: { anonymous: 200, ...everyRole(200) } },
  {
    endpoint: E.listAccounts,
    prepare: async (w, where) => ({ query: { unitId: String(w[where].id) } }),
    expect: { ...everyRole(403), admin: 200 },
  },
  { endpoint: E.getAccount, prepare: freshAccountParams, expect: adminOverAccount },
  {
    endpoint: E.createAccount,
    prepare: async (w, where) => ({
      body: {
        username: uniqueName('mx'),
        displayName: 'Nguyễn Văn Ma Trận',
        homeUnitId: w[where].id,
        password: 'Matrix-Temporary-2026',
      },
    }),
    expect: { ...everyRole(403), admin: { inside: 201, outside: 403 } },
  },
  {
    endpoint: E.updateAccount,
    prepare: async (w, where) => ({ ...(await freshAccountParams(w, where)), body: { displayName: 'Trần Thị Đổi Tên' } }),
    expect: adminOverAccount,
  },
  {
    endpoint: E.resetPassword,
    prepare: async (w, where) => ({ ...(await freshAccountParams(w, where)), body: { newPassword: 'Matrix-Reset-Pass-2026' } }),
    expect: adminOverAccount,
  },
  { endpoint: E.resetMfa, prepare: freshAccountParams, expect: adminOverAccount },
  {
    // The account is always one the admin administers; the unit is inside or outside their authority.
    endpoint: E.createGrant,
    prepare: async (w, where) => ({
      body: { accountId: (await w.freshAccount('inside')).id, role: 'organizer', unitId: w[where].id },
    }),
    expect: { ...everyRole(403), none: 404, admin: { inside: 201, outside: 403 } },
  },
  {
    endpoint: E.revokeGrant,
    prepare: async (w, where) => {
      const holder = await w.freshAccount(where);
      const { id } = await w.db
        .insertInto('grants')
        .values({ account_id: holder.id, role: 'organizer', unit_id: w[where].id })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { params: { id } };
    },
    expect: adminOverAccount,
  },
];
