import { describe, expect, it } from 'vitest';
import type { AccountActor, Role } from '../../platform/server/auth/actor.js';
import { canManageRound, canReadRound, roundAccess, votesAuthority } from './votes.policy.js';

const actor = (role: Role | null): AccountActor => ({
  kind: 'account',
  accountId: 1,
  username: 'u',
  displayName: 'U',
  grants: role ? [{ grantId: 9, role, unitId: 5, unitPath: '/1/5/', managementBodyId: null }] : [],
  sessionId: 's',
  csrfToken: 'c',
  stage: 'ready',
  mfaEnabled: true,
  locale: 'vi',
});
const inside = { unitPath: '/1/5/23/' };
const outside = { unitPath: '/1/6/' };

describe('votes policy', () => {
  it('lets administrators and organizers run rounds in their subtree', () => {
    for (const role of ['admin', 'organizer'] as const) {
      expect(roundAccess(actor(role), inside)).toBe('manage');
      expect(votesAuthority(actor(role), inside.unitPath)).toBe(`${role}@/1/5/ (grant 9)`);
    }
  });

  it('lets inspectors and deciders read only', () => {
    for (const role of ['inspector', 'decider'] as const) {
      expect(canReadRound(actor(role), inside)).toBe(true);
      expect(canManageRound(actor(role), inside)).toBe(false);
      expect(votesAuthority(actor(role), inside.unitPath)).toBeNull();
    }
  });

  it('denies everything outside the subtree and to accounts without grants', () => {
    for (const role of ['admin', 'organizer', 'inspector', 'decider', null] as const) {
      expect(roundAccess(actor(role), outside)).toBe('none');
    }
    expect(roundAccess(actor(null), inside)).toBe('none');
  });
});
