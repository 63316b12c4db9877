import type { ManagementBodyKind, Track, UnitKindCode } from '../../../modules/org/unit-kinds.js';
import { foldDiacritics } from '../../../shared/vi-text.js';
import { COMMUNES, DEPARTMENTS, FORMER_COMMUNES, MASS_ORGANIZATIONS, PARTY_BOARDS, VILLAGES } from './province-names.js';

/** Dates of the demo data: units kept from before, the early-2025 restructuring, two-level government. */
export const PROVINCE_SINCE = '1997-01-01';
export const RESTRUCTURED_ON = '2025-03-01';
export const TWO_LEVEL_FROM = '2025-07-01';

export interface DemoBody {
  readonly kind: ManagementBodyKind;
  readonly name: string;
}

/** One unit of the demo tree; codes are unique and name the units that accounts and merges refer to. */
export interface DemoUnit {
  readonly code: string;
  readonly name: string;
  readonly track: Track;
  readonly kind: UnitKindCode;
  readonly validFrom: string;
  readonly bodies?: readonly DemoBody[];
  readonly children?: readonly DemoUnit[];
}

export interface DemoMerge {
  readonly unitCode: string;
  readonly targetCode: string;
  readonly effectiveDate: string;
  readonly documentRef: string;
}

export const DEMO_CODES = {
  root: 'HY',
  partyCommittee: 'HY-TU',
  organizationBoard: 'HY-TU-BTC',
  standingCommittee: 'Ban Thường vụ Tỉnh ủy',
} as const;

const PROVINCE = 'Hưng Yên';

/** "Trần Hưng Đạo" → "TRAN-HUNG-DAO", for unit codes. */
export function codeOf(name: string): string {
  return foldDiacritics(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

function unit(
  code: string,
  name: string,
  track: Track,
  kind: UnitKindCode,
  validFrom: string,
  extra: { bodies?: DemoBody[]; children?: DemoUnit[] } = {},
): DemoUnit {
  return { code, name, track, kind, validFrom, ...extra };
}

/** Between 15 and 50 cells per commune, varying from one to the next, the same on every run. */
export function cellCount(index: number): number {
  return 15 + ((index * 23 + 11) % 36);
}

function formerCommunes(index: number): string[] {
  // Three or four each, handed out in order: 0 → [0..3], 1 → [4..6], 2 → [7..10] …
  const start = Math.floor(index / 2) * 7 + (index % 2) * 4;
  return FORMER_COMMUNES.slice(start, start + (index % 2 === 0 ? 4 : 3));
}

function villages(index: number, count: number): string[] {
  return Array.from({ length: count }, (_, k) => VILLAGES[(index * 7 + k) % VILLAGES.length] ?? `Số ${k + 1}`);
}

function communeParty(c: (typeof COMMUNES)[number], index: number): DemoUnit {
  const level = c.ward ? 'phường' : 'xã';
  const place = `${level} ${c.name}`;
  const code = `HY-DU-${codeOf(c.name)}`;
  const fixed = [
    `Chi bộ Cơ quan Đảng - Mặt trận - Đoàn thể ${place}`,
    `Chi bộ Cơ quan Ủy ban nhân dân ${place}`,
    `Chi bộ Công an ${place}`,
    `Chi bộ Quân sự ${place}`,
    `Chi bộ Trạm Y tế ${place}`,
    ...formerCommunes(index).flatMap((f) => [
      `Chi bộ Trường Mầm non ${f}`,
      `Chi bộ Trường Tiểu học ${f}`,
      `Chi bộ Trường THCS ${f}`,
    ]),
  ];
  const total = Math.max(cellCount(index), fixed.length + 3);
  const local = villages(index, total - fixed.length).map((v) => (c.ward ? `Chi bộ khu phố ${v}` : `Chi bộ thôn ${v}`));
  const cells = [...fixed, ...local].map((name, k) =>
    unit(`${code}-CB${pad(k + 1)}`, name, 'party', 'party_cell', TWO_LEVEL_FROM),
  );
  return unit(code, `Đảng bộ ${place}`, 'party', 'grassroots_party_committee', TWO_LEVEL_FROM, {
    bodies: [{ kind: 'standing_committee', name: `Ban Thường vụ Đảng ủy ${place}` }],
    children: cells,
  });
}

function communeCommittee(c: (typeof COMMUNES)[number], index: number): DemoUnit {
  const place = `${c.ward ? 'phường' : 'xã'} ${c.name}`;
  const code = `HY-UBX-${codeOf(c.name)}`;
  const offices: [string, UnitKindCode][] = [
    ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'division'],
    [c.ward ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế', 'division'],
    ['Phòng Văn hóa - Xã hội', 'division'],
    [`Trung tâm Phục vụ hành chính công ${place}`, 'public_service_unit'],
    [`Trạm Y tế ${place}`, 'public_service_unit'],
    ...formerCommunes(index).flatMap((f): [string, UnitKindCode][] => [
      [`Trường Mầm non ${f}`, 'public_service_unit'],
      [`Trường Tiểu học ${f}`, 'public_service_unit'],
      [`Trường THCS ${f}`, 'public_service_unit'],
    ]),
  ];
  return unit(code, `Ủy ban nhân dân ${place}`, 'state', 'commune_people_committee', TWO_LEVEL_FROM, {
    children: offices.map(([name, kind], k) => unit(`${code}-${pad(k + 1)}`, name, 'state', kind, TWO_LEVEL_FROM)),
  });
}

function partyCommittee(): DemoUnit {
  const boards = PARTY_BOARDS.map((b) =>
    unit(`HY-TU-${b.code}`, b.name, 'party', 'party_advisory_board', b.code === 'BTGDV' ? RESTRUCTURED_ON : PROVINCE_SINCE),
  );
  const partyAgencies = unit('HY-DBCQD', 'Đảng bộ các cơ quan Đảng tỉnh', 'party', 'party_committee', RESTRUCTURED_ON, {
    children: [...PARTY_BOARDS.map((b) => `Chi bộ ${b.name}`), 'Chi bộ Báo và Phát thanh, Truyền hình Hưng Yên'].map((name, k) =>
      unit(`HY-DBCQD-CB${pad(k + 1)}`, name, 'party', 'party_cell', RESTRUCTURED_ON),
    ),
  });
  const committeeParty = unit('HY-DBUBND', 'Đảng bộ Ủy ban nhân dân tỉnh', 'party', 'party_committee', RESTRUCTURED_ON, {
    children: DEPARTMENTS.map((d) => unit(`HY-DBUBND-${d.code}`, `Chi bộ ${d.name}`, 'party', 'party_cell', RESTRUCTURED_ON)),
  });
  const formerDistrict = unit(
    'HY-HU-TIEN-LU',
    'Huyện ủy Tiên Lữ (trước 1/7/2025)',
    'party',
    'district_party_committee',
    PROVINCE_SINCE,
  );
  return unit(DEMO_CODES.partyCommittee, `Tỉnh ủy ${PROVINCE}`, 'party', 'provincial_party_committee', PROVINCE_SINCE, {
    bodies: [{ kind: 'standing_committee', name: DEMO_CODES.standingCommittee }],
    children: [...boards, partyAgencies, committeeParty, formerDistrict, ...COMMUNES.map(communeParty)],
  });
}

function peopleCommittee(): DemoUnit {
  const departments = DEPARTMENTS.map((d) =>
    unit(`HY-${d.code}`, d.name, 'state', 'department', RESTRUCTURED_ON, {
      bodies: [{ kind: 'head_of_unit', name: d.head }],
      children: d.divisions.map((name, k) => unit(`HY-${d.code}-${pad(k + 1)}`, name, 'state', 'division', RESTRUCTURED_ON)),
    }),
  );
  return unit('HY-UBND', `Ủy ban nhân dân tỉnh ${PROVINCE}`, 'state', 'province_people_committee', PROVINCE_SINCE, {
    bodies: [{ kind: 'people_committee_chair', name: `Chủ tịch Ủy ban nhân dân tỉnh ${PROVINCE}` }],
    children: [...departments, ...COMMUNES.map(communeCommittee)],
  });
}

function fatherlandFront(): DemoUnit {
  const organizations = MASS_ORGANIZATIONS.map((m) => unit(`HY-${m.code}`, m.name, 'mass', 'mass_organization', PROVINCE_SINCE));
  const communeFronts = COMMUNES.map((c) =>
    unit(
      `HY-MTX-${codeOf(c.name)}`,
      `Ủy ban Mặt trận Tổ quốc Việt Nam ${c.ward ? 'phường' : 'xã'} ${c.name}`,
      'mass',
      'fatherland_front',
      TWO_LEVEL_FROM,
    ),
  );
  return unit('HY-MTTQ', `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ${PROVINCE}`, 'mass', 'fatherland_front', PROVINCE_SINCE, {
    children: [...organizations, ...communeFronts],
  });
}

/** The demo province: the tree, then the one merge that gives it history. */
export function demoProvince(): { root: DemoUnit; merges: DemoMerge[] } {
  const root = unit(DEMO_CODES.root, `Tỉnh ${PROVINCE}`, 'state', 'province', PROVINCE_SINCE, {
    children: [partyCommittee(), peopleCommittee(), fatherlandFront()],
  });
  const merges: DemoMerge[] = [
    {
      unitCode: 'HY-HU-TIEN-LU',
      targetCode: `HY-DU-${codeOf('Tiên Lữ')}`,
      effectiveDate: TWO_LEVEL_FROM,
      documentRef: 'Quyết định của Ban Thường vụ Tỉnh ủy (dữ liệu mẫu)',
    },
  ];
  return { root, merges };
}

/** Every unit of the tree, parents before children. */
export function flattenUnits(root: DemoUnit): DemoUnit[] {
  return [root, ...(root.children ?? []).flatMap(flattenUnits)];
}
