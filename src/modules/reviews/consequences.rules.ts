import { LAW_80_2025_FROM, type IsoDate, type Level, type Regime, type SubjectKind } from './review-constants.js';

/**
 * Consequences of a rating, by the law in force for the period (DOMAIN §1.5; corrections §1, §10):
 * - civil servants rated KHT for a period ending on or after 1/7/2025: listed for a lower post or a
 *   dismissal review (Luật CBCC 80/2025/QH15 — no "two consecutive years" condition);
 * - earlier periods keep the old rules: 2 consecutive years KHT → thôi việc; a leader with 2 KHT years
 *   in one appointment term → other work or not re-appointed; a non-leader with 2 KHT years within 3
 *   years → a position with lower requirements; cadres 2 consecutive years → dismissal or stop;
 *   public employees 2 consecutive years → the unit may end the contract [U];
 * - any leader rated KHT → listed for reassignment (KL 198; QĐ 377);
 * - KHT or discipline → out of the planning pool (QĐ 50/377; HD 45).
 */

export type ConsequenceCode =
  | 'LOWER_POST_OR_DISMISSAL_REVIEW'
  | 'DISMISSAL_FROM_SERVICE'
  | 'OTHER_WORK_OR_NOT_REAPPOINTED'
  | 'LOWER_REQUIREMENT_POSITION'
  | 'CADRE_DISMISSAL_OR_STOP'
  | 'CONTRACT_MAY_END'
  | 'LEADER_REASSIGNMENT'
  | 'OUT_OF_PLANNING_POOL';

export interface Consequence {
  readonly code: ConsequenceCode;
  readonly message: string;
  readonly source: string;
}

export interface YearRating {
  readonly year: number;
  readonly level: Level;
}

export interface ConsequenceInput {
  readonly regime: Regime;
  readonly subjectKind: SubjectKind;
  readonly holdsPost: boolean;
  readonly periodEnd: IsoDate;
  /** The level decided for this period (null: not classified). */
  readonly level: Level | null;
  readonly disciplinedInYear: boolean;
  /** Earlier years' state ratings of the same person (for the pre-1/7/2025 two-year rules). */
  readonly history?: readonly YearRating[];
  /** First year of the current appointment term (leaders, pre-1/7/2025 rule). */
  readonly appointmentFromYear?: number;
}

const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));

export function consequencesOf(input: ConsequenceInput): Consequence[] {
  const out: Consequence[] = [];
  const kht = input.level === 'KHT';
  const year = yearOf(input.periodEnd);
  const khtYears = new Set((input.history ?? []).filter((h) => h.level === 'KHT' && h.year < year).map((h) => h.year));
  const previousKht = khtYears.has(year - 1);
  if (kht && input.regime === 'state') {
    if (input.subjectKind === 'civil_servant') {
      if (input.periodEnd >= LAW_80_2025_FROM) {
        out.push({
          code: 'LOWER_POST_OR_DISMISSAL_REVIEW',
          message:
            'Công chức không hoàn thành nhiệm vụ: đưa vào danh sách xem xét bố trí vị trí việc làm thấp hơn hoặc cho thôi việc.',
          source: 'Luật Cán bộ, công chức 80/2025/QH15 (từ 1/7/2025)',
        });
      } else if (previousKht) {
        out.push({
          code: 'DISMISSAL_FROM_SERVICE',
          message: 'Hai năm liên tiếp không hoàn thành nhiệm vụ: xem xét cho thôi việc.',
          source: 'Luật CBCC 2008, sửa đổi 2019',
        });
      } else if (
        input.holdsPost &&
        input.appointmentFromYear !== undefined &&
        [...khtYears].some((y) => y >= (input.appointmentFromYear ?? year))
      ) {
        out.push({
          code: 'OTHER_WORK_OR_NOT_REAPPOINTED',
          message:
            'Hai năm không hoàn thành nhiệm vụ trong cùng thời hạn bổ nhiệm: bố trí công tác khác hoặc không bổ nhiệm lại.',
          source: 'Luật CBCC 2008, sửa đổi 2019',
        });
      } else if (!input.holdsPost && (khtYears.has(year - 1) || khtYears.has(year - 2))) {
        out.push({
          code: 'LOWER_REQUIREMENT_POSITION',
          message: 'Hai năm không hoàn thành nhiệm vụ trong 3 năm: bố trí vị trí việc làm có yêu cầu thấp hơn.',
          source: 'Luật CBCC 2008, sửa đổi 2019',
        });
      }
    } else if (input.subjectKind === 'cadre' && previousKht) {
      out.push({
        code: 'CADRE_DISMISSAL_OR_STOP',
        message: 'Cán bộ hai năm liên tiếp không hoàn thành nhiệm vụ: xem xét miễn nhiệm hoặc cho thôi làm nhiệm vụ.',
        source: 'Luật CBCC 2008, sửa đổi 2019',
      });
    } else if (input.subjectKind === 'public_employee' && previousKht) {
      out.push({
        code: 'CONTRACT_MAY_END',
        message: 'Viên chức hai năm liên tiếp không hoàn thành nhiệm vụ: đơn vị có thể đơn phương chấm dứt hợp đồng làm việc.',
        source: 'Luật Viên chức 2010 [U]',
      });
    }
  }
  if (kht && input.holdsPost) {
    out.push({
      code: 'LEADER_REASSIGNMENT',
      message: 'Cán bộ lãnh đạo, quản lý không hoàn thành nhiệm vụ: đưa vào danh sách xem xét điều động, bố trí công tác khác.',
      source: 'KL 198-KL/TW; QĐ 377-QĐ/TW',
    });
  }
  if (kht || input.disciplinedInYear) {
    out.push({
      code: 'OUT_OF_PLANNING_POOL',
      message: kht ? 'Không hoàn thành nhiệm vụ: đưa ra khỏi quy hoạch.' : 'Bị kỷ luật: đưa ra khỏi quy hoạch ngay.',
      source: 'QĐ 377-QĐ/TW, HD 45-HD/BTCTW',
    });
  }
  return out;
}
