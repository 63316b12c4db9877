import { cap, type Reason } from './classify-caps.rules.js';
import type { TaskCounts, ValidClassifyInput } from './classify-input.rules.js';
import {
  KHT_NOT_DONE_PCT,
  ND90_HTT_LEADER_ON_TIME_PCT_MIN,
  ND90_HTXS_EXCEED_PCT_MIN,
  ND90_HT_LATE_PCT_MAX,
  ND90_HT_LEADER_SUBUNITS_HT_PCT_MIN,
  ND90_HT_LEADER_UNIT_DONE_PCT,
  ND90_KHT_LEADER_UNIT_DONE_PCT_MIN,
  ND90_SUBUNITS_GOOD_PCT_MIN,
  type Level,
} from './review-constants.js';
import { formatHundredths, formatPercent, shareAbove, shareAtLeast, shareAtMost } from './review-numbers.rules.js';
import type { ReviewRuleSet } from './rule-set.types.js';

const pct = (count: number, total: number): string => `${count}/${total} = ${formatPercent(count, total)}`;

function individualCaps(t: TaskCounts, source: string): Reason[] {
  const out: Reason[] = [];
  const notDone = t.assigned - t.done;
  if (shareAbove(notDone, t.assigned, KHT_NOT_DONE_PCT)) {
    out.push(
      cap(
        'KHT',
        'MAJORITY_NOT_DONE',
        `Chỉ tiêu, nhiệm vụ chưa hoàn thành ${pct(notDone, t.assigned)}, trên ${KHT_NOT_DONE_PCT}%.`,
        source,
      ),
    );
  } else if (t.done < t.assigned) {
    out.push(cap('KHT', 'NOT_ALL_DONE', `Chưa hoàn thành các chỉ tiêu, nhiệm vụ (${pct(t.done, t.assigned)}).`, source));
  }
  if (!shareAtMost(t.late, t.assigned, ND90_HT_LATE_PCT_MAX)) {
    out.push(
      cap(
        'KHT',
        'LATE_ABOVE_20',
        `Chỉ tiêu, nhiệm vụ chưa bảo đảm tiến độ, chất lượng ${pct(t.late, t.assigned)}, vượt ${ND90_HT_LATE_PCT_MAX}%.`,
        source,
      ),
    );
  }
  if (t.onTime < t.assigned) {
    out.push(
      cap(
        'HT',
        'NOT_ALL_ON_TIME',
        `Chưa bảo đảm 100% nhiệm vụ đúng tiến độ, chất lượng, hiệu quả (${pct(t.onTime, t.assigned)}).`,
        source,
      ),
    );
  }
  if (!shareAtLeast(t.exceeded, t.assigned, ND90_HTXS_EXCEED_PCT_MIN)) {
    out.push(
      cap(
        'HTT',
        'EXCEEDED_BELOW_50',
        `Nhiệm vụ vượt mức ${pct(t.exceeded, t.assigned)}, chưa đạt ${ND90_HTXS_EXCEED_PCT_MIN}%.`,
        source,
      ),
    );
  }
  return out;
}

function leaderCaps(t: TaskCounts, levels: Partial<Record<Level, number>>, source: string): Reason[] {
  const out: Reason[] = [];
  const total = Object.values(levels).reduce((a, b) => a + (b ?? 0), 0);
  const atLeastHt = total - (levels.KHT ?? 0);
  const atLeastHtt = (levels.HTXS ?? 0) + (levels.HTT ?? 0);
  if (!shareAtLeast(t.done, t.assigned, ND90_KHT_LEADER_UNIT_DONE_PCT_MIN)) {
    out.push(
      cap(
        'KHT',
        'UNIT_DONE_BELOW_50',
        `Đơn vị phụ trách hoàn thành ${pct(t.done, t.assigned)} chỉ tiêu, dưới ${ND90_KHT_LEADER_UNIT_DONE_PCT_MIN}%.`,
        source,
      ),
    );
  } else if (!shareAbove(t.done, t.assigned, ND90_HT_LEADER_UNIT_DONE_PCT) && t.assigned > 0) {
    out.push(
      cap(
        'KHT',
        'UNIT_DONE_NOT_ABOVE_70',
        `Đơn vị phụ trách hoàn thành ${pct(t.done, t.assigned)} chỉ tiêu, chưa trên ${ND90_HT_LEADER_UNIT_DONE_PCT}%.`,
        source,
      ),
    );
  }
  if (!shareAtLeast(atLeastHt, total, ND90_HT_LEADER_SUBUNITS_HT_PCT_MIN)) {
    out.push(
      cap(
        'KHT',
        'SUBUNITS_HT_BELOW_70',
        `Đơn vị trực tiếp quản lý đạt từ "Hoàn thành nhiệm vụ" trở lên ${pct(atLeastHt, total)}, dưới ${ND90_HT_LEADER_SUBUNITS_HT_PCT_MIN}%.`,
        source,
      ),
    );
  }
  if (t.done < t.assigned)
    out.push(
      cap('HT', 'UNIT_NOT_ALL_DONE', `Đơn vị phụ trách chưa hoàn thành 100% chỉ tiêu (${pct(t.done, t.assigned)}).`, source),
    );
  if (!shareAtLeast(t.onTime, t.assigned, ND90_HTT_LEADER_ON_TIME_PCT_MIN)) {
    out.push(
      cap(
        'HT',
        'UNIT_ON_TIME_BELOW_80',
        `Chỉ tiêu đúng tiến độ, chất lượng ${pct(t.onTime, t.assigned)}, dưới ${ND90_HTT_LEADER_ON_TIME_PCT_MIN}%.`,
        source,
      ),
    );
  }
  if (atLeastHt < total)
    out.push(
      cap(
        'HT',
        'SUBUNITS_NOT_ALL_HT',
        `Còn đơn vị trực tiếp quản lý xếp loại "Không hoàn thành nhiệm vụ" (${pct(total - atLeastHt, total)}).`,
        source,
      ),
    );
  if (!shareAtLeast(atLeastHtt, total, ND90_SUBUNITS_GOOD_PCT_MIN)) {
    out.push(
      cap(
        'HT',
        'SUBUNITS_GOOD_BELOW_70',
        `Đơn vị trực tiếp quản lý đạt từ "Hoàn thành tốt" trở lên ${pct(atLeastHtt, total)}, dưới ${ND90_SUBUNITS_GOOD_PCT_MIN}%.`,
        source,
      ),
    );
  }
  if (!shareAtLeast(t.exceeded, t.assigned, ND90_HTXS_EXCEED_PCT_MIN)) {
    out.push(
      cap(
        'HTT',
        'UNIT_EXCEEDED_BELOW_50',
        `Chỉ tiêu vượt mức ${pct(t.exceeded, t.assigned)}, chưa đạt ${ND90_HTXS_EXCEED_PCT_MIN}%.`,
        source,
      ),
    );
  }
  return out;
}

/** ND 90/2020 (+ ND 48/2023) conditions; `null` when the person is not classified this year. */
export function nd90Caps(input: ValidClassifyInput, ruleSet: ReviewRuleSet): { notClassified: Reason | null; caps: Reason[] } {
  const source = ruleSet.source;
  const min = ruleSet.minMonthsWorked;
  if (
    min !== null &&
    input.group !== 'collective' &&
    !input.maternityLeave &&
    input.monthsWorkedH !== null &&
    input.monthsWorkedH < min * 100
  ) {
    return {
      notClassified: cap(
        'KHT',
        'WORKED_UNDER_6_MONTHS',
        `Thời gian công tác thực tế trong năm ${formatHundredths(input.monthsWorkedH)} tháng, dưới ${min} tháng: không xếp loại (vẫn viết bản kiểm điểm).`,
        `${source}, Điều 20`,
      ),
      caps: [],
    };
  }
  const caps: Reason[] = [];
  const leave = ruleSet.leaveCap;
  if (leave && input.leaveMonthsH >= leave.fromMonths * 100) {
    caps.push(
      cap(
        leave.maxLevel,
        'LEAVE_3_TO_6_MONTHS',
        `Nghỉ theo chế độ ${formatHundredths(input.leaveMonthsH)} tháng (từ ${leave.fromMonths} tháng): không được xếp loại từ "Hoàn thành tốt" trở lên.`,
        `${source}, Điều 20`,
      ),
    );
  }
  if (input.group === 'leader' && input.unitTasks && input.subUnitLevels)
    caps.push(...leaderCaps(input.unitTasks, input.subUnitLevels, source));
  else if (input.tasks) caps.push(...individualCaps(input.tasks, source));
  return { notClassified: null, caps };
}
