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
import { DEFAULT_SEED, generatePeople, type GeneratedPerson } from '../src/app/server/demo/demo-people.js';
import { EDUCATION_LEVELS, PERSON_STATUSES, POLITICAL_THEORY_LEVELS } from '../src/modules/people/people-codes.js';

export { benchUnits, DEFAULT_SEED, generatePeople, REFERENCE_DATE } from '../src/app/server/demo/demo-people.js';
export type { BenchUnit, GeneratedPerson } from '../src/app/server/demo/demo-people.js';
export { prng } from '../src/app/server/demo/demo-people-data.js';

export const SIZES = { district: 10_000, province: 500_000 } as const;
export type BenchSize = keyof typeof SIZES;

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
