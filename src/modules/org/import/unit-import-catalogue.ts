import { headerKey, headerMatcher } from '../../../platform/server/spreadsheet/header-detection.js';
import type { UnitImportField } from '../units-import.schemas.js';
import { TRACK_LABELS, TRACKS, UNIT_KIND_CODES, UNIT_KINDS, type Track, type UnitKindCode } from '../unit-kinds.js';

/**
 * What the units importer recognizes: the column headers offices write (folded: no diacritics, lower
 * case) and the values of the "Loại đơn vị" and "Khối" columns, matched against the unit-kind catalogue
 * by code, Vietnamese or English label, or one part of a label ("Phòng" for "Phòng, chi cục"),
 * accent-insensitively.
 */
const ALIASES: Record<UnitImportField, readonly string[]> = {
  stt: ['stt', 'tt', 'so tt', 'so thu tu'],
  code: ['ma don vi', 'ma', 'ma dv', 'ma to chuc', 'ma co quan', 'ma so don vi', 'ma don vi to chuc', 'ky hieu don vi'],
  name: ['ten don vi', 'ten', 'ten dv', 'ten to chuc', 'ten co quan', 'ten co quan don vi', 'ten day du', 'don vi'],
  shortName: ['ten viet tat', 'viet tat', 'ten tat', 'ten don vi viet tat', 'ten goi tat'],
  kind: ['loai don vi', 'loai', 'loai hinh', 'loai hinh don vi', 'loai to chuc', 'cap don vi'],
  track: ['khoi', 'khoi don vi', 'he thong', 'khoi he thong', 'thuoc khoi'],
  parent: [
    'don vi cap tren',
    'ma don vi cap tren',
    'ma cap tren',
    'cap tren',
    'truc thuoc',
    'don vi truc thuoc',
    'thuoc don vi',
    'don vi chu quan',
    'co quan chu quan',
    'co quan cap tren',
    'don vi me',
  ],
  validFrom: ['ngay thanh lap', 'thanh lap', 'ngay thanh lap don vi', 'ngay hieu luc', 'ngay bat dau', 'ngay thanh lap qd'],
};

export const unitHeaderMatcher = headerMatcher(ALIASES);

const stripNote = (label: string) => label.replace(/\(.*?\)/g, ' ');

/** Common office names of kinds besides the catalogue's labels. */
const KIND_SYNONYMS: Partial<Record<UnitKindCode, readonly string[]>> = {
  province_people_council: ['hdnd tinh'],
  province_people_committee: ['ubnd tinh', 'ubnd thanh pho', 'uy ban nhan dan thanh pho'],
  commune_people_council: ['hdnd xa', 'hdnd phuong', 'hoi dong nhan dan phuong'],
  commune_people_committee: ['ubnd xa', 'ubnd phuong', 'uy ban nhan dan phuong'],
  district_people_committee: ['ubnd huyen', 'ubnd quan'],
  public_service_unit: ['don vi su nghiep', 'dvsn', 'dvsncl'],
  provincial_party_committee: ['tinh uy', 'thanh uy'],
  party_cell: ['chi bo'],
  fatherland_front: ['mttq', 'uy ban mttq', 'mat tran to quoc'],
  mass_organization: ['doan the', 'to chuc chinh tri xa hoi'],
};

function buildKindIndex(): Map<string, UnitKindCode[]> {
  const index = new Map<string, UnitKindCode[]>();
  const add = (key: string, kind: UnitKindCode) => {
    if (!key) return;
    const list = index.get(key) ?? [];
    if (!list.includes(kind)) list.push(kind);
    index.set(key, list);
  };
  for (const kind of UNIT_KIND_CODES) {
    const k = UNIT_KINDS[kind];
    add(headerKey(kind), kind);
    add(headerKey(k.vi), kind);
    add(headerKey(stripNote(k.vi)), kind);
    add(headerKey(k.en), kind);
    add(headerKey(stripNote(k.en)), kind);
    for (const part of stripNote(k.vi).split(',')) add(headerKey(part), kind);
    for (const s of KIND_SYNONYMS[kind] ?? []) add(s, kind);
  }
  return index;
}
const KIND_INDEX = buildKindIndex();

export type KindMatch =
  { readonly ok: true; readonly kind: UnitKindCode } | { readonly ok: false; readonly candidates: readonly UnitKindCode[] };

/** The kind a cell names; several candidates are narrowed by the track when it is known. */
export function matchKind(value: string, track: Track | null): KindMatch {
  const key = headerKey(value);
  const found = KIND_INDEX.get(key) ?? KIND_INDEX.get(key.replace(/^loai /, '')) ?? [];
  const candidates = track && found.length > 1 ? found.filter((k) => UNIT_KINDS[k].track === track) : found;
  if (candidates.length === 1) return { ok: true, kind: candidates[0] as UnitKindCode };
  return { ok: false, candidates };
}

const TRACK_SYNONYMS: Record<Track, readonly string[]> = {
  party: ['dang', 'dang cong san', 'khoi dang', 'to chuc dang'],
  state: ['chinh quyen', 'nha nuoc', 'co quan nha nuoc', 'khoi chinh quyen', 'hanh chinh'],
  mass: [
    'mttq',
    'mat tran',
    'mat tran to quoc',
    'doan the',
    'mttq doan the',
    'mttq va cac doan the',
    'mat tran va cac doan the',
    'mat tran doan the',
    'khoi mttq',
    'khoi doan the',
    'chinh tri xa hoi',
  ],
};

const TRACK_INDEX = new Map<string, Track>();
for (const track of TRACKS) {
  for (const key of [track, headerKey(TRACK_LABELS[track].vi), headerKey(TRACK_LABELS[track].en), ...TRACK_SYNONYMS[track]]) {
    TRACK_INDEX.set(key, track);
  }
}

/** The track a "Khối" cell names ("Đảng", "Chính quyền", "MTTQ", "Khối Đảng"), or null. */
export function matchTrack(value: string): Track | null {
  const key = headerKey(value);
  return TRACK_INDEX.get(key) ?? TRACK_INDEX.get(key.replace(/^khoi /, '')) ?? null;
}
