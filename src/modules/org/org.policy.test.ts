import { describe, expect, it } from 'vitest';
import type { AccountActor, ActorGrant, Role } from '../../platform/server/auth/actor.js';
import {
  authorityLabel,
  canCreateChildUnit,
  canEditUnit,
  canMergeUnit,
  canMoveUnit,
  canReadUnit,
  ORG_WRITE_ROLES,
  unitAccess,
  unitActions,
} from './org.policy.js';

let nextGrant = 1;
const grant = (role: Role, unitPath: string): ActorGrant => ({
  grantId: nextGrant++,
  role,
  unitId: Number(unitPath.split('/').at(-2)),
  unitPath,
  managementBodyId: role === 'decider' ? 99 : null,
});

const actor = (...grants: ActorGrant[]): AccountActor => ({
  kind: 'account',
  accountId: 1,
  username: 'u',
  displayName: 'U',
  grants,
  sessionId: 's',
  csrfToken: 'c',
  stage: 'ready',
  mfaEnabled: true,
  locale: 'vi',
});

const inside = { path: '/1/5/23/' };
const outside = { path: '/1/7/' };

describe('reading units', () => {
  it.each<Role>(['admin', 'organizer', 'inspector', 'decider'])('%s reads units in its subtree only', (role) => {
    const a = actor(grant(role, '/1/5/'));
    expect(canReadUnit(a, inside)).toBe(true);
    expect(canReadUnit(a, { path: '/1/5/' })).toBe(true);
    expect(canReadUnit(a, outside)).toBe(false);
    expect(canReadUnit(a, { path: '/1/' })).toBe(false);
  });
  it('an account without grants reads nothing', () => {
    expect(canReadUnit(actor(), inside)).toBe(false);
  });
  it('a merged unit is readable through the unit it was merged into', () => {
    const a = actor(grant('inspector', '/1/7/'));
    expect(canReadUnit(a, { path: '/1/5/', successorPaths: ['/1/7/'] })).toBe(true);
    expect(canEditUnit(a, { path: '/1/5/', successorPaths: ['/1/7/'] })).toBe(false);
  });
  it('does not take /1/50/ for part of /1/5/', () => {
    expect(canReadUnit(actor(grant('admin', '/1/5/')), { path: '/1/50/' })).toBe(false);
  });
});

describe('writing units', () => {
  it('admins and organizers write in their subtree; inspectors and deciders do not', () => {
    for (const role of ['admin', 'organizer'] as const) {
      expect(canEditUnit(actor(grant(role, '/1/5/')), inside)).toBe(true);
      expect(canCreateChildUnit(actor(grant(role, '/1/5/')), inside)).toBe(true);
    }
    for (const role of ['inspector', 'decider'] as const) expect(canEditUnit(actor(grant(role, '/1/5/')), inside)).toBe(false);
  });
  it('a move needs authority over the unit and the new parent; a merge over both units', () => {
    const a = actor(grant('organizer', '/1/5/'));
    expect(canMoveUnit(a, inside, { path: '/1/5/24/' })).toBe(true);
    expect(canMoveUnit(a, inside, outside)).toBe(false);
    expect(canMergeUnit(a, inside, outside)).toBe(false);
    const both = actor(grant('organizer', '/1/5/'), grant('admin', '/1/7/'));
    expect(canMoveUnit(both, inside, outside)).toBe(true);
    expect(canMergeUnit(both, inside, outside)).toBe(true);
  });
  it('decides 404 (none), 403 (read) or write', () => {
    expect(unitAccess(actor(grant('organizer', '/1/5/')), inside)).toBe('write');
    expect(unitAccess(actor(grant('inspector', '/1/5/')), inside)).toBe('read');
    expect(unitAccess(actor(grant('inspector', '/1/5/')), outside)).toBe('none');
  });
  it('offers no actions on merged or dissolved units', () => {
    const a = actor(grant('admin', '/1/'));
    expect(unitActions(a, { path: '/1/5/', status: 'active' })).toEqual({ edit: true, createChild: true });
    expect(unitActions(a, { path: '/1/5/', status: 'merged' })).toEqual({ edit: false, createChild: false });
  });
});

describe('authorityLabel', () => {
  it('names the nearest covering grant for each unit', () => {
    const broad = grant('admin', '/1/');
    const near = grant('organizer', '/1/5/');
    const a = actor(broad, near);
    expect(authorityLabel(a, ORG_WRITE_ROLES, ['/1/5/23/'])).toBe(`organizer@/1/5/ (grant ${near.grantId})`);
    expect(authorityLabel(a, ORG_WRITE_ROLES, ['/1/5/23/', '/1/7/'])).toBe(
      `organizer@/1/5/ (grant ${near.grantId}) + admin@/1/ (grant ${broad.grantId})`,
    );
    expect(authorityLabel(actor(grant('inspector', '/1/')), ORG_WRITE_ROLES, ['/1/5/'])).toBeNull();
  });
});
