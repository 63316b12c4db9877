import { describe, expect, it } from 'vitest';
import {
  checkCloseManagementBody,
  checkCreateManagementBody,
  checkCreateUnit,
  checkDissolveUnit,
  checkKindTrack,
  checkMergeUnit,
  checkMoveUnit,
  checkRenameUnit,
  type RuleUnit,
} from './org.rules.js';

const unit = (id: number, path: string, fields: Partial<RuleUnit> = {}): RuleUnit => ({
  id,
  name: `Đơn vị ${id}`,
  path,
  track: 'state',
  kind: 'department',
  status: 'active',
  validFrom: '2025-07-01',
  ...fields,
});

const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error?.code);

const province = unit(1, '/1/', { kind: 'province' });
const dept = unit(5, '/1/5/');
const division = unit(23, '/1/5/23/', { kind: 'division' });
const otherDept = unit(7, '/1/7/');
const merged = unit(9, '/1/9/', { status: 'merged' });
const partyCell = unit(30, '/1/30/', { track: 'party', kind: 'party_cell' });

describe('checkKindTrack', () => {
  it('accepts a kind of its own track and refuses another', () => {
    expect(codeOf(checkKindTrack('department', 'state'))).toBe('OK');
    expect(codeOf(checkKindTrack('party_cell', 'state'))).toBe('KIND_TRACK_MISMATCH');
  });
});

describe('checkCreateUnit', () => {
  it('accepts a unit under an active parent', () => {
    expect(codeOf(checkCreateUnit(dept, { track: 'state', kind: 'division', validFrom: '2025-08-01' }))).toBe('OK');
  });
  it('refuses a merged parent, a wrong track, a date before the parent', () => {
    expect(codeOf(checkCreateUnit(merged, { track: 'state', kind: 'division', validFrom: '2025-08-01' }))).toBe(
      'TARGET_INACTIVE',
    );
    expect(codeOf(checkCreateUnit(dept, { track: 'party', kind: 'division', validFrom: '2025-08-01' }))).toBe(
      'KIND_TRACK_MISMATCH',
    );
    expect(codeOf(checkCreateUnit(dept, { track: 'state', kind: 'division', validFrom: '2025-06-30' }))).toBe(
      'EFFECTIVE_DATE_TOO_EARLY',
    );
  });
  it('keeps district kinds for units that existed before the 2025 reorganization only', () => {
    const old = unit(2, '/2/', { kind: 'province', validFrom: '2000-01-01' });
    expect(codeOf(checkCreateUnit(old, { track: 'state', kind: 'district', validFrom: '2010-01-01' }))).toBe('OK');
    expect(codeOf(checkCreateUnit(old, { track: 'state', kind: 'district', validFrom: '2025-07-01' }))).toBe('KIND_NOT_CURRENT');
  });
  it('accepts a root (no parent)', () => {
    expect(codeOf(checkCreateUnit(null, { track: 'state', kind: 'province', validFrom: '2025-07-01' }))).toBe('OK');
  });
});

describe('checkMoveUnit', () => {
  it('accepts a move to another active parent', () => {
    expect(codeOf(checkMoveUnit(division, otherDept, 5, '2025-09-01'))).toBe('OK');
  });
  it('refuses a move under itself or a descendant (a cycle)', () => {
    expect(codeOf(checkMoveUnit(dept, dept, 1, '2025-09-01'))).toBe('UNIT_MOVE_CYCLE');
    expect(codeOf(checkMoveUnit(dept, division, 1, '2025-09-01'))).toBe('UNIT_MOVE_CYCLE');
    expect(codeOf(checkMoveUnit(province, division, null, '2025-09-01'))).toBe('UNIT_MOVE_CYCLE');
  });
  it('does not take /1/5/ for a descendant of /1/50/ (paths compare by whole ids)', () => {
    const fifty = unit(50, '/1/50/');
    expect(codeOf(checkMoveUnit(dept, fifty, 1, '2025-09-01'))).toBe('OK');
  });
  it('refuses a move under a merged unit, a move of an inactive unit, the same parent, an early date', () => {
    expect(codeOf(checkMoveUnit(division, merged, 5, '2025-09-01'))).toBe('TARGET_INACTIVE');
    expect(codeOf(checkMoveUnit(merged, dept, 1, '2025-09-01'))).toBe('UNIT_INACTIVE');
    expect(codeOf(checkMoveUnit(division, dept, 5, '2025-09-01'))).toBe('UNIT_MOVE_SAME_PARENT');
    expect(codeOf(checkMoveUnit(division, otherDept, 5, '2025-01-01'))).toBe('EFFECTIVE_DATE_TOO_EARLY');
  });
  it('explains a refusal in Vietnamese and English', () => {
    const r = checkMoveUnit(dept, division, 1, '2025-09-01');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.vi).toContain('Không thể chuyển');
      expect(r.error.en).toContain('Cannot move');
    }
  });
});

describe('checkMergeUnit', () => {
  it('accepts a merge into a sibling or into an ancestor', () => {
    expect(codeOf(checkMergeUnit(dept, otherDept, '2025-09-01'))).toBe('OK');
    expect(codeOf(checkMergeUnit(division, province, '2025-09-01'))).toBe('OK');
  });
  it('refuses a merge into itself, into its descendant, across tracks, into an inactive unit', () => {
    expect(codeOf(checkMergeUnit(dept, dept, '2025-09-01'))).toBe('UNIT_MERGE_INTO_SELF');
    expect(codeOf(checkMergeUnit(dept, division, '2025-09-01'))).toBe('UNIT_MERGE_INTO_DESCENDANT');
    expect(codeOf(checkMergeUnit(dept, partyCell, '2025-09-01'))).toBe('TRACK_MISMATCH');
    expect(codeOf(checkMergeUnit(dept, merged, '2025-09-01'))).toBe('TARGET_INACTIVE');
  });
  it('needs at least one valid day before the merge', () => {
    expect(codeOf(checkMergeUnit(dept, otherDept, '2025-07-01'))).toBe('EFFECTIVE_DATE_TOO_EARLY');
    expect(codeOf(checkMergeUnit(dept, otherDept, '2025-07-02'))).toBe('OK');
  });
});

describe('checkDissolveUnit', () => {
  it('refuses while active children remain, naming them', () => {
    const r = checkDissolveUnit(dept, ['Phòng Công chức', 'Phòng Tổ chức'], '2025-09-01');
    expect(codeOf(r)).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    if (!r.ok) expect(r.error.vi).toContain('Phòng Công chức, Phòng Tổ chức');
  });
  it('accepts a unit without active children; refuses an inactive one', () => {
    expect(codeOf(checkDissolveUnit(division, [], '2025-09-01'))).toBe('OK');
    expect(codeOf(checkDissolveUnit(merged, [], '2025-09-01'))).toBe('UNIT_INACTIVE');
  });
});

describe('rename and management bodies', () => {
  it('renames an active unit from its first day on', () => {
    expect(codeOf(checkRenameUnit(dept, '2025-07-01'))).toBe('OK');
    expect(codeOf(checkRenameUnit(dept, '2025-06-30'))).toBe('EFFECTIVE_DATE_TOO_EARLY');
    expect(codeOf(checkRenameUnit(merged, '2025-09-01'))).toBe('UNIT_INACTIVE');
  });
  it('creates bodies on active units, closes open bodies once, not before they began', () => {
    expect(codeOf(checkCreateManagementBody(dept, '2025-07-01'))).toBe('OK');
    expect(codeOf(checkCreateManagementBody(merged, '2025-09-01'))).toBe('UNIT_INACTIVE');
    const body = { name: 'Ban Thường vụ', validFrom: '2025-07-01', validTo: null };
    expect(codeOf(checkCloseManagementBody(body, '2025-07-01'))).toBe('OK');
    expect(codeOf(checkCloseManagementBody(body, '2025-06-30'))).toBe('EFFECTIVE_DATE_TOO_EARLY');
    expect(codeOf(checkCloseManagementBody({ ...body, validTo: '2025-12-31' }, '2026-01-01'))).toBe('BODY_ALREADY_CLOSED');
  });
});
