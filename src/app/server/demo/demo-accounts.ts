import { randomInt } from 'node:crypto';
import { checkPasswordPolicy, createSystemAccount, generatePassword } from '../../../modules/auth/index.js';
import type { Role } from '../../../platform/server/auth/actor.js';
import type { AuditContext } from '../../../platform/server/audit/audit-log.js';
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

/** Four groups of four (~93 bits) that pass the password policy: the auth module's generator. */
export function generateDemoPassword(pick: (max: number) => number = randomInt): string {
  return generatePassword({ pick });
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
    const account = await createSystemAccount(trx, audit, {
      username: spec.username,
      displayName: spec.displayName,
      homeUnitId: home.id,
      passwordHash,
      // The demo password is printed for everyone to use: no forced change.
      mustChangePassword: false,
      grant: { role: spec.role, unitId: grantUnit.id, managementBodyId: bodyId },
      auditNote: { demo: true },
    });
    created.push({ spec, accountId: account.accountId, grantUnitName: grantUnit.name });
  }
  return created;
}
