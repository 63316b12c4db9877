import { formalDate, placeDateLine } from '../../../platform/server/pdf/document-header.js';
import { DECIDED_LEVELS } from '../reviews.schemas.js';
import type { ReviewStats, StatsRow } from '../reviews-stats.schemas.js';
import { BREAKDOWN_LABELS, LEVEL_REPORT_LABELS, reportTitle } from '../stats.rules.js';
import type { StatsUnit } from './stats-facts.queries.js';

/**
 * The official report of the statistics, shared by the .xlsx and PDF renderers: header of the issuing
 * body for the regime (DOMAIN §7.2: party HD 36-HD/VPTW, state ND 30/2020), place and date, title, the
 * table (count and percentage per level), the stated denominator and the signature block.
 */
export interface StatsReport {
  readonly system: 'party' | 'state';
  readonly superior: string | null;
  readonly issuer: string;
  /** The number line without "Số" (left blank to be filled in by hand). */
  readonly number: string;
  readonly place: string | null;
  readonly date: string;
  readonly placeDate: string;
  readonly title: string;
  readonly subtitle: string;
  /** Header cells: first line (merged per level), second line (SL / Tỷ lệ). */
  readonly groupHeader: string;
  readonly levelHeaders: readonly string[];
  readonly body: readonly ReportLine[];
  readonly denominator: string;
  readonly signTitle: string;
}

export interface ReportLine {
  readonly no: string;
  readonly label: string;
  readonly total: number;
  /** count, percentage text for each level in DECIDED_LEVELS order. */
  readonly cells: readonly (readonly [number, string])[];
  readonly bold: boolean;
}

/** "Tỉnh Hưng Yên" / "Đảng bộ tỉnh Hưng Yên" → "Hưng Yên" (the province is the place of the date line). */
const PLACE_PREFIX = /^(?:đảng bộ\s+|ủy ban nhân dân\s+|ubnd\s+)?(?:tỉnh|thành phố|tp\.?)\s+/iu;
export const placeOfTop = (name: string | null): string | null =>
  name ? name.normalize('NFC').trim().replace(PLACE_PREFIX, '') || null : null;

const line = (row: StatsRow, no: string, bold: boolean): ReportLine => ({
  no,
  label: row.label,
  total: row.total,
  cells: DECIDED_LEVELS.map((l) => [row.counts[l], row.total === 0 ? '' : row.percents[l]] as const),
  bold,
});

export function statsReport(stats: ReviewStats, unit: StatsUnit, today: string): StatsReport {
  const place = placeOfTop(unit.topName);
  const breakdown = stats.by === 'level' ? '' : `, phân theo ${BREAKDOWN_LABELS[stats.by]!.toLocaleLowerCase('vi-VN')}`;
  return {
    system: stats.regime,
    superior: unit.superiorName,
    issuer: unit.name,
    number: stats.regime === 'party' ? '…-BC/…' : '……/BC-……',
    place,
    date: today,
    placeDate: placeDateLine(place, today),
    title: reportTitle(stats.regime, stats.subjectType, stats.year),
    subtitle: `(Toàn bộ ${unit.name} và các đơn vị trực thuộc${breakdown}; số liệu đến ${formalDate(today) ?? today})`,
    groupHeader: BREAKDOWN_LABELS[stats.by]!,
    levelHeaders: DECIDED_LEVELS.map((l) => LEVEL_REPORT_LABELS[l]),
    body: [...stats.rows.map((r, i) => line(r, String(i + 1), false)), line(stats.total, '', true)],
    denominator: `Tỷ lệ tính ${stats.denominator}.`,
    signTitle: stats.regime === 'party' ? 'T/M CẤP UỶ' : 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ',
  };
}

/** "bao-cao-xep-loai-2026-don-vi-12.xlsx". */
export const reportFileName = (stats: ReviewStats, ext: 'xlsx' | 'pdf') =>
  `bao-cao-xep-loai-${stats.regime === 'party' ? 'dang-vien' : 'can-bo'}-${stats.year}-don-vi-${stats.unit.id}.${ext}`;
