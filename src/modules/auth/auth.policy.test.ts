import { describe, expect, it } from 'vitest';
import type { AccountActor, ActorGrant, Role } from '../../platform/server/auth/actor.js';
import {
  adminGrantOver,
  authorityLabel,
  canCreateAccountIn,
  canGrantOn,
  canListAccounts,
  canManageAccount,
  canRevokeGrant,
  canSeeAccount,
  canSeeGrant,
  isOwnLastAdminGrant,
} from './auth.policy.js';

let nextGrant = 1;
const grant = (role: Role, unitPath: string): ActorGrant => ({
  grantId: nextGrant++,
  role,
  unitId: Number(unitPath.split('/').at(-2)),
  unitPath,
  managementBodyId: role === 'decider' ? 9 : null,
});

const actor = (grants: ActorGrant[], accountId = 100): AccountActor => ({
  kind: 'account',
  accountId,
  username: 'tester',
  displayName: 'Tester',
  grants,
  sessionId: 'x',
  csrfToken: 'y',
  stage: 'ready',
  mfaEnabled: true,
  locale: 'vi',
});

const inside = { id: 1, homeUnitPath: '/1/5/23/' };
const outside = { id: 2, homeUnitPath: '/1/6/' };

describe('account policy', () => {
  const admin = actor([grant('admin', '/1/5/')]);
  const organizer = actor([grant('organizer', '/1/5/')]);
  const nobody = actor([]);

  it('lets an admin manage accounts homed in their subtree only', () => {
    expect(canManageAccount(admin, inside)).toBe(true);
    expect(canManageAccount(admin, outside)).toBe(false);
    expect(canCreateAccountIn(admin, '/1/5/')).toBe(true);
    expect(canCreateAccountIn(admin, '/1/')).toBe(false);
    expect(canListAccounts(admin)).toBe(true);
  });

  it('does not treat a path prefix that is not a subtree as covered', () => {
    expect(canManageAccount(admin, { id: 3, homeUnitPath: '/1/55/' })).toBe(false);
  });

  it('lets other roles see accounts in their units (so they get 403, not 404) but not manage them', () => {
    expect(canSeeAccount(organizer, inside)).toBe(true);
    expect(canManageAccount(organizer, inside)).toBe(false);
    expect(canSeeAccount(organizer, outside)).toBe(false);
    expect(canListAccounts(organizer)).toBe(false);
  });

  it('lets an account without grants see only itself', () => {
    expect(canSeeAccount(nobody, inside)).toBe(false);
    expect(canSeeAccount(nobody, { id: 100, homeUnitPath: '/1/6/' })).toBe(true);
    expect(canManageAccount(nobody, { id: 100, homeUnitPath: '/1/6/' })).toBe(false);
  });

  it('names the closest admin grant as the authority used', () => {
    const wide = grant('admin', '/1/');
    const narrow = grant('admin', '/1/5/');
    const a = actor([wide, narrow, grant('organizer', '/1/5/23/')]);
    expect(adminGrantOver(a, '/1/5/23/')).toBe(narrow);
    expect(adminGrantOver(a, '/1/6/')).toBe(wide);
    expect(adminGrantOver(a, '/2/')).toBeUndefined();
    expect(authorityLabel(narrow)).toBe(`admin@/1/5/ (grant ${narrow.grantId})`);
  });
});

describe('grant policy', () => {
  const own = grant('admin', '/1/5/');
  const admin = actor([own]);

  it('allows granting only inside the granter’s own admin authority', () => {
    expect(canGrantOn(admin, '/1/5/23/')).toBe(true);
    expect(canGrantOn(admin, '/1/')).toBe(false);
    expect(canGrantOn(actor([grant('organizer', '/1/')]), '/1/5/')).toBe(false);
  });

  it('lets admins revoke grants on their units, and others only see them', () => {
    const g = { id: 50, accountId: 7, role: 'organizer' as const, unitPath: '/1/5/9/' };
    expect(canRevokeGrant(admin, g)).toBe(true);
    expect(canSeeGrant(actor([grant('inspector', '/1/5/')]), g)).toBe(true);
    expect(canRevokeGrant(actor([grant('inspector', '/1/5/')]), g)).toBe(false);
    expect(canSeeGrant(actor([]), g)).toBe(false);
    expect(canSeeGrant(actor([], 7), g)).toBe(true);
  });

  it('refuses revoking one’s own last admin grant, but not one of two', () => {
    const mine = { id: own.grantId, accountId: 100, role: 'admin' as const, unitPath: own.unitPath };
    expect(isOwnLastAdminGrant(admin, mine)).toBe(true);
    expect(isOwnLastAdminGrant(actor([own, grant('admin', '/1/7/')]), mine)).toBe(false);
    expect(isOwnLastAdminGrant(admin, { ...mine, accountId: 5 })).toBe(false);
    expect(isOwnLastAdminGrant(admin, { ...mine, role: 'organizer' })).toBe(false);
  });
});
