import { CONF_QUORUM } from './vote-constants.js';

/**
 * Quorum of a confidence-vote meeting (QĐ 96-QĐ/TW, DOMAIN §2.1): voting opens only when at least 2/3
 * of those summoned are present — `present × 3 ≥ summoned × 2`, in integers.
 */
export interface Attendance {
  readonly summoned: number;
  readonly present: number;
}

export type QuorumCheck =
  | { readonly ok: true; readonly minimumPresent: number }
  | {
      readonly ok: false;
      readonly code: 'NO_ONE_SUMMONED' | 'INVALID_COUNT' | 'MORE_PRESENT_THAN_SUMMONED' | 'QUORUM_NOT_REACHED';
      readonly minimumPresent: number;
      readonly reason: string;
    };

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/** The fewest members who must be present: ⌈summoned × 2/3⌉. */
export function minimumPresent(summoned: number): number {
  const { numerator, denominator } = CONF_QUORUM;
  // Integer ceiling: ⌈a / b⌉ = ⌊(a + b − 1) / b⌋ for a ≥ 0.
  return Math.floor((summoned * numerator + denominator - 1) / denominator);
}

export function checkQuorum({ summoned, present }: Attendance): QuorumCheck {
  if (!isCount(summoned) || !isCount(present)) {
    return {
      ok: false,
      code: 'INVALID_COUNT',
      minimumPresent: 0,
      reason: 'Số người được triệu tập và số người có mặt phải là số nguyên không âm.',
    };
  }
  const needed = minimumPresent(summoned);
  if (summoned === 0) {
    return { ok: false, code: 'NO_ONE_SUMMONED', minimumPresent: needed, reason: 'Chưa có ai được triệu tập dự hội nghị.' };
  }
  if (present > summoned) {
    return {
      ok: false,
      code: 'MORE_PRESENT_THAN_SUMMONED',
      minimumPresent: needed,
      reason: `Số người có mặt (${present}) không thể lớn hơn số người được triệu tập (${summoned}).`,
    };
  }
  if (present * CONF_QUORUM.denominator < summoned * CONF_QUORUM.numerator) {
    return {
      ok: false,
      code: 'QUORUM_NOT_REACHED',
      minimumPresent: needed,
      reason: `Chưa đủ số lượng: có mặt ${present}/${summoned}, cần ít nhất ${needed} người (2/3 số được triệu tập).`,
    };
  }
  return { ok: true, minimumPresent: needed };
}

export function isQuorumReached(attendance: Attendance): boolean {
  return checkQuorum(attendance).ok;
}
