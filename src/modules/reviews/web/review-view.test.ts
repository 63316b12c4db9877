import { describe, expect, it } from 'vitest';
import { criteriaFor } from '../criteria-catalogue.js';
import { SelfReviewInputSchema } from '../review-steps.schemas.js';
import { ApiError } from '../../../platform/web/api-client.js';
import {
  buildCommentsBody,
  buildSelfReviewBody,
  currentStepIndex,
  formatHundredths,
  hundredthsOf,
  isVersionConflict,
  mayTrackPeriods,
  selfReviewValues,
  stepClosedReason,
  stepsOf,
  typedTotal,
} from './review-view.js';

const party2B = criteriaFor('2B', 'qd366');
const nd335 = criteriaFor('2B', 'nd335');
const nd90 = criteriaFor('2B', 'nd90');
const noOpinion = { enabled: false, responses: 0, minResponses: 3 };

describe('steps', () => {
  it('lists wide opinion only where the cycle collects it', () => {
    expect(stepsOf(false)).toEqual(['selfReview', 'comments', 'proposal', 'decision', 'publication', 'petition']);
    expect(stepsOf(true)).toContain('opinion');
  });

  it.each([
    ['pending', 'selfReview'],
    ['self_reviewed', 'comments'],
    ['commented', 'proposal'],
    ['proposed', 'decision'],
    ['decided', 'publication'],
    ['published', 'petition'],
  ] as const)('a %s review waits for %s', (status, step) => {
    expect(stepsOf(false)[currentStepIndex(status, noOpinion)]).toBe(step);
  });

  it('a commented review waits for wide opinion until enough answers are in (2 < 3), then for the proposal', () => {
    const steps = stepsOf(true);
    expect(steps[currentStepIndex('commented', { enabled: true, responses: 2, minResponses: 3 })]).toBe('opinion');
    expect(steps[currentStepIndex('commented', { enabled: true, responses: 3, minResponses: 3 })]).toBe('proposal');
  });
});

describe('buildSelfReviewBody', () => {
  const values = {
    criteria: {
      political_ethics: { score: 9.5, evidence: ' Nghị quyết chi bộ ' },
      innovation: { score: 9, evidence: 'Đề án' },
      self_criticism: { score: 10, evidence: 'Biên bản' },
      task_results: { score: 63.75, evidence: 'Báo cáo' },
    },
    tasks: { assigned: 10, done: 10, onTime: 10, exceeded: 3, late: null },
    narrative: ' Ưu điểm … ',
    proposedLevel: 'HTXS' as const,
  };

  it('sends every criterion in the catalogue order, trimmed, with the version read; the schema accepts it', () => {
    const body = buildSelfReviewBody(values, party2B, 7);
    expect(body.version).toBe(7);
    expect(body.criteria.map((c) => c.code)).toEqual(party2B.map((c) => c.code));
    expect(body.criteria[0]).toEqual({ code: 'political_ethics', score: 9.5, evidence: 'Nghị quyết chi bộ' });
    expect(body.tasks).toEqual({ assigned: 10, done: 10, onTime: 10, exceeded: 3, late: 0 });
    expect(body.narrative).toBe('Ưu điểm …');
    expect(SelfReviewInputSchema.safeParse(body).success).toBe(true);
  });

  it('leaves the task criteria out when they come from the tracked periods (ND 335)', () => {
    const body = buildSelfReviewBody({ ...values, taskFromPeriods: true }, nd335, 1);
    expect(body.criteria.some((c) => c.code === 'task_results')).toBe(false);
  });

  it('sends 0 for criteria judged without points (ND 90) and no task counts when none is typed', () => {
    const body = buildSelfReviewBody({ narrative: 'x', proposedLevel: 'HT' }, nd90, 2);
    expect(body.criteria.every((c) => c.score === 0)).toBe(true);
    expect(body.tasks).toBeUndefined();
  });

  it('round-trips the stored self-review into the form values', () => {
    const body = buildSelfReviewBody(values, party2B, 3);
    const { version: _v, ...stored } = body;
    const back = selfReviewValues({ ...stored, score: 92.25 });
    expect(buildSelfReviewBody(back, party2B, 3)).toEqual(body);
  });
});

describe('totals', () => {
  it('adds typed scores in hundredths, no float drift (0.1 + 0.2 style)', () => {
    const v = { criteria: { political_ethics: { score: 0.1 }, innovation: { score: 0.2 }, task_results: { score: 69.99 } } };
    expect(typedTotal(v, party2B, null)).toBe(7029);
    expect(formatHundredths(7029, 'vi')).toBe('70,29');
    expect(formatHundredths(9000, 'en')).toBe('90.00');
  });

  it('adds the task score from the periods and ignores a typed task score then', () => {
    const v = { taskFromPeriods: true, criteria: { innovation: { score: 10 }, task_results: { score: 70 } } };
    expect(typedTotal(v, nd335, 61.25)).toBe(7125);
  });

  it('is null when the rule set judges without points or a score has more than 2 decimals', () => {
    expect(typedTotal({}, nd90, null)).toBeNull();
    expect(typedTotal({ criteria: { innovation: { score: 9.999 } } }, party2B, null)).toBeNull();
    expect(hundredthsOf(89.99)).toBe(8999);
    expect(hundredthsOf(89.999)).toBeNull();
  });
});

describe('helpers', () => {
  it('tracks periods only for an ND 335 person on a year cycle', () => {
    expect(mayTrackPeriods('civil-servant-nd335-2026', 'year', 5)).toBe(true);
    expect(mayTrackPeriods('civil-servant-nd335-2026', 'quarter', 5)).toBe(false);
    expect(mayTrackPeriods('civil-servant-nd335-2026', 'year', null)).toBe(false);
    expect(mayTrackPeriods('party-qd366-2025', 'year', 5)).toBe(false);
  });

  it('keeps only the typed agree counts in the comments body', () => {
    const body = buildCommentsBody(
      { meetingDate: '2026-12-01', attendees: 9, minutes: ' m ', agreeCounts: { HTT: 8, HT: null } },
      4,
    );
    expect(body).toEqual({ version: 4, meetingDate: '2026-12-01', attendees: 9, minutes: 'm', agreeCounts: { HTT: 8 } });
  });

  it('recognises a stale version refusal', () => {
    expect(isVersionConflict(new ApiError(409, 'VERSION_CONFLICT', 'x', []))).toBe(true);
    expect(isVersionConflict(new ApiError(409, 'REVIEW_LOCKED', 'x', []))).toBe(false);
    expect(isVersionConflict(new Error('x'))).toBe(false);
  });
});

describe('stepClosedReason', () => {
  const cycle = { status: 'open', selfReviewDue: '2026-12-05', commentsDue: '2026-12-10', decisionDue: '2026-12-15' };

  it('is late only after the step deadline (the due day itself is still open)', () => {
    expect(stepClosedReason('selfReview', 'pending', cycle, '2026-12-05')).toBeNull();
    expect(stepClosedReason('selfReview', 'pending', cycle, '2026-12-06')).toBe('late');
    expect(stepClosedReason('comments', 'self_reviewed', cycle, '2026-12-10')).toBeNull();
    expect(stepClosedReason('proposal', 'commented', cycle, '2026-12-16')).toBe('late');
  });

  it('says nothing of a step the review is not at, and names a closed cycle', () => {
    expect(stepClosedReason('comments', 'pending', cycle, '2027-01-01')).toBeNull();
    expect(stepClosedReason('selfReview', 'decided', cycle, '2027-01-01')).toBeNull();
    expect(stepClosedReason('selfReview', 'self_reviewed', { ...cycle, status: 'closed' }, '2026-12-01')).toBe('closed');
  });
});
