/**
 * The kinds of organization units, per track. Data, not code: a kind carries its labels.
 * Two-level local government from 1/7/2025 (province → commune/ward): no district kinds for new units,
 * but `district*` kinds stay so units recorded before the reorganization keep their kind.
 */
export const TRACKS = ['party', 'state', 'mass'] as const;
export type Track = (typeof TRACKS)[number];

export const TRACK_LABELS: Record<Track, { vi: string; en: string }> = {
  party: { vi: 'Đảng', en: 'Party' },
  state: { vi: 'Chính quyền', en: 'State' },
  mass: { vi: 'Mặt trận, đoàn thể', en: 'Front and mass organizations' },
};

export interface UnitKind {
  readonly track: Track;
  readonly vi: string;
  readonly en: string;
  /** Still used for new units after the 2025 reorganization. */
  readonly current: boolean;
}

export const UNIT_KINDS = {
  province: { track: 'state', vi: 'Tỉnh, thành phố', en: 'Province or city', current: true },
  province_people_council: { track: 'state', vi: 'Hội đồng nhân dân tỉnh', en: "Provincial People's Council", current: true },
  province_people_committee: { track: 'state', vi: 'Ủy ban nhân dân tỉnh', en: "Provincial People's Committee", current: true },
  department: { track: 'state', vi: 'Sở, ban, ngành', en: 'Department', current: true },
  division: { track: 'state', vi: 'Phòng, chi cục', en: 'Division or office', current: true },
  public_service_unit: { track: 'state', vi: 'Đơn vị sự nghiệp công lập', en: 'Public service unit', current: true },
  commune: { track: 'state', vi: 'Xã, phường, đặc khu', en: 'Commune, ward or special zone', current: true },
  commune_people_council: { track: 'state', vi: 'Hội đồng nhân dân xã', en: "Commune People's Council", current: true },
  commune_people_committee: { track: 'state', vi: 'Ủy ban nhân dân xã', en: "Commune People's Committee", current: true },
  district: { track: 'state', vi: 'Huyện, quận, thị xã (trước 1/7/2025)', en: 'District (before 1/7/2025)', current: false },
  district_people_committee: {
    track: 'state',
    vi: 'Ủy ban nhân dân huyện (trước 1/7/2025)',
    en: "District People's Committee (before 1/7/2025)",
    current: false,
  },
  provincial_party_committee: { track: 'party', vi: 'Tỉnh ủy, Thành ủy', en: 'Provincial Party Committee', current: true },
  party_advisory_board: { track: 'party', vi: 'Ban, cơ quan tham mưu của cấp ủy', en: 'Party advisory board', current: true },
  party_committee: { track: 'party', vi: 'Đảng bộ, Đảng ủy', en: 'Party committee', current: true },
  grassroots_party_committee: { track: 'party', vi: 'Đảng bộ cơ sở', en: 'Grassroots party committee', current: true },
  party_cell: { track: 'party', vi: 'Chi bộ', en: 'Party cell', current: true },
  district_party_committee: {
    track: 'party',
    vi: 'Huyện ủy, Quận ủy (trước 1/7/2025)',
    en: 'District Party Committee (before 1/7/2025)',
    current: false,
  },
  fatherland_front: { track: 'mass', vi: 'Ủy ban Mặt trận Tổ quốc', en: 'Fatherland Front Committee', current: true },
  mass_organization: { track: 'mass', vi: 'Tổ chức chính trị - xã hội', en: 'Socio-political organization', current: true },
} as const satisfies Record<string, UnitKind>;

export type UnitKindCode = keyof typeof UNIT_KINDS;
export const UNIT_KIND_CODES = Object.keys(UNIT_KINDS) as [UnitKindCode, ...UnitKindCode[]];

/**
 * Which kinds a unit of each kind may sit under (`null`: a root, never under another unit). The
 * two-level government of 1/7/2025 (Luật Tổ chức chính quyền địa phương 2025: province → commune),
 * party organization per Điều lệ Đảng, Chương V (Tỉnh ủy → đảng bộ → đảng bộ cơ sở → chi bộ; a chi bộ is
 * the lowest level and takes no children), the Front with its member organizations after 2025. The
 * district kinds and the places they took stay, so units recorded before the reorganization can be.
 * Modelling choices: a commune's People's Committee may sit under the provincial one (the demo does,
 * for the chain of administrative direction) and a commune's People's Council under the provincial
 * council; `division` also covers chi cục, which have phòng of their own.
 */
export const ALLOWED_PARENT_KINDS: Readonly<Record<UnitKindCode, readonly UnitKindCode[] | null>> = {
  province: null,
  province_people_council: ['province'],
  province_people_committee: ['province'],
  department: ['province_people_committee'],
  division: [
    'department',
    'province_people_committee',
    'commune_people_committee',
    'public_service_unit',
    'division',
    'district_people_committee',
  ],
  public_service_unit: ['department', 'province_people_committee', 'commune_people_committee', 'district_people_committee'],
  commune: ['province', 'district'],
  commune_people_council: ['commune', 'province_people_council'],
  commune_people_committee: ['commune', 'province_people_committee', 'district_people_committee'],
  district: ['province'],
  district_people_committee: ['district', 'province', 'province_people_committee'],
  provincial_party_committee: ['province'],
  party_advisory_board: ['provincial_party_committee', 'party_committee', 'district_party_committee'],
  party_committee: ['provincial_party_committee', 'party_committee'],
  grassroots_party_committee: ['provincial_party_committee', 'party_committee', 'district_party_committee'],
  party_cell: ['grassroots_party_committee', 'party_committee', 'provincial_party_committee', 'district_party_committee'],
  district_party_committee: ['provincial_party_committee'],
  fatherland_front: ['province', 'commune', 'fatherland_front', 'district'],
  mass_organization: ['fatherland_front', 'mass_organization'],
};

/** True when a unit of `kind` may sit under a unit of `parentKind` (`null`: as a root). */
export function isKindAllowedUnder(kind: UnitKindCode, parentKind: UnitKindCode | null): boolean {
  const parents = ALLOWED_PARENT_KINDS[kind];
  return parentKind === null ? parents === null : (parents?.includes(parentKind) ?? false);
}

/** The kinds a unit of `parentKind` may take as children (`null`: the kinds that may be roots), in catalogue order. */
export function kindsAllowedUnder(parentKind: UnitKindCode | null): UnitKindCode[] {
  return UNIT_KIND_CODES.filter((kind) => isKindAllowedUnder(kind, parentKind));
}

/** What a new unit under `parentKind` may be today: allowed under it and still in use after 1/7/2025. */
export function currentKindsAllowedUnder(parentKind: UnitKindCode | null): UnitKindCode[] {
  return kindsAllowedUnder(parentKind).filter((kind) => UNIT_KINDS[kind].current);
}

/** What "diện … quản lý" can point to: a body of a unit that decides on cadre matters. */
export const MANAGEMENT_BODY_KINDS = {
  standing_committee: { vi: 'Ban Thường vụ', en: 'Standing committee' },
  executive_committee: { vi: 'Ban Chấp hành', en: 'Executive committee' },
  standing_office: { vi: 'Thường trực cấp ủy', en: 'Standing office of the committee' },
  party_delegation: { vi: 'Ban cán sự đảng, Đảng đoàn', en: 'Party delegation' },
  people_committee_chair: { vi: 'Chủ tịch Ủy ban nhân dân', en: "Chair of the People's Committee" },
  head_of_unit: { vi: 'Người đứng đầu cơ quan, đơn vị', en: 'Head of the agency or unit' },
  leadership_collective: { vi: 'Tập thể lãnh đạo', en: 'Leadership collective' },
} as const;
export type ManagementBodyKind = keyof typeof MANAGEMENT_BODY_KINDS;
export const MANAGEMENT_BODY_KIND_CODES = Object.keys(MANAGEMENT_BODY_KINDS) as [ManagementBodyKind, ...ManagementBodyKind[]];
