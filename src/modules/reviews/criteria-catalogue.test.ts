import { describe, expect, it } from 'vitest';
import { catalogueMax, checkCriteria, criteriaFor } from './criteria-catalogue.js';
import { FORMS, SCORE_COMMON_MAX, SCORE_MAX, SCORE_TASK_MAX } from './review-constants.js';

const full = (form: (typeof FORMS)[number], family: 'qd366' | 'nd335', scores: number[]) =>
  criteriaFor(form, family).map((k, i) => ({ code: k.code, score: scores[i] ?? 0 }));

describe('criteria catalogue', () => {
  it.each(FORMS.flatMap((f) => (['qd366', 'nd335'] as const).map((fam) => [f, fam] as const)))(
    'form %s under %s: common group sums to 30, task group to 70',
    (form, family) => {
      const cat = criteriaFor(form, family);
      const sum = (g: string) => cat.filter((k) => k.group === g).reduce((s, k) => s + (k.maxPoints ?? 0), 0);
      expect(sum('common')).toBe(SCORE_COMMON_MAX);
      expect(sum('task')).toBe(SCORE_TASK_MAX);
      expect(catalogueMax(cat)).toBe(SCORE_MAX);
      expect(new Set(cat.map((k) => k.code)).size).toBe(cat.length);
      expect(cat.every((k) => k.label.length > 0)).toBe(true);
    },
  );

  it('ND 90: groups 1–5 without points', () => {
    const cat = criteriaFor('2B', 'nd90');
    expect(cat.map((k) => k.label[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(cat.every((k) => k.maxPoints === null)).toBe(true);
    const res = checkCriteria(
      cat,
      cat.map((k) => ({ code: k.code, score: 0 })),
    );
    expect(res).toEqual({ ok: true, totalH: null });
    const scored = checkCriteria(
      cat,
      cat.map((k) => ({ code: k.code, score: 5 })),
    );
    expect(scored.ok).toBe(false);
    if (!scored.ok) expect(scored.problems[0]?.field).toBe('criteria[0].score');
  });

  it('totals in hundredths, exactly (9.99 + 9.99 + 10 + 60.02 = 90.00)', () => {
    const res = checkCriteria(criteriaFor('2B', 'qd366'), full('2B', 'qd366', [9.99, 9.99, 10, 60.02]));
    expect(res).toEqual({ ok: true, totalH: 9000 });
    const edge = checkCriteria(criteriaFor('2B', 'qd366'), full('2B', 'qd366', [10, 10, 10, 59.99]));
    expect(edge).toEqual({ ok: true, totalH: 8999 });
  });

  it.each([
    ['above the criterion max', [10.01, 10, 10, 70], 'criteria[0].score', 'OUT_OF_RANGE'],
    ['task above 70', [10, 10, 10, 70.01], 'criteria[3].score', 'OUT_OF_RANGE'],
    ['three decimals', [10, 9.999, 10, 70], 'criteria[1].score', 'TOO_MANY_DECIMALS'],
  ])('refuses a score %s, naming the field', (_what, scores, field, code) => {
    const res = checkCriteria(criteriaFor('2A', 'nd335'), full('2A', 'nd335', scores));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems).toEqual([expect.objectContaining({ field, code })]);
  });

  it('refuses unknown, duplicated and missing criteria', () => {
    const cat = criteriaFor('01', 'qd366');
    const base = full('01', 'qd366', [10, 10, 10, 70]);
    const res = checkCriteria(cat, [...base.slice(1), { code: 'nope', score: 1 }, { code: base[1]!.code, score: 1 }]);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.problems.map((p) => p.field)).toEqual(['criteria[3].code', 'criteria[4].code', 'criteria']);
    }
  });

  it('ND 335 year: task criteria come from the periods and may not be typed', () => {
    const cat = criteriaFor('2B', 'nd335');
    const common = full('2B', 'nd335', [10, 10, 10]).slice(0, 3);
    expect(checkCriteria(cat, common, { taskFromPeriods: true })).toEqual({ ok: true, totalH: 3000 });
    const typed = checkCriteria(cat, full('2B', 'nd335', [10, 10, 10, 70]), { taskFromPeriods: true });
    expect(typed.ok).toBe(false);
    if (!typed.ok) expect(typed.problems[0]?.field).toBe('criteria[3].code');
  });
});
