import { ApiError } from '../../../platform/web/api-client.js';
import type { Level } from '../review-constants.js';
import type { CommentsInput, SelfReviewInput } from '../review-steps.schemas.js';
import type { ReviewStatus } from '../reviews.schemas.js';

/**
 * Pure helpers of the review pages: the steps a review goes through, the self-review body from the form's
 * values, the total shown while typing (integer hundredths, as the server counts), and the conflict test.
 */
export const REVIEW_STEPS = ['selfReview', 'comments', 'opinion', 'proposal', 'decision', 'publication', 'petition'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

/** The ND 335 rule set whose year task score comes from the tracked months/quarters (server: self-review-periods.ts). */
export const ND335_RULE_SET_ID = 'civil-servant-nd335-2026';

/** The steps shown for a review: wide opinion only where the cycle collects it. */
export function stepsOf(opinionEnabled: boolean): readonly ReviewStep[] {
  return REVIEW_STEPS.filter((s) => s !== 'opinion' || opinionEnabled);
}

const STEP_OF_STATUS: Readonly<Record<ReviewStatus, ReviewStep>> = {
  pending: 'selfReview',
  self_reviewed: 'comments',
  commented: 'proposal',
  proposed: 'decision',
  decided: 'publication',
  published: 'petition',
};

/**
 * The index (in `stepsOf(opinionEnabled)`) of the step the review waits for. Once commented, a cycle with
 * wide opinion waits for enough answers before the proposal.
 */
export function currentStepIndex(
  status: ReviewStatus,
  opinion: { enabled: boolean; responses: number; minResponses: number },
): number {
  const steps = stepsOf(opinion.enabled);
  const waitsOpinion = status === 'commented' && opinion.enabled && opinion.responses < opinion.minResponses;
  return steps.indexOf(waitsOpinion ? 'opinion' : STEP_OF_STATUS[status]);
}

/** True when the ND 335 task score may come from the tracked periods (a person's year review). */
export function mayTrackPeriods(ruleSet: string, periodKind: string, personId: number | null): boolean {
  return ruleSet === ND335_RULE_SET_ID && periodKind === 'year' && personId !== null;
}

export interface CriterionView {
  readonly code: string;
  readonly group: 'common' | 'task';
  readonly maxPoints: number | null;
}

export interface TaskCountsValues {
  assigned?: number | null;
  done?: number | null;
  onTime?: number | null;
  exceeded?: number | null;
  late?: number | null;
}

/** What the self-review form holds (antd Form values). */
export interface SelfReviewValues {
  criteria?: Record<string, { score?: number | null; evidence?: string }>;
  tasks?: TaskCountsValues;
  monthsWorked?: number | null;
  leaveMonths?: number | null;
  narrative?: string;
  proposedLevel?: Level;
  /** ND 335: the task score comes from the tracked periods (task criteria not typed). */
  taskFromPeriods?: boolean;
}

const present = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** The criteria the form asks for: every criterion, less the task group when it comes from the periods. */
export function typedCriteria<C extends CriterionView>(criteria: readonly C[], taskFromPeriods: boolean): C[] {
  return criteria.filter((c) => !(taskFromPeriods && c.group === 'task'));
}

function taskCounts(v: TaskCountsValues | undefined): SelfReviewInput['tasks'] {
  if (!v || !present(v.assigned)) return undefined;
  const n = (x: number | null | undefined) => (present(x) ? x : 0);
  return { assigned: v.assigned, done: n(v.done), onTime: n(v.onTime), exceeded: n(v.exceeded), late: n(v.late) };
}

/**
 * The PUT body from the form: criteria in the catalogue's order (an empty score is sent as 0 on ND 90,
 * judged without points; left to the server otherwise so its message names the field), task counts only
 * when the assigned count is typed, and the version the page read.
 */
export function buildSelfReviewBody(
  values: SelfReviewValues,
  criteria: readonly CriterionView[],
  version: number,
): SelfReviewInput {
  const list = typedCriteria(criteria, values.taskFromPeriods === true).map((c) => {
    const v = values.criteria?.[c.code];
    const score = present(v?.score) ? v.score : c.maxPoints === null ? 0 : Number.NaN;
    return { code: c.code, score, evidence: (v?.evidence ?? '').trim() };
  });
  const tasks = taskCounts(values.tasks);
  return {
    version,
    criteria: list,
    ...(tasks ? { tasks } : {}),
    ...(present(values.monthsWorked) ? { monthsWorked: values.monthsWorked } : {}),
    ...(present(values.leaveMonths) ? { leaveMonths: values.leaveMonths } : {}),
    narrative: (values.narrative ?? '').trim(),
    proposedLevel: values.proposedLevel ?? 'HT',
  };
}

/** The form's values from the stored self-review (the page re-opens what was saved). */
export function selfReviewValues(stored: Record<string, unknown> | null): SelfReviewValues {
  if (!stored) return {};
  const list = Array.isArray(stored.criteria) ? (stored.criteria as { code: string; score: number; evidence: string }[]) : [];
  return {
    criteria: Object.fromEntries(list.map((c) => [c.code, { score: c.score, evidence: c.evidence }])),
    ...(stored.tasks ? { tasks: stored.tasks as TaskCountsValues } : {}),
    ...(typeof stored.monthsWorked === 'number' ? { monthsWorked: stored.monthsWorked } : {}),
    ...(typeof stored.leaveMonths === 'number' ? { leaveMonths: stored.leaveMonths } : {}),
    narrative: typeof stored.narrative === 'string' ? stored.narrative : '',
    ...(typeof stored.proposedLevel === 'string' ? { proposedLevel: stored.proposedLevel as Level } : {}),
    taskFromPeriods: typeof stored.taskScoreFromPeriods === 'number',
  };
}

/** Hundredths of a typed score, or null when it is not a number with at most 2 decimals. */
export function hundredthsOf(score: number): number | null {
  const h = Math.round(score * 100);
  return Math.abs(h - score * 100) < 1e-6 ? h : null;
}

/** `91.25` → `91,25` (vi) or `91.25` (en): always two decimals, no rounding of typed values. */
export function formatHundredths(h: number, locale: 'vi' | 'en'): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  const text = `${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return sign + (locale === 'vi' ? text.replace('.', ',') : text);
}

/**
 * The total the form shows while typing, in hundredths: the typed criteria plus, on ND 335, the task score
 * from the periods. Null when the rule set judges without points or a typed score is not valid.
 */
export function typedTotal(
  values: SelfReviewValues,
  criteria: readonly CriterionView[],
  fromPeriods: number | null,
): number | null {
  if (!criteria.some((c) => c.maxPoints !== null)) return null;
  const taskFromPeriods = values.taskFromPeriods === true;
  let total = taskFromPeriods && fromPeriods !== null ? Math.round(fromPeriods * 100) : 0;
  for (const c of typedCriteria(criteria, taskFromPeriods)) {
    const s = values.criteria?.[c.code]?.score;
    if (!present(s)) continue;
    const h = hundredthsOf(s);
    if (h === null) return null;
    total += h;
  }
  return total;
}

/** What the comments form holds; the date picker's value is turned into ISO by the caller. */
export interface CommentsValues {
  meetingDate: string;
  attendees: number;
  minutes?: string;
  agreeCounts?: Partial<Record<Level, number | null>>;
}

export function buildCommentsBody(v: CommentsValues, version: number): CommentsInput {
  const counts = Object.entries(v.agreeCounts ?? {}).filter((e): e is [Level, number] => present(e[1]));
  return {
    version,
    meetingDate: v.meetingDate,
    attendees: v.attendees,
    minutes: (v.minutes ?? '').trim(),
    agreeCounts: Object.fromEntries(counts),
  };
}

/** A write refused because someone else saved the review first (409 VERSION_CONFLICT). */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'VERSION_CONFLICT';
}

/** The statuses each step before the decision may be taken (or re-saved) in, and its deadline (server: STEP_RULES). */
const STEP_WINDOWS = {
  selfReview: { statuses: ['pending', 'self_reviewed'], due: 'selfReviewDue' },
  comments: { statuses: ['self_reviewed', 'commented'], due: 'commentsDue' },
  proposal: { statuses: ['commented', 'proposed'], due: 'decisionDue' },
} as const;

export type EditableStep = keyof typeof STEP_WINDOWS;

/**
 * Why a manager cannot take a step the review is at: the cycle is closed, or the step's deadline (ISO) has
 * passed and needs an extension. Null when the step is open or not the review's step.
 */
export function stepClosedReason(
  step: EditableStep,
  status: ReviewStatus,
  cycle: { status: string; selfReviewDue: string; commentsDue: string; decisionDue: string },
  today: string,
): 'closed' | 'late' | null {
  const w = STEP_WINDOWS[step];
  if (!(w.statuses as readonly ReviewStatus[]).includes(status)) return null;
  if (cycle.status !== 'open') return 'closed';
  return today > cycle[w.due] ? 'late' : null;
}
