/**
 * Deterministic generator of realistic people for the demo province and the benchmarks (bench/): the
 * same seed and count always give the same rows. Units come from the demo province.
 */
import { demoProvince, flattenUnits, type DemoUnit } from './demo-province.js';
import { FORMER_COMMUNES } from './province-names.js';
import type { EducationLevel, Gender, PersonStatus, PoliticalTheoryLevel } from '../../../modules/people/people-codes.js';
import {
  BIRTH_PROVINCE,
  EDUCATION,
  ETHNICITY,
  GIVEN,
  KIND_WEIGHT,
  MAJORS,
  MIDDLE,
  pickPhonePrefix,
  picker,
  POSITIONS,
  prng,
  RANK,
  RELIGION,
  STATUS_BY_KIND,
  SURNAMES,
  THEORY,
} from './demo-people-data.js';

export const DEFAULT_SEED = 20_251_122;
/** Ages are computed at this date, not today, so the data never changes. */
export const REFERENCE_DATE = '2026-01-01';

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
