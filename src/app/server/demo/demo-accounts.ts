import { randomInt } from 'node:crypto';
import { checkPasswordPolicy } from '../../../modules/auth/index.js';
import type { Role } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { DEMO_CODES } from './demo-province.js';

/** One demo account per role, each with one grant (decider: for the provincial standing committee). */
export interface DemoAccountSpec {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** Unit codes (see DEMO_CODES). */
  readonly homeCode: string;
  readonly grantCode: string;
  /** For `decider`: the management body of `grantCode` the account acts for. */
  readonly bodyName?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccountSpec[] = [
  { username: 'quantri', displayName: 'Quản trị hệ thống', role: 'admin', homeCode: DEMO_CODES.root, grantCode: DEMO_CODES.root },
  {
    username: 'tochuc',
    displayName: 'Chuyên viên Ban Tổ chức Tỉnh ủy',
    role: 'organizer',
    homeCode: DEMO_CODES.organizationBoard,
    grantCode: DEMO_CODES.root,
  },
  {
    username: 'thanhtra',
    displayName: 'Cán bộ kiểm tra, thanh tra',
    role: 'inspector',
    homeCode: DEMO_CODES.root,
    grantCode: DEMO_CODES.root,
  },
  {
    username: 'quyetdinh',
    displayName: 'Thường trực Tỉnh ủy',
    role: 'decider',
    homeCode: DEMO_CODES.organizationBoard,
    grantCode: DEMO_CODES.partyCommittee,
    bodyName: DEMO_CODES.standingCommittee,
  },
];

// No 0/O, 1/l/I: the password is read off a terminal and typed.
const LETTERS = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LETTERS + DIGITS;

/** Four groups of four (~90 bits), with a letter and a digit, as the password policy wants. */
export function generateDemoPassword(pick: (max: number) => number = randomInt): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[pick(ALPHABET.length)]).join(''));
    const password = groups.join('-');
    if (/[a-zA-Z]/.test(password) && /\d/.test(password)) return password;
  }
}

/**
 * What the password policy says of a chosen demo password (MERIT_DEMO_PASSWORD), for a warning: the
 * demo still loads, since its operator chose the password on purpose.
 */
export function demoPasswordIssues(password: string): string[] {
  const issues = DEMO_ACCOUNTS.flatMap((a) => checkPasswordPolicy(password, { username: a.username }));
  return [...new Set(issues.map((r) => `${r.vi} — ${r.en}`))];
}

export interface CreatedDemoAccount {
  readonly spec: DemoAccountSpec;
  readonly accountId: number;
  readonly grantUnitName: string;
}

/**
 * Inserts the accounts, ready to use (no forced password change; the administrator still enrols
 * two-factor at first sign-in when MERIT_REQUIRE_ADMIN_MFA is on), each with its grant, audited.
 */
export async function insertDemoAccounts(
  trx: Db,
  audit: AuditContext,
  units: ReadonlyMap<string, { readonly id: number; readonly name: string }>,
  bodies: ReadonlyMap<string, number>,
  passwordHashes: readonly string[],
): Promise<CreatedDemoAccount[]> {
  const created: CreatedDemoAccount[] = [];
  for (const [i, spec] of DEMO_ACCOUNTS.entries()) {
    const home = units.get(spec.homeCode);
    const grantUnit = units.get(spec.grantCode);
    const passwordHash = passwordHashes[i];
    const bodyId = spec.bodyName === undefined ? null : bodies.get(spec.bodyName);
    if (!home || !grantUnit || !passwordHash || bodyId === undefined)
      throw new Error(`Demo account ${spec.username}: missing unit or body`);
    const now = audit.now();
    const account = await trx
      .insertInto('accounts')
      .values({
        username: spec.username,
        display_name: spec.displayName,
        home_unit_id: home.id,
        password_hash: passwordHash,
        password_changed_at: now,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, audit, {
      action: 'auth.account.create',
      entityType: 'account',
      entityId: account.id,
      unitId: home.id,
      after: { username: spec.username, displayName: spec.displayName, homeUnitId: home.id, demo: true },
    });
    const grant = await trx
      .insertInto('grants')
      .values({ account_id: account.id, role: spec.role, unit_id: grantUnit.id, management_body_id: bodyId, granted_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, audit, {
      action: 'auth.grant.create',
      entityType: 'grant',
      entityId: grant.id,
      unitId: grantUnit.id,
      after: { accountId: account.id, role: spec.role, unitId: grantUnit.id, managementBodyId: bodyId },
    });
    created.push({ spec, accountId: account.id, grantUnitName: grantUnit.name });
  }
  return created;
}
