import { PARTY_QD96, type ConfidenceRuleSet } from './vote-constants.js';

/**
 * Who is not voted on (QĐ 96-QĐ/TW; NQ 96/2023/QH15; DOMAIN §2.1–2.2): people appointed, elected or
 * approved to the post in the year of the vote, and people announced for retirement (told to stop work
 * and wait for retirement). Dates are local ISO dates (`YYYY-MM-DD`, Asia/Ho_Chi_Minh, ADR 003).
 */
export type PostStartKind = 'appointed' | 'elected' | 'approved';

export interface SubjectPost {
  /** The day the person took the post voted on. */
  readonly startedOn: string;
  readonly startKind: PostStartKind;
  /** The day retirement was announced (thông báo nghỉ hưu / nghỉ công tác chờ nghỉ hưu), if any. */
  readonly retirementAnnouncedOn?: string | null;
}

export type ExclusionCode = 'STARTED_IN_VOTE_YEAR' | 'NOT_YET_IN_POST' | 'RETIREMENT_ANNOUNCED';

export interface Exclusion {
  readonly code: ExclusionCode;
  readonly reason: string;
}

export type SubjectEligibility =
  { readonly eligible: true } | { readonly eligible: false; readonly exclusions: readonly [Exclusion, ...Exclusion[]] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(value: string, field: string): { year: number; text: string } {
  const match = ISO_DATE.exec(value);
  const [, y, m, d] = match ?? [];
  const date = new Date(`${value}T00:00:00Z`);
  if (!y || !m || !d || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`${field} is not an ISO date (YYYY-MM-DD): ${value}`);
  }
  return { year: Number(y), text: value };
}

/** dd/mm/yyyy, as dates are shown in the UI (DOMAIN §7.3). */
function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const START_VERB: Readonly<Record<PostStartKind, string>> = {
  appointed: 'bổ nhiệm',
  elected: 'bầu',
  approved: 'phê chuẩn',
};

export function checkSubjectEligibility(
  post: SubjectPost,
  voteDate: string,
  ruleSet: ConfidenceRuleSet = PARTY_QD96,
): SubjectEligibility {
  const vote = parseIsoDate(voteDate, 'voteDate');
  const started = parseIsoDate(post.startedOn, 'startedOn');
  const exclusions: Exclusion[] = [];
  const verb = START_VERB[post.startKind];

  if (started.text > vote.text) {
    exclusions.push({
      code: 'NOT_YET_IN_POST',
      reason: `Được ${verb} ngày ${viDate(started.text)}, sau ngày lấy phiếu ${viDate(vote.text)}.`,
    });
  } else if (ruleSet.excludeStartedInVoteYear && started.year === vote.year) {
    exclusions.push({
      code: 'STARTED_IN_VOTE_YEAR',
      reason: `Được ${verb} ngày ${viDate(started.text)}, trong năm lấy phiếu ${vote.year}: không lấy phiếu tín nhiệm.`,
    });
  }

  const retirement = post.retirementAnnouncedOn ? parseIsoDate(post.retirementAnnouncedOn, 'retirementAnnouncedOn') : null;
  if (ruleSet.excludeRetirementAnnounced && retirement && retirement.text <= vote.text) {
    exclusions.push({
      code: 'RETIREMENT_ANNOUNCED',
      reason: `Đã có thông báo nghỉ hưu ngày ${viDate(retirement.text)}: không lấy phiếu tín nhiệm.`,
    });
  }

  const [first, ...rest] = exclusions;
  return first ? { eligible: false, exclusions: [first, ...rest] } : { eligible: true };
}
