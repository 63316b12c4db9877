import { describe, expect, it } from 'vitest';
import {
  checkCloseManagementBody,
  checkCreateManagementBody,
  checkCreateUnit,
  checkDissolveUnit,
  checkKindParent,
  checkKindTrack,
  checkMergeUnit,
  checkMoveUnit,
  checkRenameUnit,
  type RuleResult,
  type RuleUnit,
} from './org.rules.js';
import type { UnitKindCode } from './unit-kinds.js';

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
/** `CODE@field` of a refusal (`@-` when it is about the request's subject), for the field tables. */
const refusalOf = (r: RuleResult) => (r.ok ? 'OK' : `${r.error.code}@${r.error.field ?? '-'}`);

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

describe('checkKindParent: which kinds may sit under which', () => {
  const allowed: [UnitKindCode, UnitKindCode | null][] = [
    ['province', null],
    ['provincial_party_committee', 'province'],
    ['province_people_council', 'province'],
    ['province_people_committee', 'province'],
    ['fatherland_front', 'province'],
    ['commune', 'province'],
    ['department', 'province_people_committee'],
    ['division', 'department'],
    ['division', 'division'],
    ['division', 'commune_people_committee'],
    ['division', 'public_service_unit'],
    ['public_service_unit', 'department'],
    ['public_service_unit', 'commune_people_committee'],
    ['commune_people_committee', 'commune'],
    ['commune_people_committee', 'province_people_committee'],
    ['commune_people_council', 'commune'],
    ['party_advisory_board', 'provincial_party_committee'],
    ['party_committee', 'provincial_party_committee'],
    ['party_committee', 'party_committee'],
    ['grassroots_party_committee', 'provincial_party_committee'],
    ['grassroots_party_committee', 'party_committee'],
    ['party_cell', 'grassroots_party_committee'],
    ['party_cell', 'party_committee'],
    ['party_cell', 'provincial_party_committee'],
    ['fatherland_front', 'commune'],
    ['fatherland_front', 'fatherland_front'],
    ['mass_organization', 'fatherland_front'],
    ['mass_organization', 'mass_organization'],
    // Before 1/7/2025.
    ['district', 'province'],
    ['district_people_committee', 'district'],
    ['district_party_committee', 'provincial_party_committee'],
    ['party_cell', 'district_party_committee'],
    ['commune', 'district'],
  ];
  const refused: [UnitKindCode, UnitKindCode | null][] = [
    ['provincial_party_committee', 'party_cell'],
    ['party_cell', 'party_cell'],
    ['grassroots_party_committee', 'party_cell'],
    ['party_cell', 'party_advisory_board'],
    ['party_cell', 'province'],
    ['party_cell', 'department'],
    ['grassroots_party_committee', 'grassroots_party_committee'],
    ['provincial_party_committee', 'provincial_party_committee'],
    ['province', 'province'],
    ['province', 'provincial_party_committee'],
    ['department', 'province'],
    ['department', 'department'],
    ['department', 'commune_people_committee'],
    ['division', 'party_committee'],
    ['commune', 'commune'],
    ['mass_organization', 'province'],
    ['district_party_committee', 'party_committee'],
    ['party_cell', null],
    ['department', null],
  ];
  it.each(allowed)('lets a %s sit under a %s', (kind, parent) => {
    expect(codeOf(checkKindParent(kind, parent, 'body.kind'))).toBe('OK');
  });
  it.each(refused)('refuses a %s under a %s', (kind, parent) => {
    expect(refusalOf(checkKindParent(kind, parent, 'body.kind'))).toBe('KIND_PARENT_MISMATCH@body.kind');
  });
  it('names both kinds, in Vietnamese and English, and where the unit may go', () => {
    const r = checkKindParent('provincial_party_committee', 'party_cell', 'body.kind');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.vi).toBe(
      'Đơn vị loại "Tỉnh ủy, Thành ủy" không thể trực thuộc đơn vị loại "Chi bộ"; loại này chỉ trực thuộc: "Tỉnh, thành phố"',
    );
    expect(r.error.en).toBe(
      'A unit of kind "Provincial Party Committee" cannot sit under a unit of kind "Party cell"; ' +
        'this kind may only sit under: "Province or city"',
    );
    const root = checkKindParent('province', 'province', 'body.kind');
    if (!root.ok) expect(root.error.vi).toContain('chỉ là đơn vị gốc');
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
  it('accepts a province as a root, nothing else', () => {
    expect(codeOf(checkCreateUnit(null, { track: 'state', kind: 'province', validFrom: '2025-07-01' }))).toBe('OK');
    expect(refusalOf(checkCreateUnit(null, { track: 'party', kind: 'party_cell', validFrom: '2025-07-01' }))).toBe(
      'KIND_PARENT_MISMATCH@body.kind',
    );
  });
  it('refuses a Tỉnh ủy under a chi bộ (the kind, not the track, is wrong)', () => {
    const cell = unit(31, '/1/30/31/', { track: 'party', kind: 'party_cell' });
    expect(
      refusalOf(checkCreateUnit(cell, { track: 'party', kind: 'provincial_party_committee', validFrom: '2025-08-01' })),
    ).toBe('KIND_PARENT_MISMATCH@body.kind');
  });
  it('names the field each refusal is about', () => {
    const newDivision = { track: 'state', kind: 'division', validFrom: '2025-08-01' } as const;
    expect(refusalOf(checkCreateUnit(dept, { ...newDivision, track: 'party' }))).toBe('KIND_TRACK_MISMATCH@body.kind');
    expect(refusalOf(checkCreateUnit(province, { track: 'state', kind: 'district', validFrom: '2025-08-01' }))).toBe(
      'KIND_NOT_CURRENT@body.kind',
    );
    expect(refusalOf(checkCreateUnit(merged, newDivision))).toBe('TARGET_INACTIVE@body.parentId');
    expect(refusalOf(checkCreateUnit(dept, { ...newDivision, validFrom: '2025-06-30' }))).toBe(
      'EFFECTIVE_DATE_TOO_EARLY@body.validFrom',
    );
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
    const fifty = unit(50, '/1/50/', { kind: 'province_people_committee' });
    expect(codeOf(checkMoveUnit(dept, fifty, 1, '2025-09-01'))).toBe('OK');
  });
  it('refuses a move under a merged unit, a move of an inactive unit, the same parent, an early date', () => {
    expect(codeOf(checkMoveUnit(division, merged, 5, '2025-09-01'))).toBe('TARGET_INACTIVE');
    expect(codeOf(checkMoveUnit(merged, dept, 1, '2025-09-01'))).toBe('UNIT_INACTIVE');
    expect(codeOf(checkMoveUnit(division, dept, 5, '2025-09-01'))).toBe('UNIT_MOVE_SAME_PARENT');
    expect(codeOf(checkMoveUnit(division, otherDept, 5, '2025-01-01'))).toBe('EFFECTIVE_DATE_TOO_EARLY');
  });
  it('refuses a parent whose kind may not take the unit', () => {
    const cell = unit(40, '/1/30/40/', { track: 'party', kind: 'party_cell' });
    const committee = unit(41, '/1/41/', { track: 'party', kind: 'grassroots_party_committee' });
    expect(refusalOf(checkMoveUnit(cell, committee, 30, '2025-09-01'))).toBe('OK');
    expect(refusalOf(checkMoveUnit(committee, cell, 1, '2025-09-01'))).toBe('KIND_PARENT_MISMATCH@body.newParentId');
    expect(refusalOf(checkMoveUnit(dept, division, 1, '2025-09-01'))).toBe('UNIT_MOVE_CYCLE@body.newParentId');
  });
  it('names the field each refusal is about', () => {
    expect(refusalOf(checkMoveUnit(division, merged, 5, '2025-09-01'))).toBe('TARGET_INACTIVE@body.newParentId');
    expect(refusalOf(checkMoveUnit(merged, dept, 1, '2025-09-01'))).toBe('UNIT_INACTIVE@-');
    expect(refusalOf(checkMoveUnit(division, dept, 5, '2025-09-01'))).toBe('UNIT_MOVE_SAME_PARENT@body.newParentId');
    expect(refusalOf(checkMoveUnit(division, otherDept, 5, '2025-01-01'))).toBe('EFFECTIVE_DATE_TOO_EARLY@body.effectiveDate');
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
    expect(codeOf(checkMergeUnit(dept, otherDept, '2025-09-01', []))).toBe('OK');
    expect(codeOf(checkMergeUnit(division, province, '2025-09-01', []))).toBe('OK');
  });
  it('refuses a merge into itself, into its descendant, across tracks, into an inactive unit', () => {
    expect(codeOf(checkMergeUnit(dept, dept, '2025-09-01', []))).toBe('UNIT_MERGE_INTO_SELF');
    expect(codeOf(checkMergeUnit(dept, division, '2025-09-01', []))).toBe('UNIT_MERGE_INTO_DESCENDANT');
    expect(codeOf(checkMergeUnit(dept, partyCell, '2025-09-01', []))).toBe('TRACK_MISMATCH');
    expect(codeOf(checkMergeUnit(dept, merged, '2025-09-01', []))).toBe('TARGET_INACTIVE');
  });
  it('needs at least one valid day before the merge, and says so on the effective date', () => {
    expect(refusalOf(checkMergeUnit(dept, otherDept, '2025-07-01', []))).toBe('EFFECTIVE_DATE_TOO_EARLY@body.effectiveDate');
    expect(codeOf(checkMergeUnit(dept, otherDept, '2025-07-02', []))).toBe('OK');
  });
  it('needs a target whose kind may take every active child', () => {
    const children = [
      { name: 'Phòng Công chức', kind: 'division' },
      { name: 'Trung tâm Tin học', kind: 'public_service_unit' },
    ] as const;
    expect(codeOf(checkMergeUnit(dept, otherDept, '2025-09-01', children))).toBe('OK');
    // A division takes divisions (a chi cục has phòng) but not public service units.
    const r = checkMergeUnit(dept, unit(24, '/1/7/24/', { kind: 'division' }), '2025-09-01', children);
    expect(refusalOf(r)).toBe('KIND_PARENT_MISMATCH@body.targetId');
    if (!r.ok) {
      expect(r.error.vi).toContain('"Trung tâm Tin học"');
      expect(r.error.vi).toContain('"Đơn vị sự nghiệp công lập" không thể trực thuộc đơn vị loại "Phòng, chi cục"');
    }
    const three = [1, 2, 3].map((i) => ({ name: `Chi bộ ${i}`, kind: 'party_cell' as const }));
    const party = unit(60, '/1/60/', { track: 'party', kind: 'party_committee' });
    const board = unit(61, '/1/61/', { track: 'party', kind: 'party_advisory_board' });
    const many = checkMergeUnit(party, board, '2025-09-01', three);
    if (!many.ok) expect(many.error.en).toContain('"Chi bộ 1" (and 2 more)');
    expect(codeOf(many)).toBe('KIND_PARENT_MISMATCH');
  });
  it('names the field each refusal is about', () => {
    expect(refusalOf(checkMergeUnit(dept, dept, '2025-09-01', []))).toBe('UNIT_MERGE_INTO_SELF@body.targetId');
    expect(refusalOf(checkMergeUnit(dept, division, '2025-09-01', []))).toBe('UNIT_MERGE_INTO_DESCENDANT@body.targetId');
    expect(refusalOf(checkMergeUnit(dept, partyCell, '2025-09-01', []))).toBe('TRACK_MISMATCH@body.targetId');
    expect(refusalOf(checkMergeUnit(dept, merged, '2025-09-01', []))).toBe('TARGET_INACTIVE@body.targetId');
    expect(refusalOf(checkMergeUnit(merged, dept, '2025-09-01', []))).toBe('UNIT_INACTIVE@-');
    // The target began after the effective date.
    const late = unit(8, '/1/8/', { validFrom: '2025-10-01' });
    expect(refusalOf(checkMergeUnit(dept, late, '2025-09-01', []))).toBe('EFFECTIVE_DATE_TOO_EARLY@body.effectiveDate');
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
  it('names the field each refusal is about (the unit itself: none)', () => {
    expect(refusalOf(checkDissolveUnit(dept, ['Phòng Công chức'], '2025-09-01'))).toBe('UNIT_HAS_ACTIVE_CHILDREN@-');
    expect(refusalOf(checkDissolveUnit(merged, [], '2025-09-01'))).toBe('UNIT_INACTIVE@-');
    expect(refusalOf(checkDissolveUnit(division, [], '2025-07-01'))).toBe('EFFECTIVE_DATE_TOO_EARLY@body.effectiveDate');
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
  it('names the field each refusal is about', () => {
    expect(refusalOf(checkRenameUnit(dept, '2025-06-30'))).toBe('EFFECTIVE_DATE_TOO_EARLY@body.effectiveDate');
    expect(refusalOf(checkRenameUnit(merged, '2025-09-01'))).toBe('UNIT_INACTIVE@-');
    expect(refusalOf(checkCreateManagementBody(merged, '2025-09-01'))).toBe('UNIT_INACTIVE@body.unitId');
    expect(refusalOf(checkCreateManagementBody(dept, '2025-06-30'))).toBe('EFFECTIVE_DATE_TOO_EARLY@body.validFrom');
    const body = { name: 'Ban Thường vụ', validFrom: '2025-07-01', validTo: null };
    expect(refusalOf(checkCloseManagementBody(body, '2025-06-30'))).toBe('EFFECTIVE_DATE_TOO_EARLY@body.validTo');
    expect(refusalOf(checkCloseManagementBody({ ...body, validTo: '2025-12-31' }, '2026-01-01'))).toBe('BODY_ALREADY_CLOSED@-');
  });
});
