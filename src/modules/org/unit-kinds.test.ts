import { describe, expect, it } from 'vitest';
import {
  ALLOWED_PARENT_KINDS,
  currentKindsAllowedUnder,
  isKindAllowedUnder,
  kindsAllowedUnder,
  UNIT_KIND_CODES,
  UNIT_KINDS,
  type UnitKindCode,
} from './unit-kinds.js';

/** Territorial units: the only places where the party, state and front tracks meet. */
const TERRITORIAL: readonly UnitKindCode[] = ['province', 'commune', 'district'];

describe('which kinds may sit under which', () => {
  it('has one root kind, the province', () => {
    expect(kindsAllowedUnder(null)).toEqual(['province']);
    expect(isKindAllowedUnder('province', null)).toBe(true);
    expect(isKindAllowedUnder('province', 'province')).toBe(false);
  });

  it('places every kind somewhere below a province', () => {
    const placed = new Set<UnitKindCode>(['province']);
    for (let grew = true; grew;) {
      grew = false;
      for (const kind of UNIT_KIND_CODES) {
        if (!placed.has(kind) && (ALLOWED_PARENT_KINDS[kind] ?? []).some((p) => placed.has(p))) {
          placed.add(kind);
          grew = true;
        }
      }
    }
    expect([...placed].sort()).toEqual([...UNIT_KIND_CODES].sort());
  });

  it('gives a chi bộ and a party board no children', () => {
    expect(kindsAllowedUnder('party_cell')).toEqual([]);
    expect(kindsAllowedUnder('party_advisory_board')).toEqual([]);
  });

  it('crosses tracks only under a territorial unit (no chi bộ under a Sở, no Sở under a Đảng ủy)', () => {
    for (const kind of UNIT_KIND_CODES) {
      for (const parent of ALLOWED_PARENT_KINDS[kind] ?? []) {
        if (UNIT_KINDS[parent].track !== UNIT_KINDS[kind].track) expect(TERRITORIAL, `${kind} under ${parent}`).toContain(parent);
      }
    }
  });

  it('offers only kinds still in use for new units', () => {
    expect(kindsAllowedUnder('province')).toContain('district');
    expect(currentKindsAllowedUnder('province')).toEqual([
      'province_people_council',
      'province_people_committee',
      'commune',
      'provincial_party_committee',
      'fatherland_front',
    ]);
    expect(currentKindsAllowedUnder('provincial_party_committee')).toEqual([
      'party_advisory_board',
      'party_committee',
      'grassroots_party_committee',
      'party_cell',
    ]);
    expect(currentKindsAllowedUnder('department')).toEqual(['division', 'public_service_unit']);
  });
});
