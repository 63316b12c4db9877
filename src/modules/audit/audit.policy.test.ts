import { describe, expect, it } from 'vitest';
import {
  canListAuditEvents,
  canReadUnitAudit,
  canSeeSystemEvents,
  canVerifyAudit,
  isRootPath,
  type AuditReader,
} from './audit.policy.js';

const reader = (...grants: [string, string][]): AuditReader => ({
  grants: grants.map(([role, unitPath]) => ({ role, unitPath })),
});

describe('audit policy', () => {
  it('lets administrators and inspectors read and verify the log, and no other role', () => {
    for (const role of ['admin', 'inspector']) {
      expect(canListAuditEvents(reader([role, '/1/5/']))).toBe(true);
      expect(canVerifyAudit(reader([role, '/1/5/']))).toBe(true);
    }
    for (const role of ['organizer', 'decider']) {
      expect(canListAuditEvents(reader([role, '/1/']))).toBe(false);
      expect(canVerifyAudit(reader([role, '/1/']))).toBe(false);
    }
    expect(canListAuditEvents(reader())).toBe(false);
  });

  it('scopes a unit to the reader subtrees, by path and not by prefix of the id', () => {
    const r = reader(['inspector', '/1/5/'], ['organizer', '/1/7/']);
    expect(canReadUnitAudit(r, '/1/5/')).toBe(true);
    expect(canReadUnitAudit(r, '/1/5/23/')).toBe(true);
    expect(canReadUnitAudit(r, '/1/55/')).toBe(false);
    expect(canReadUnitAudit(r, '/1/')).toBe(false);
    // An organizer grant does not open the audit log of its subtree.
    expect(canReadUnitAudit(r, '/1/7/')).toBe(false);
  });

  it('shows system events only to an administrator of a root unit', () => {
    expect(canSeeSystemEvents(reader(['admin', '/1/']))).toBe(true);
    expect(canSeeSystemEvents(reader(['admin', '/1/5/']))).toBe(false);
    expect(canSeeSystemEvents(reader(['inspector', '/1/']))).toBe(false);
    expect(canSeeSystemEvents(reader(['organizer', '/1/'], ['admin', '/1/5/']))).toBe(false);
  });

  it('recognises root paths', () => {
    expect(isRootPath('/1/')).toBe(true);
    expect(isRootPath('/123/')).toBe(true);
    expect(isRootPath('/1/2/')).toBe(false);
    expect(isRootPath('/')).toBe(false);
    expect(isRootPath('')).toBe(false);
  });
});
