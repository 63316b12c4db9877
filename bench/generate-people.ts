/**
 * Deterministic generator of realistic people for the benchmarks (bench/run.ts). The same seed and
 * size always give the same rows, so the import and the COPY baseline see exactly the same people.
 * Units come from the demo province (src/app/server/demo), names from the demo's place-name lists.
 *
 * Run alone: `npx tsx bench/generate-people.ts [district|province] [out.csv]`.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { demoProvince, flattenUnits, type DemoUnit } from '../src/app/server/demo/demo-province.js';
import { FORMER_COMMUNES } from '../src/app/server/demo/province-names.js';
import {
  EDUCATION_LEVELS,
  PERSON_STATUSES,
  POLITICAL_THEORY_LEVELS,
  type EducationLevel,
  type Gender,
  type PersonStatus,
  type PoliticalTheoryLevel,
} from '../src/modules/people/people-codes.js';

export const SIZES = { district: 10_000, province: 500_000 } as const;
export type BenchSize = keyof typeof SIZES;
export const DEFAULT_SEED = 20_251_122;
/** Ages are computed at this date, not today, so the data never changes. */
export const REFERENCE_DATE = '2026-01-01';

/** mulberry32: small, fast, good enough for synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

function picker<T>(items: Weighted<T>): (r: number) => T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const [, w] of items) cumulative.push((acc += w / total));
  return (r) => {
    // Binary search for the first cumulative weight above r.
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 1) > r) hi = mid;
      else lo = mid + 1;
    }
    return (items[lo] ?? items[items.length - 1])![0];
  };
}

const uniform = <T>(items: readonly T[]): Weighted<T> => items.map((x) => [x, 1] as const);

// Surnames in percent of the population (northern province: Hoàng and Vũ far more than Huỳnh and Võ).
const SURNAMES = picker<string>([
  ['Nguyễn', 38.4],
  ['Trần', 12.1],
  ['Lê', 9.5],
  ['Phạm', 7.0],
  ['Hoàng', 4.5],
  ['Huỳnh', 0.6],
  ['Phan', 4.5],
  ['Vũ', 3.4],
  ['Võ', 0.5],
  ['Đặng', 2.1],
  ['Bùi', 2.0],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1.0],
  ['Lý', 0.5],
  ...(['Đinh', 'Trịnh', 'Đoàn', 'Lương', 'Mai', 'Đào', 'Cao', 'Lâm', 'Tạ', 'Phí', 'Quách', 'Nghiêm'].map((s) => [s, 0.6]) as [
    string,
    number,
  ][]),
  ...(['Lại', 'Kiều', 'Chu', 'Tô', 'Hà', 'Vương', 'Triệu', 'Lưu', 'Khúc', 'Doãn', 'Nhữ', 'Vi'].map((s) => [s, 0.25]) as [
    string,
    number,
  ][]),
]);

const MIDDLE: Record<Gender, (r: number) => string> = {
  male: picker<string>([
    ['Văn', 40],
    ['Hữu', 6],
    ['Đức', 8],
    ['Minh', 7],
    ['Quang', 5],
    ['Thanh', 4],
    ['Ngọc', 3],
    ['Xuân', 3],
    ['Công', 4],
    ['Mạnh', 2],
    ['Tiến', 2],
    ['Duy', 3],
    ['Thế', 3],
    ['Trọng', 3],
    ['Đình', 5],
    ['Việt', 2],
    ['Anh', 2],
    ['Văn Minh', 1],
    ['Đức Anh', 1],
  ]),
  female: picker<string>([
    ['Thị', 55],
    ['Ngọc', 5],
    ['Thanh', 5],
    ['Thu', 5],
    ['Minh', 3],
    ['Phương', 3],
    ['Hồng', 3],
    ['Thùy', 3],
    ['Kim', 2],
    ['Bích', 2],
    ['Thúy', 2],
    ['Khánh', 2],
    ['Hải', 2],
    ['Thị Thu', 3],
    ['Thị Minh', 2],
    ['Thị Thanh', 2],
  ]),
};

const GIVEN: Record<Gender, (r: number) => string> = {
  male: picker(
    uniform([
      ...['Anh', 'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Nam', 'Cường', 'Thắng', 'Long', 'Sơn', 'Hiếu', 'Hoàng', 'Đức', 'Trung'],
      ...['Quân', 'Hưng', 'Bình', 'Phong', 'Thành', 'Khánh', 'Tùng', 'Việt', 'Vinh', 'Toàn', 'Tú', 'Huy', 'Lâm', 'Hòa'],
      ...['Minh', 'Quang', 'Kiên', 'Thịnh', 'Lộc', 'Phúc', 'Tài', 'Bảo', 'Duy', 'Đạt', 'Khoa', 'Nghĩa', 'Tâm', 'Thuận'],
      ...['Tiến', 'Trí', 'Chiến', 'Giang', 'Hậu', 'Linh', 'Quý', 'Thái', 'Vương', 'Ánh', 'Định', 'Đông', 'Ước', 'Ửng'],
    ]),
  ),
  female: picker(
    uniform([
      ...['Hương', 'Lan', 'Hoa', 'Huyền', 'Linh', 'Trang', 'Thảo', 'Hằng', 'Nga', 'Mai', 'Phương', 'Thủy', 'Hà', 'Yến'],
      ...['Ngọc', 'Anh', 'Dung', 'Hạnh', 'Nhung', 'Oanh', 'Hiền', 'Loan', 'Thu', 'Vân', 'Quỳnh', 'Nhàn', 'Liên', 'Hồng'],
      ...['Tâm', 'Ánh', 'Diệp', 'Duyên', 'Giang', 'Hậu', 'Lý', 'My', 'Nguyệt', 'Nhi', 'Phượng', 'Thơm', 'Thúy', 'Trâm'],
      ...['Uyên', 'Xuân', 'Yên', 'Ngân', 'Chi', 'Châu', 'Điệp', 'Đào', 'Huệ', 'Luyến', 'Sen', 'Tuyết', 'Ước', 'Ưng'],
    ]),
  ),
};

const ETHNICITY = picker<string>([
  ['Kinh', 985],
  ['Mường', 4],
  ['Tày', 3],
  ['Thái', 2],
  ['Nùng', 2],
  ['Hoa', 2],
  ['Dao', 1],
  ['Sán Dìu', 1],
]);
const RELIGION = picker<string>([
  ['Không', 88],
  ['Công giáo', 7],
  ['Phật giáo', 5],
]);

// Birthplace province codes of the CCCD (Circular 59/2021/TT-BCA annex): Hưng Yên and the provinces
// around it. The generated province covers former Hưng Yên and Thái Bình (merged on 1/7/2025).
const BIRTH_PROVINCE = picker<readonly [string, string]>([
  [['033', 'Hưng Yên'], 55],
  [['034', 'Thái Bình'], 30],
  [['001', 'Hà Nội'], 5],
  [['030', 'Hải Dương'], 4],
  [['036', 'Nam Định'], 3],
  [['035', 'Hà Nam'], 3],
]);

const EDUCATION = picker<EducationLevel>([
  ['dai_hoc', 58],
  ['thac_si', 12],
  ['tien_si', 1],
  ['cao_dang', 11],
  ['trung_cap', 12],
  ['so_cap', 3],
  ['none', 3],
]);
const MAJORS = picker(
  uniform([
    'Sư phạm Toán',
    'Sư phạm Ngữ văn',
    'Giáo dục Tiểu học',
    'Giáo dục Mầm non',
    'Y đa khoa',
    'Điều dưỡng',
    'Luật',
    'Kinh tế',
    'Kế toán',
    'Quản lý nhà nước',
    'Hành chính học',
    'Công nghệ thông tin',
    'Xây dựng Đảng và chính quyền nhà nước',
    'Quản lý đất đai',
    'Nông học',
  ]),
);

const THEORY = picker<PoliticalTheoryLevel>([
  ['none', 38],
  ['so_cap', 27],
  ['trung_cap', 25],
  ['cao_cap', 8],
  ['cu_nhan', 2],
]);

/** Where people work, by unit kind; party cells hold members, not posts. */
const KIND_WEIGHT: Partial<Record<DemoUnit['kind'], number>> = {
  public_service_unit: 60,
  division: 25,
  department: 15,
  commune_people_committee: 10,
  party_advisory_board: 30,
  mass_organization: 20,
  fatherland_front: 8,
  grassroots_party_committee: 6,
  party_committee: 6,
};

const STATUS_BY_KIND = {
  public_service_unit: picker<PersonStatus>([
    ['public_employee', 88],
    ['worker', 10],
    ['civil_servant', 2],
  ]),
  office: picker<PersonStatus>([
    ['civil_servant', 78],
    ['cadre', 10],
    ['public_employee', 4],
    ['worker', 8],
  ]),
  party: picker<PersonStatus>([
    ['cadre', 30],
    ['civil_servant', 62],
    ['worker', 8],
  ]),
} as const;

const POSITIONS = {
  school: picker<string>([
    ['Giáo viên', 85],
    ['Tổ trưởng chuyên môn', 7],
    ['Phó Hiệu trưởng', 3],
    ['Hiệu trưởng', 1],
    ['Nhân viên', 4],
  ]),
  health: picker<string>([
    ['Bác sĩ', 30],
    ['Điều dưỡng', 35],
    ['Y sĩ', 15],
    ['Dược sĩ', 8],
    ['Trưởng trạm', 2],
    ['Nhân viên', 10],
  ]),
  office: picker<string>([
    ['Chuyên viên', 70],
    ['Chuyên viên chính', 12],
    ['Phó Trưởng phòng', 7],
    ['Trưởng phòng', 3],
    ['Cán sự', 4],
    ['Nhân viên', 4],
  ]),
};

const RANK: Record<string, readonly [string, string]> = {
  'Chuyên viên': ['Chuyên viên', '01.003'],
  'Chuyên viên chính': ['Chuyên viên chính', '01.002'],
  'Phó Trưởng phòng': ['Chuyên viên chính', '01.002'],
  'Trưởng phòng': ['Chuyên viên chính', '01.002'],
  'Cán sự': ['Cán sự', '01.004'],
};

export interface BenchUnit {
  readonly code: string;
  readonly kind: DemoUnit['kind'];
  readonly track: DemoUnit['track'];
  readonly name: string;
}

/** One generated person, as the CSV carries it (plus the codes the COPY baseline needs). */
export interface GeneratedPerson {
  readonly seq: number;
  readonly hoDem: string;
  readonly ten: string;
  readonly gender: Gender;
  /** ISO yyyy-mm-dd. */
  readonly dateOfBirth: string;
  readonly idNumber: string;
  readonly ethnicity: string;
  readonly religion: string;
  readonly homeTown: string;
  readonly position: string;
  readonly unitCode: string;
  readonly status: PersonStatus;
  readonly educationLevel: EducationLevel;
  readonly educationMajor: string | null;
  readonly politicalTheory: PoliticalTheoryLevel;
  readonly partyJoinDate: string | null;
  readonly partyOfficialDate: string | null;
  readonly partyCellCode: string | null;
  readonly phone: string | null;
  readonly civilServiceRank: string | null;
  readonly civilServiceRankCode: string | null;
  readonly salaryStep: number | null;
  readonly salaryCoefficient: number | null;
}

/** The demo province's units, flattened (the tree bench/run.ts loads). */
export function benchUnits(): BenchUnit[] {
  return flattenUnits(demoProvince().root).map((u) => ({ code: u.code, kind: u.kind, track: u.track, name: u.name }));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function randomDate(r: () => number, fromYear: number, toYear: number): string {
  const y = fromYear + Math.floor(r() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * daysInMonth(y, m));
  return `${y}-${pad(m)}-${pad(d)}`;
}

function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const m = Number(iso.slice(5, 7));
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m));
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Units people work in, with the party cells members of each unit most likely belong to. */
function workplaces(units: readonly BenchUnit[]) {
  const cellsByCommune = new Map<string, string[]>();
  const provincialCells: string[] = [];
  for (const u of units) {
    if (u.kind !== 'party_cell') continue;
    const commune = /^HY-DU-(.+)-CB\d+$/.exec(u.code)?.[1];
    if (commune) cellsByCommune.set(commune, [...(cellsByCommune.get(commune) ?? []), u.code]);
    else provincialCells.push(u.code);
  }
  const places = units
    .filter((u) => (KIND_WEIGHT[u.kind] ?? 0) > 0)
    .map((u) => {
      const commune = /^HY-(?:UBX|MTX|DU)-([A-Z-]+?)(?:-\d+)?$/.exec(u.code)?.[1];
      const cells = (commune && cellsByCommune.get(commune)) || provincialCells;
      const school = /Trường/.test(u.name);
      const health = /Y tế/.test(u.name);
      const group: keyof typeof STATUS_BY_KIND =
        u.kind === 'public_service_unit' ? 'public_service_unit' : u.track === 'party' ? 'party' : 'office';
      return { unit: u, cells, school, health, group };
    });
  return picker(places.map((p) => [p, KIND_WEIGHT[p.unit.kind] ?? 0] as const));
}

/**
 * The people, one at a time (never all in memory). CCCD numbers are unique: within each prefix
 * (birthplace, century/gender, year) the last six digits walk a permutation of 000000–999999.
 */
export function* generatePeople(count: number, seed = DEFAULT_SEED): Generator<GeneratedPerson> {
  const r = prng(seed);
  const units = benchUnits();
  const place = workplaces(units);
  const serial = new Map<string, number>();
  const refYear = Number(REFERENCE_DATE.slice(0, 4));
  for (let seq = 1; seq <= count; seq++) {
    const gender: Gender = r() < 0.54 ? 'female' : 'male';
    const maxAge = gender === 'female' ? 58 : 62;
    const dateOfBirth = randomDate(r, refYear - maxAge, refYear - 22);
    const birthYear = Number(dateOfBirth.slice(0, 4));
    const [provinceCode, provinceName] = BIRTH_PROVINCE(r());
    const centuryGender = (birthYear >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
    const prefix = `${provinceCode}${centuryGender}${pad(birthYear % 100)}`;
    const n = serial.get(prefix) ?? 0;
    serial.set(prefix, n + 1);
    // 7_919 is prime and coprime with 10^6: n ↦ n·7919 + 12345 mod 10^6 is a bijection.
    const idNumber = prefix + pad((n * 7_919 + 12_345) % 1_000_000, 6);

    const where = place(r());
    const status = STATUS_BY_KIND[where.group](r());
    const position = where.school
      ? POSITIONS.school(r())
      : where.health
        ? POSITIONS.health(r())
        : status === 'worker'
          ? 'Nhân viên'
          : POSITIONS.office(r());
    const educationLevel = EDUCATION(r());
    const age = refYear - birthYear;
    // About 40% overall: nearly every cadre, most civil servants, fewer public employees and workers.
    const member = r() < { cadre: 0.95, civil_servant: 0.62, public_employee: 0.38, worker: 0.2 }[status];
    let partyJoinDate: string | null = null;
    if (member) {
      const from = birthYear + 20;
      partyJoinDate = randomDate(r, from, Math.max(from, refYear - 2));
    }
    const theory = member ? THEORY(r()) : r() < 0.7 ? 'none' : 'so_cap';
    const rank = status === 'civil_servant' || status === 'cadre' ? RANK[position] : undefined;
    const step = rank ? Math.min(9, 1 + Math.floor((age - 22) / 3)) : null;
    yield {
      seq,
      hoDem: `${SURNAMES(r())} ${MIDDLE[gender](r())}`,
      ten: GIVEN[gender](r()),
      gender,
      dateOfBirth,
      idNumber,
      ethnicity: ETHNICITY(r()),
      religion: RELIGION(r()),
      homeTown: `xã ${FORMER_COMMUNES[Math.floor(r() * FORMER_COMMUNES.length)] ?? 'An Viên'}, tỉnh ${provinceName}`,
      position,
      unitCode: where.unit.code,
      status,
      educationLevel,
      educationMajor: educationLevel === 'none' || educationLevel === 'so_cap' ? null : MAJORS(r()),
      politicalTheory: theory,
      partyJoinDate,
      partyOfficialDate: partyJoinDate ? addYears(partyJoinDate, 1) : null,
      partyCellCode: member ? (where.cells[Math.floor(r() * where.cells.length)] ?? null) : null,
      phone: r() < 0.75 ? `0${pickPhonePrefix(r())}${pad(Math.floor(r() * 10_000_000), 7)}` : null,
      civilServiceRank: rank?.[0] ?? null,
      civilServiceRankCode: rank?.[1] ?? null,
      salaryStep: step,
      salaryCoefficient: step === null ? null : Math.round((2.34 + (step - 1) * 0.33) * 100) / 100,
    };
  }
}

const pickPhonePrefix = picker(uniform(['91', '98', '96', '97', '90', '93', '38', '86', '34', '88', '70']));

/** The headers offices use in their lists (order as in a typical Sở Nội vụ export). */
export const CSV_HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Số CCCD',
  'Dân tộc',
  'Tôn giáo',
  'Quê quán',
  'Chức vụ',
  'Đơn vị',
  'Đối tượng',
  'Trình độ chuyên môn',
  'Chuyên ngành',
  'Lý luận chính trị',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Chi bộ',
  'Điện thoại',
  'Ngạch',
  'Mã ngạch',
  'Bậc lương',
  'Hệ số lương',
] as const;

/** "1990-03-07" → "07/03/1990". */
export function dmy(iso: string | null): string {
  return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(p: GeneratedPerson): string {
  return [
    p.seq,
    `${p.hoDem} ${p.ten}`,
    dmy(p.dateOfBirth),
    p.gender === 'male' ? 'Nam' : 'Nữ',
    p.idNumber,
    p.ethnicity,
    p.religion,
    p.homeTown,
    p.position,
    p.unitCode,
    PERSON_STATUSES[p.status].vi,
    EDUCATION_LEVELS[p.educationLevel].vi,
    p.educationMajor,
    POLITICAL_THEORY_LEVELS[p.politicalTheory].vi,
    dmy(p.partyJoinDate),
    dmy(p.partyOfficialDate),
    p.partyCellCode,
    p.phone,
    p.civilServiceRank,
    p.civilServiceRankCode,
    p.salaryStep,
    // Vietnamese offices write decimals with a comma: "2,67" (quoted by csvField).
    p.salaryCoefficient === null ? null : String(p.salaryCoefficient).replace('.', ','),
  ]
    .map(csvField)
    .join(',');
}

/** Writes lines to a file with back-pressure, in batches; returns the bytes written. */
export async function writeLines(file: string, lines: Iterable<string>, prefix = ''): Promise<number> {
  await mkdir(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let batch: string[] = prefix ? [prefix] : [];
  const flush = async () => {
    if (batch.length === 0) return;
    const ok = out.write(batch.join(''));
    batch = [];
    if (!ok) await once(out, 'drain');
  };
  for (const line of lines) {
    batch.push(line + '\n');
    if (batch.length >= 2_000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return out.bytesWritten;
}

/** The office CSV: UTF-8 with BOM (as Excel saves "CSV UTF-8"), a header row, one person a line. */
export async function writePeopleCsv(file: string, count: number, seed = DEFAULT_SEED): Promise<number> {
  function* lines() {
    for (const p of generatePeople(count, seed)) yield csvRow(p);
  }
  return writeLines(file, lines(), '\uFEFF' + CSV_HEADERS.join(',') + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = (process.argv[2] ?? 'district') as BenchSize;
  const file = process.argv[3] ?? `bench/out/people-${size}.csv`;
  const started = performance.now();
  const bytes = await writePeopleCsv(file, SIZES[size] ?? SIZES.district);
  console.info(
    `${file}: ${SIZES[size]} people, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
