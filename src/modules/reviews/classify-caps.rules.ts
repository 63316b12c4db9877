import type { ValidClassifyInput } from './classify-input.rules.js';
import {
  HTT_MIN_SCORE,
  HTXS_MIN_SCORE,
  HT_MIN_SCORE,
  KHT_NOT_DONE_PCT,
  LEVEL_LABELS,
  PARTY_HTXS_EXCEED_PCT_MIN,
  PARTY_HT_LATE_PCT_MAX,
  PARTY_KHT_LOW_CONFIDENCE_PCT,
  PARTY_KHT_SUBUNITS_KHT_PCT,
  PARTY_KHT_UNIT_DONE_PCT_MIN,
  type Level,
} from './review-constants.js';
import { formatHundredths, formatPercent, shareAbove, shareAtLeast, shareAtMost } from './review-numbers.rules.js';
import { DISQUALIFYING_CASE_LABELS, type ReviewRuleSet } from './rule-set.types.js';

/** Why a level was capped: the highest level still allowed, in Vietnamese, with the rule's source. */
export interface Reason {
  readonly code: string;
  /** The highest level this reason still allows. */
  readonly maxLevel: Level;
  readonly message: string;
  readonly source: string;
}

export const cap = (maxLevel: Level, code: string, message: string, source: string): Reason => ({
  code,
  maxLevel,
  message,
  source,
});

/** The level the score alone allows (integer hundredths: 8999 < 9000). */
export function scoreLevel(scoreH: number): Level {
  if (scoreH >= HTXS_MIN_SCORE * 100) return 'HTXS';
  if (scoreH >= HTT_MIN_SCORE * 100) return 'HTT';
  if (scoreH >= HT_MIN_SCORE * 100) return 'HT';
  return 'KHT';
}

export function scoreCaps(scoreH: number, source: string): Reason[] {
  const level = scoreLevel(scoreH);
  if (level === 'HTXS') return [];
  const next = level === 'HTT' ? HTXS_MIN_SCORE : level === 'HT' ? HTT_MIN_SCORE : HT_MIN_SCORE;
  const nextLevel: Level = level === 'HTT' ? 'HTXS' : level === 'HT' ? 'HTT' : 'HT';
  return [
    cap(
      level,
      'SCORE_BELOW_THRESHOLD',
      `Điểm ${formatHundredths(scoreH)} thấp hơn mức ${next} điểm của mức "${LEVEL_LABELS[nextLevel].vi}".`,
      source,
    ),
  ];
}

const pct = (count: number, total: number): string => `${count}/${total} = ${formatPercent(count, total)}`;

/**
 * QĐ 366 art. 11 task conditions on one set of counts (the subject's own, or a leader's unit):
 * HTXS 100% on time and ≥ 30% exceeded; HTT 100% on time; HT 100% done with ≤ 20% late.
 */
export function qd366TaskCaps(
  t: ValidClassifyInput['tasks'],
  who: 'own' | 'unit',
  group: ValidClassifyInput['group'],
  source: string,
): Reason[] {
  if (!t) return [];
  const out: Reason[] = [];
  const p = who === 'unit' ? 'UNIT_' : '';
  const of = who === 'unit' ? ' của đơn vị phụ trách' : '';
  const notDone = t.assigned - t.done;
  if ((who === 'unit' || group === 'collective') && !shareAtLeast(t.done, t.assigned, PARTY_KHT_UNIT_DONE_PCT_MIN)) {
    out.push(
      cap(
        'KHT',
        `${p}DONE_BELOW_70`,
        `Nhiệm vụ hoàn thành${of} ${pct(t.done, t.assigned)}, dưới ${PARTY_KHT_UNIT_DONE_PCT_MIN}% (QĐ 366 Điều 11.4).`,
        source,
      ),
    );
  } else if (who === 'own' && group !== 'collective' && shareAbove(notDone, t.assigned, KHT_NOT_DONE_PCT)) {
    out.push(
      cap(
        'KHT',
        'MAJORITY_NOT_DONE',
        `Nhiệm vụ chưa hoàn thành ${pct(notDone, t.assigned)}, trên ${KHT_NOT_DONE_PCT}% (QĐ 366 Điều 11.4).`,
        source,
      ),
    );
  } else if (t.done < t.assigned) {
    out.push(
      cap(
        'KHT',
        `${p}NOT_ALL_DONE`,
        `Chưa hoàn thành 100% nhiệm vụ${of} (${pct(t.done, t.assigned)}); mức "Hoàn thành nhiệm vụ" đòi hỏi hoàn thành 100%.`,
        source,
      ),
    );
  }
  if (!shareAtMost(t.late, t.assigned, PARTY_HT_LATE_PCT_MAX)) {
    out.push(
      cap(
        'KHT',
        `${p}LATE_ABOVE_20`,
        `Nhiệm vụ chậm tiến độ${of} ${pct(t.late, t.assigned)}, vượt mức ${PARTY_HT_LATE_PCT_MAX}%.`,
        source,
      ),
    );
  }
  if (t.onTime < t.assigned) {
    out.push(
      cap(
        'HT',
        `${p}NOT_ALL_ON_TIME`,
        `Chưa bảo đảm 100% nhiệm vụ${of} đúng tiến độ, chất lượng (${pct(t.onTime, t.assigned)}).`,
        source,
      ),
    );
  }
  if (!shareAtLeast(t.exceeded, t.assigned, PARTY_HTXS_EXCEED_PCT_MIN)) {
    out.push(
      cap(
        'HTT',
        `${p}EXCEEDED_BELOW_30`,
        `Nhiệm vụ vượt yêu cầu${of} ${pct(t.exceeded, t.assigned)}, chưa đạt ${PARTY_HTXS_EXCEED_PCT_MIN}% để xếp loại xuất sắc.`,
        source,
      ),
    );
  }
  return out;
}

/** QĐ 366 extra conditions besides the task counts (DOMAIN §1.2 table; corrections §3). */
export function qd366OtherCaps(input: ValidClassifyInput, source: string): Reason[] {
  const out: Reason[] = [];
  const sc = input.shortcomings;
  if (sc && sc.fixed < sc.found) {
    out.push(
      cap(
        'HTT',
        'SHORTCOMINGS_NOT_FIXED',
        `Mới khắc phục ${sc.fixed}/${sc.found} hạn chế, khuyết điểm đã chỉ ra; mức xuất sắc đòi hỏi khắc phục 100%.`,
        source,
      ),
    );
  }
  if (input.group === 'collective' && input.disciplinedSubUnitOrLeadershipMember) {
    out.push(
      cap(
        'HTT',
        'SUBUNIT_OR_LEADER_DISCIPLINED',
        'Có đơn vị trực thuộc hoặc thành viên tập thể lãnh đạo bị kỷ luật trong năm.',
        source,
      ),
    );
  }
  const levels = input.subUnitLevels;
  if (input.group === 'leader' && levels) {
    const total = Object.values(levels).reduce((a, b) => a + (b ?? 0), 0);
    const kht = levels.KHT ?? 0;
    if (shareAbove(kht, total, PARTY_KHT_SUBUNITS_KHT_PCT)) {
      out.push(
        cap(
          'KHT',
          'SUBUNITS_MAJORITY_KHT',
          `Đơn vị thuộc quyền phụ trách xếp loại KHT ${pct(kht, total)}, trên ${PARTY_KHT_SUBUNITS_KHT_PCT}%.`,
          source,
        ),
      );
    }
  }
  const cv = input.confidenceVote;
  if (input.group === 'leader' && cv && shareAbove(cv.low, cv.counted, PARTY_KHT_LOW_CONFIDENCE_PCT)) {
    out.push(
      cap(
        'KHT',
        'LOW_CONFIDENCE_OVER_HALF',
        `Lấy phiếu tín nhiệm trong năm: ${pct(cv.low, cv.counted)} phiếu "tín nhiệm thấp", trên ${PARTY_KHT_LOW_CONFIDENCE_PCT}%.`,
        source,
      ),
    );
  }
  return out;
}

/** The listed disqualifying cases: KHT whatever the score, unless the competent level weighed one (QĐ 366). */
export function caseCaps(input: ValidClassifyInput, ruleSet: ReviewRuleSet): Reason[] {
  return (input.cases ?? [])
    .filter((c) => !(ruleSet.weighingAllowed && c.weighedReason))
    .map((c) =>
      cap(
        'KHT',
        `CASE_${c.case.toUpperCase()}`,
        `Thuộc trường hợp không hoàn thành nhiệm vụ: ${DISQUALIFYING_CASE_LABELS[c.case]}.`,
        ruleSet.source,
      ),
    );
}

export interface CouplingSwitches {
  readonly headNotAboveCollective: boolean;
  readonly partyHtxsRequiresStateHtxs: boolean;
}

/** Coupling between ratings: a head not above their collective; party HTXS needs state HTXS. */
export function couplingCaps(input: ValidClassifyInput, ruleSet: ReviewRuleSet, switches: CouplingSwitches): Reason[] {
  const out: Reason[] = [];
  if (switches.headNotAboveCollective && input.group === 'leader' && input.collectiveLevel) {
    const l = input.collectiveLevel;
    out.push(
      cap(
        l,
        'HEAD_NOT_ABOVE_COLLECTIVE',
        `Người đứng đầu không được xếp loại cao hơn tập thể do mình lãnh đạo ("${LEVEL_LABELS[l].vi}").`,
        'Thực tiễn QĐ 124/HD 25 (cấu hình được)',
      ),
    );
  }
  if (switches.partyHtxsRequiresStateHtxs && ruleSet.regime === 'party' && input.stateLevel && input.stateLevel !== 'HTXS') {
    out.push(
      cap(
        'HTT',
        'STATE_LEVEL_NOT_HTXS',
        `Đảng viên là cán bộ, công chức, viên chức chỉ được xếp loại xuất sắc khi bên chính quyền cũng xếp loại xuất sắc (hiện: "${LEVEL_LABELS[input.stateLevel].vi}").`,
        'HD 21/2019, giữ theo HD 43',
      ),
    );
  }
  return out.filter((r) => r.maxLevel !== 'HTXS');
}
