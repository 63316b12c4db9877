import {
  HTXS_QUOTA_PCT_OF_HTT,
  LEVEL_LABELS,
  LEVELS,
  PARTY_HTXS_REQUIRES_STATE_HTXS,
  HEAD_NOT_ABOVE_COLLECTIVE,
  isAbove,
  type Level,
} from './review-constants.js';
import { formatPercent } from './review-numbers.rules.js';
import type { ReviewRuleSet } from './rule-set.types.js';

/**
 * Decision-time rules over a group of similar duties (corrections §2; DOMAIN §1.2 coupling; issue 4
 * §5): HTXS ≤ 20% of the count rated **HTT alone** (`htxs × 100 ≤ 20 × htt`), up to the exception
 * ceiling only with a recorded decision of the competent level; a head not above their collective
 * (configurable, on); party HTXS needs state HTXS; the state HTXS share not above the party HTXS share
 * (ND 48/2023). Integers only; checked after every decision so no accepted sequence ends above quota.
 */

/** The recorded decision of the competent level allowing a higher HTXS share (QĐ 366 art. 11). */
export interface QuotaException {
  readonly decisionNumber: string;
  /** The share allowed, in whole percent: > 20, ≤ the rule set's ceiling (25%; no cap under ND 90/48). */
  readonly pct: number;
}

export interface GroupState {
  readonly ruleSet: ReviewRuleSet;
  /** Levels already decided in the group (similar duties, same agency). */
  readonly counts: Readonly<Record<Level, number>>;
  readonly exception?: QuotaException | null;
  /** State side (ND 48): the party-member HTXS share of the same unit, when known. */
  readonly partyHtxsShare?: { readonly htxs: number; readonly rated: number } | null;
  readonly headNotAboveCollective?: boolean;
  readonly partyHtxsRequiresStateHtxs?: boolean;
}

export interface ProposedDecision {
  readonly level: Level;
  /** Re-rating: the level this decision replaces in the group's counts. */
  readonly previousLevel?: Level | null;
  /** A head: the collective's level, or 'pending' while the collective is not yet rated (collectives first). */
  readonly collectiveLevel?: Level | 'pending';
  /** Party rating of a cadre/civil servant/public employee: their state level, or 'pending' (state first). */
  readonly stateLevel?: Level | 'pending';
}

export type QuotaRuleCode =
  | 'QUOTA_EXCEEDED'
  | 'EXCEPTION_INVALID'
  | 'HEAD_ABOVE_COLLECTIVE'
  | 'COLLECTIVE_NOT_RATED'
  | 'PARTY_HTXS_WITHOUT_STATE_HTXS'
  | 'STATE_NOT_RATED'
  | 'STATE_SHARE_ABOVE_PARTY_SHARE';

export type DecisionCheck =
  | { readonly ok: true; readonly counts: Readonly<Record<Level, number>> }
  | { readonly ok: false; readonly code: QuotaRuleCode; readonly message: string; readonly source: string };

const refuse = (code: QuotaRuleCode, message: string, source: string): DecisionCheck => ({ ok: false, code, message, source });

/** The quota in force: 20%, or the exception's share when it is valid for the rule set. */
export function quotaPct(
  ruleSet: ReviewRuleSet,
  exception: QuotaException | null | undefined,
): { pct: number; problem: string | null } {
  const base = ruleSet.quota.htxsPctOfHtt;
  if (!exception) return { pct: base, problem: null };
  const max = ruleSet.quota.exceptionMaxPct;
  if (exception.decisionNumber.trim() === '')
    return { pct: base, problem: 'Ngoại lệ tỷ lệ HTXS phải có số quyết định của cấp có thẩm quyền.' };
  if (!Number.isInteger(exception.pct) || exception.pct <= base || exception.pct > (max ?? 100)) {
    return {
      pct: base,
      problem: `Tỷ lệ ngoại lệ ${exception.pct}% không hợp lệ: phải trên ${base}% và không quá ${max ?? 100}% (${ruleSet.source}).`,
    };
  }
  return { pct: exception.pct, problem: null };
}

/** `htxs ≤ pct % of htt`, in integers. */
export const withinQuota = (htxs: number, htt: number, pct: number): boolean => htxs * 100 <= pct * htt;

export function applyDecision(counts: Readonly<Record<Level, number>>, d: ProposedDecision): Record<Level, number> {
  const next = { ...counts };
  if (d.previousLevel) next[d.previousLevel] = Math.max(0, next[d.previousLevel] - 1);
  next[d.level] += 1;
  return next;
}

export function checkDecision(state: GroupState, d: ProposedDecision): DecisionCheck {
  const { ruleSet } = state;
  const src = ruleSet.source;
  if (d.collectiveLevel !== undefined && (state.headNotAboveCollective ?? HEAD_NOT_ABOVE_COLLECTIVE)) {
    if (d.collectiveLevel === 'pending') {
      return refuse(
        'COLLECTIVE_NOT_RATED',
        'Chưa xếp loại tập thể: kiểm điểm, xếp loại tập thể trước, cá nhân người đứng đầu sau.',
        'QĐ 366-QĐ/TW, Điều 7',
      );
    }
    if (isAbove(d.level, d.collectiveLevel)) {
      return refuse(
        'HEAD_ABOVE_COLLECTIVE',
        `Người đứng đầu không được xếp loại "${LEVEL_LABELS[d.level].vi}" cao hơn tập thể do mình lãnh đạo ("${LEVEL_LABELS[d.collectiveLevel].vi}").`,
        'Thực tiễn QĐ 124/HD 25 (cấu hình được)',
      );
    }
  }
  if (
    ruleSet.regime === 'party' &&
    d.level === 'HTXS' &&
    d.stateLevel !== undefined &&
    (state.partyHtxsRequiresStateHtxs ?? PARTY_HTXS_REQUIRES_STATE_HTXS)
  ) {
    if (d.stateLevel === 'pending') {
      return refuse(
        'STATE_NOT_RATED',
        'Chưa có kết quả xếp loại bên chính quyền: xếp loại cán bộ, công chức, viên chức trước, đảng viên sau.',
        'NĐ 90/2020 Điều 20; NĐ 335/2025 Điều 21',
      );
    }
    if (d.stateLevel !== 'HTXS') {
      return refuse(
        'PARTY_HTXS_WITHOUT_STATE_HTXS',
        `Đảng viên chỉ được xếp loại "Hoàn thành xuất sắc nhiệm vụ" khi bên chính quyền cũng xếp loại xuất sắc (hiện: "${LEVEL_LABELS[d.stateLevel].vi}").`,
        'HD 21/2019, giữ theo HD 43',
      );
    }
  }
  const q = quotaPct(ruleSet, state.exception);
  if (q.problem) return refuse('EXCEPTION_INVALID', q.problem, src);
  const next = applyDecision(state.counts, d);
  if (!withinQuota(next.HTXS, next.HTT, q.pct)) {
    const rule = state.exception
      ? `${q.pct}% (ngoại lệ theo quyết định ${state.exception.decisionNumber})`
      : `${HTXS_QUOTA_PCT_OF_HTT}%`;
    return refuse(
      'QUOTA_EXCEEDED',
      `Tỷ lệ HTXS ${next.HTXS}/${next.HTT} = ${formatPercent(next.HTXS, next.HTT)} vượt mức ${rule} số được xếp loại "Hoàn thành tốt nhiệm vụ" trong nhóm (${src}).`,
      src,
    );
  }
  const party = state.partyHtxsShare;
  if (ruleSet.regime === 'state' && ruleSet.quota.stateShareNotAbovePartyShare && party && party.rated > 0) {
    const rated = LEVELS.reduce((s, l) => s + next[l], 0);
    if (next.HTXS * party.rated > party.htxs * rated) {
      return refuse(
        'STATE_SHARE_ABOVE_PARTY_SHARE',
        `Tỷ lệ HTXS bên chính quyền ${next.HTXS}/${rated} = ${formatPercent(next.HTXS, rated)} vượt tỷ lệ đảng viên HTXS ${party.htxs}/${party.rated} = ${formatPercent(party.htxs, party.rated)} (NĐ 48/2023/NĐ-CP).`,
        'NĐ 48/2023/NĐ-CP',
      );
    }
  }
  return { ok: true, counts: next };
}
