import { formatPercent } from './review-numbers.rules.js';
import { DECIDED_LEVELS, type DecidedLevel } from './reviews.schemas.js';
import type { StatsRow, StatsTrendPoint } from './reviews-stats.schemas.js';

/**
 * Pure arithmetic of the review statistics (issue 4 §Reports): rollup counts → rows with totals and
 * percentages (two decimals, exact integers, decimal comma — `formatPercent`), the stated denominator.
 */
export type LevelCounts = Record<DecidedLevel, number>;

/** One rollup cell: a group key (breakdown value), a level and a count. */
export interface StatsCell {
  readonly group: string;
  readonly level: string;
  readonly count: number;
}

export interface StatsGroup {
  readonly key: string;
  readonly label: string;
}

export const zeroCounts = (): LevelCounts => Object.fromEntries(DECIDED_LEVELS.map((l) => [l, 0])) as LevelCounts;

const isLevel = (l: string): l is DecidedLevel => (DECIDED_LEVELS as readonly string[]).includes(l);

export const sumCounts = (c: LevelCounts): number => DECIDED_LEVELS.reduce((s, l) => s + c[l], 0);

/** One row: counts per level, total, each level's share of the row and the row's share of `grand`. */
export function statsRow(key: string, label: string, counts: LevelCounts, grand: number | null): StatsRow {
  const total = sumCounts(counts);
  const percents = Object.fromEntries(DECIDED_LEVELS.map((l) => [l, formatPercent(counts[l], total)])) as Record<
    DecidedLevel,
    string
  >;
  return { key, label, counts, total, percents, share: grand === null ? '' : formatPercent(total, grand) };
}

/**
 * The breakdown: one row per known group (in the given order, zero rows kept so the table is complete),
 * then any group the rollup holds that is not known (labelled by its key; "" as "Chưa ghi"), and the total.
 */
export function buildBreakdown(
  cells: readonly StatsCell[],
  groups: readonly StatsGroup[],
): { rows: StatsRow[]; total: StatsRow } {
  const byGroup = new Map<string, LevelCounts>();
  const all = zeroCounts();
  for (const c of cells) {
    if (!isLevel(c.level) || c.count === 0) continue;
    const counts = byGroup.get(c.group) ?? zeroCounts();
    counts[c.level] += c.count;
    all[c.level] += c.count;
    // (negative cells are allowed: a parent's own share is its cells minus its children's)
    byGroup.set(c.group, counts);
  }
  const grand = sumCounts(all);
  const known = new Set(groups.map((g) => g.key));
  const extra = [...byGroup.keys()].filter((k) => !known.has(k) && sumCounts(byGroup.get(k)!) !== 0).sort();
  const rows = [
    ...groups.map((g) => statsRow(g.key, g.label, byGroup.get(g.key) ?? zeroCounts(), grand)),
    ...extra.map((k) => statsRow(k, k === '' ? UNRECORDED_LABEL : k, byGroup.get(k)!, grand)),
  ];
  return { rows, total: statsRow('total', TOTAL_LABEL, all, null) };
}

export const TOTAL_LABEL = 'Tổng cộng';
export const UNRECORDED_LABEL = 'Chưa ghi';

/** The trend: one point per year from `fromYear` to `toYear`, zero where nothing was decided. */
export function buildTrend(
  cells: readonly { year: number; level: string; count: number }[],
  fromYear: number,
  toYear: number,
): StatsTrendPoint[] {
  const points: StatsTrendPoint[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const counts = zeroCounts();
    for (const c of cells) if (c.year === year && isLevel(c.level)) counts[c.level] += c.count;
    points.push({ year, counts, total: sumCounts(counts) });
  }
  return points;
}

/** 1234567 → "1.234.567" (Vietnamese thousands separator, DOMAIN §7.3). */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "trên tổng số 1.234 người đã xếp loại" / "… tập thể đã xếp loại". */
export function denominatorText(total: number, subjectType: 'person' | 'collective'): string {
  return `trên tổng số ${formatCount(total)} ${subjectType === 'person' ? 'người' : 'tập thể'} đã xếp loại`;
}

/** Column labels of the levels in reports (NOT_RATED: "không xếp loại", e.g. under 6 months worked). */
export const LEVEL_REPORT_LABELS: Record<DecidedLevel, string> = {
  HTXS: 'Hoàn thành xuất sắc nhiệm vụ',
  HTT: 'Hoàn thành tốt nhiệm vụ',
  HT: 'Hoàn thành nhiệm vụ',
  KHT: 'Không hoàn thành nhiệm vụ',
  NOT_RATED: 'Không xếp loại',
};

export const BREAKDOWN_LABELS: Record<string, string> = {
  level: 'Đơn vị',
  person_status: 'Đối tượng',
  gender: 'Giới tính',
  age_band: 'Độ tuổi',
  child_unit: 'Đơn vị trực thuộc',
};

/** "BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2026" (who by regime and subject). */
export function reportTitle(regime: 'party' | 'state', subjectType: 'person' | 'collective', year: number): string {
  const who =
    regime === 'party'
      ? subjectType === 'person'
        ? 'ĐẢNG VIÊN'
        : 'TỔ CHỨC ĐẢNG'
      : subjectType === 'person'
        ? 'CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC'
        : 'CƠ QUAN, TỔ CHỨC, ĐƠN VỊ';
  return `BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ${who} NĂM ${year}`;
}
