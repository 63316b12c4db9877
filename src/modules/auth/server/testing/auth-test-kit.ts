// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
// Under testing/ so the production build leaves it out (tsconfig.build.json).
import type { TestContext } from '../../../../app/server/testing/test-app.js';
import type { TestClient, TestResponse } from '../../../../app/server/testing/test-client.js';
import {
  buildWorld,
  insertAccount,
  signIn,
  type TestAccount,
  type UnitRef,
  type World,
} from '../../../../app/server/testing/world.js';
import type { Role } from '../../../../platform/server/auth/actor.js';
import type { Db } from '../../../../platform/server/db/database.js';
import type { ErrorBody } from '../../../../shared/app-error.js';
import type { Session } from '../../auth.contract.js';
import { totpForSecret } from '../../totp.rules.js';
import { hashPassword } from '../password-hash.js';

/** The TOTP secret `insertAccount` gives accounts with two-factor (world.ts). */
export const FIXTURE_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';
export const GOOD_PASSWORD = 'Sông Hồng chảy 2 mùa nước';
export const OTHER_GOOD_PASSWORD = 'Đồi chè Tân Cương 2026';

const hashes = new Map<string, Promise<string>>();
const hashOf = (password: string) => {
  const cached = hashes.get(password) ?? hashPassword(password);
  hashes.set(password, cached);
  return cached;
};

export interface AuthKit {
  readonly ctx: TestContext;
  readonly world: World;
  /** The world's admin (granted on `inside`, two-factor enrolled), signed in. */
  readonly admin: TestClient;
  /** An account with a real password (GOOD_PASSWORD unless given). */
  account(options?: {
    home?: UnitRef;
    grants?: readonly { role: Role; unit: UnitRef; managementBodyId?: number }[];
    mfa?: boolean;
    password?: string;
  }): Promise<TestAccount>;
  login(client: TestClient, username: string, password?: string): Promise<TestResponse<Session & ErrorBody>>;
  /** A new browser signed in as `account` with a ready session (as world.ts does). */
  signedIn(account: TestAccount): Promise<TestClient>;
  /** Clears login failures, so each test starts below the per-address limit. */
  resetThrottle(): Promise<void>;
}

export async function authKit(ctx: TestContext): Promise<AuthKit> {
  const world = await buildWorld(ctx);
  return {
    ctx,
    world,
    admin: await world.client('admin'),
    async account(options = {}) {
      return insertAccount(ctx.db, options.home ?? world.inside, options.grants ?? [], {
        passwordHash: await hashOf(options.password ?? GOOD_PASSWORD),
        mfa: options.mfa ?? false,
      });
    },
    login: (client, username, password = GOOD_PASSWORD) =>
      client.post<Session & ErrorBody>('/api/auth/login', { username, password }),
    signedIn: (account) => signIn(ctx.db, ctx.client(), account),
    resetThrottle: async () => {
      await ctx.db.deleteFrom('auth_throttle').execute();
    },
  };
}

export function codeFor(secret: string, now: Date): string {
  const code = totpForSecret(secret, now);
  if (code === undefined) throw new Error(`not a base32 secret: ${secret}`);
  return code;
}

/** Audit events of an action about an entity, oldest first. */
export async function auditEvents(db: Db, action: string, entityId: number) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('action', '=', action)
    .where('entity_id', '=', String(entityId))
    .orderBy('id')
    .execute();
}

/** Session rows of an account. */
export async function sessionCount(db: Db, accountId: number): Promise<number> {
  const rows = await db.selectFrom('sessions').select('id_hash').where('account_id', '=', accountId).execute();
  return rows.length;
}
