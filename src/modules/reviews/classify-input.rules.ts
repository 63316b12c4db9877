import { LEVELS, SCORE_MAX, isCollective, type Level, type SubjectKind } from './review-constants.js';
import { isCount, problem, toHundredths, type ReviewProblem } from './review-numbers.rules.js';
import { DISQUALIFYING_CASES, type DisqualifyingCase, type ReviewRuleSet } from './rule-set.types.js';

/** Task counts for the period: assigned, done, done on time with quality, exceeded, done late. */
export interface TaskCounts {
  readonly assigned: number;
  readonly done: number;
  readonly onTime: number;
  readonly exceeded: number;
  readonly late: number;
}

export interface CaseRecord {
  readonly case: DisqualifyingCase;
  /** QĐ 366 art. 11.4: the competent level weighed the case (found and fixed by the person) — the reason. */
  readonly weighedReason?: string;
}

export interface ClassifyInput {
  readonly subjectKind: SubjectKind;
  /** Holds a leadership or management post (form 2A). */
  readonly holdsPost?: boolean;
  /** Total score 0–100, at most 2 decimals (points rule sets). */
  readonly score?: number | string | null;
  /** The subject's own tasks (a collective's: the collective's). */
  readonly tasks?: TaskCounts;
  /** Leaders: the tasks or targets of the unit they lead. */
  readonly unitTasks?: TaskCounts;
  /** Leaders: the levels of the units they directly manage. */
  readonly subUnitLevels?: Partial<Record<Level, number>>;
  /** QĐ 366 HTXS: shortcomings found earlier and fixed. */
  readonly shortcomings?: { readonly found: number; readonly fixed: number };
  readonly cases?: readonly CaseRecord[];
  /** QĐ 366 collective HTXS: a directly subordinate unit or a leadership member was disciplined. */
  readonly disciplinedSubUnitOrLeadershipMember?: boolean;
  /** Leaders: a confidence vote held in the year — low votes and the count they are a share of. */
  readonly confidenceVote?: { readonly low: number; readonly counted: number };
  /** ND 90: months worked and months of lawful leave (not maternity) in the year, ≤ 2 decimals. */
  readonly monthsWorked?: number | string;
  readonly leaveMonths?: number | string;
  readonly maternityLeave?: boolean;
  /** A head: the level already decided for the collective they lead (head not above the collective). */
  readonly collectiveLevel?: Level;
  /** Party rating of a cadre/civil servant/public employee: the state level of the same year. */
  readonly stateLevel?: Level;
}

/** The input after validation: every number exact (scores and months in hundredths). */
export interface ValidClassifyInput extends Omit<ClassifyInput, 'score' | 'monthsWorked' | 'leaveMonths'> {
  readonly scoreH: number | null;
  readonly monthsWorkedH: number | null;
  readonly leaveMonthsH: number;
  readonly group: 'collective' | 'leader' | 'individual';
}

const MONTHS_IN_YEAR = 12;

function checkTasks(t: TaskCounts | undefined, field: string, out: ReviewProblem[]): void {
  if (t === undefined) return;
  const keys = ['assigned', 'done', 'onTime', 'exceeded', 'late'] as const;
  for (const k of keys) {
    if (!isCount(t[k])) out.push(problem('NOT_A_COUNT', `${field}.${k}`, `Trường "${field}.${k}" phải là số nguyên không âm.`));
  }
  if (!keys.every((k) => isCount(t[k]))) return;
  if (t.done > t.assigned)
    out.push(
      problem('INCONSISTENT_COUNTS', `${field}.done`, `Số nhiệm vụ hoàn thành (${t.done}) vượt số được giao (${t.assigned}).`),
    );
  if (t.onTime + t.late > t.done) {
    out.push(
      problem(
        'INCONSISTENT_COUNTS',
        `${field}.onTime`,
        `Số đúng hạn (${t.onTime}) cộng số chậm (${t.late}) vượt số hoàn thành (${t.done}).`,
      ),
    );
  }
  if (t.exceeded > t.done)
    out.push(
      problem('INCONSISTENT_COUNTS', `${field}.exceeded`, `Số vượt yêu cầu (${t.exceeded}) vượt số hoàn thành (${t.done}).`),
    );
}

const need = (field: string, what: string): ReviewProblem => problem('REQUIRED', field, `Thiếu ${what} (trường "${field}").`);

/** Validates a classification input against the rule set; problems name the field. */
export function validateClassifyInput(
  input: ClassifyInput,
  ruleSet: ReviewRuleSet,
): { ok: true; value: ValidClassifyInput } | { ok: false; problems: ReviewProblem[] } {
  const out: ReviewProblem[] = [];
  const group = isCollective(input.subjectKind) ? 'collective' : input.holdsPost ? 'leader' : 'individual';
  let scoreH: number | null = null;
  if (ruleSet.usesPoints) {
    if (input.score === undefined || input.score === null) out.push(need('score', 'điểm đánh giá'));
    else {
      const s = toHundredths(input.score, 'score', { min: 0, max: SCORE_MAX });
      if (s.ok) scoreH = s.value;
      else out.push(s.problem);
    }
  }
  checkTasks(input.tasks, 'tasks', out);
  checkTasks(input.unitTasks, 'unitTasks', out);
  if (ruleSet.family !== 'nd335') {
    if (group !== 'leader' && !input.tasks) out.push(need('tasks', 'kết quả thực hiện nhiệm vụ'));
    if (group === 'leader' && !input.unitTasks) out.push(need('unitTasks', 'kết quả nhiệm vụ của đơn vị phụ trách'));
    if (ruleSet.family === 'nd90' && group === 'leader' && !input.subUnitLevels) {
      out.push(need('subUnitLevels', 'xếp loại các đơn vị trực tiếp quản lý'));
    }
  }
  for (const level of Object.keys(input.subUnitLevels ?? {})) {
    const n = input.subUnitLevels?.[level as Level];
    if (!LEVELS.includes(level as Level) || !isCount(n)) {
      out.push(
        problem(
          'NOT_A_COUNT',
          `subUnitLevels.${level}`,
          `Trường "subUnitLevels.${level}" phải là số nguyên không âm theo mức xếp loại.`,
        ),
      );
    }
  }
  const sc = input.shortcomings;
  if (sc && (!isCount(sc.found) || !isCount(sc.fixed) || sc.fixed > sc.found)) {
    out.push(
      problem(
        'INCONSISTENT_COUNTS',
        'shortcomings',
        'Số hạn chế đã khắc phục phải là số nguyên không âm, không vượt số hạn chế.',
      ),
    );
  }
  const cv = input.confidenceVote;
  if (cv && (!isCount(cv.low) || !isCount(cv.counted) || cv.low > cv.counted)) {
    out.push(
      problem(
        'INCONSISTENT_COUNTS',
        'confidenceVote',
        'Số phiếu tín nhiệm thấp phải là số nguyên không âm, không vượt tổng số phiếu.',
      ),
    );
  }
  const allowed = ruleSet.disqualifiers[group];
  (input.cases ?? []).forEach((c, i) => {
    if (!DISQUALIFYING_CASES.includes(c.case) || !allowed.includes(c.case)) {
      out.push(
        problem(
          'NOT_ALLOWED',
          `cases[${i}].case`,
          `Trường hợp "${String(c.case)}" không thuộc danh mục của ${ruleSet.source} cho đối tượng này.`,
        ),
      );
    }
    if (c.weighedReason !== undefined) {
      if (!ruleSet.weighingAllowed) {
        out.push(
          problem(
            'NOT_ALLOWED',
            `cases[${i}].weighedReason`,
            `${ruleSet.source} không cho phép xem xét miễn trừ trường hợp này.`,
          ),
        );
      } else if (c.weighedReason.trim() === '') {
        out.push(need(`cases[${i}].weighedReason`, 'lý do cấp có thẩm quyền xem xét'));
      }
    }
  });
  let monthsWorkedH: number | null = null;
  let leaveMonthsH = 0;
  if (input.monthsWorked !== undefined) {
    const m = toHundredths(input.monthsWorked, 'monthsWorked', { min: 0, max: MONTHS_IN_YEAR });
    if (m.ok) monthsWorkedH = m.value;
    else out.push(m.problem);
  }
  if (input.leaveMonths !== undefined) {
    const m = toHundredths(input.leaveMonths, 'leaveMonths', { min: 0, max: MONTHS_IN_YEAR });
    if (m.ok) leaveMonthsH = m.value;
    else out.push(m.problem);
  }
  if (ruleSet.minMonthsWorked !== null && input.monthsWorked === undefined && group !== 'collective') {
    out.push(need('monthsWorked', 'số tháng công tác thực tế trong năm'));
  }
  for (const f of ['collectiveLevel', 'stateLevel'] as const) {
    const v = input[f];
    if (v !== undefined && !LEVELS.includes(v))
      out.push(problem('INVALID_VALUE', f, `Trường "${f}" phải là một trong ${LEVELS.join(', ')}.`));
  }
  if (out.length > 0) return { ok: false, problems: out };
  const { score: _s, monthsWorked: _m, leaveMonths: _l, ...rest } = input;
  return { ok: true, value: { ...rest, scoreH, monthsWorkedH, leaveMonthsH, group } };
}
