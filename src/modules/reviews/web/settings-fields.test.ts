import { describe, expect, it } from 'vitest';
import { OVERRIDE_DEFAULTS } from '../org-overrides.rules.js';
import { initialValues, overridesToSend, sameOverrides, SETTING_FIELDS } from './settings-fields.js';

const effective = { ...OVERRIDE_DEFAULTS, petitionWindowDays: 7 };

describe('the organization settings form', () => {
  it('shows every overridable key, starting from the value in force (default when missing)', () => {
    expect(SETTING_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(OVERRIDE_DEFAULTS).sort());
    const v = initialValues({ petitionWindowDays: 7 });
    expect(v.petitionWindowDays).toBe(7);
    expect(v.wideOpinionMinResponses).toBe(3);
    expect(v.annualDeadline).toBe('DEC_15');
  });

  it('bounds follow the regulation: ≥ 3 opinions, 5–30 petition days, 1–10 answer days', () => {
    const int = Object.fromEntries(SETTING_FIELDS.flatMap((f) => (f.kind === 'int' ? [[f.key, [f.min, f.max]]] : [])));
    expect(int.wideOpinionMinResponses?.[0]).toBe(3);
    expect(int.petitionWindowDays).toEqual([5, 30]);
    expect(int.petitionAnswerWorkingDays).toEqual([1, 10]);
  });

  it('sends only what changed from the value in force', () => {
    const values = { ...initialValues(effective), wideOpinionMinResponses: 5 };
    expect(overridesToSend({}, effective, values)).toEqual({ wideOpinionMinResponses: 5 });
  });

  it('keeps the unit’s own overrides (at their new value) and drops those cleared', () => {
    const own = { petitionWindowDays: 7, trackingPeriod: 'quarter' };
    const eff = { ...effective, trackingPeriod: 'quarter' };
    const values = { ...initialValues(eff), petitionWindowDays: 9 };
    expect(overridesToSend(own, eff, values)).toEqual({ petitionWindowDays: 9, trackingPeriod: 'quarter' });
    expect(overridesToSend(own, eff, values, new Set(['trackingPeriod']))).toEqual({ petitionWindowDays: 9 });
  });

  it('keeps own keys the page does not show, and an own key left empty', () => {
    const own = { futureKey: 1, petitionAnswerWorkingDays: 8 };
    const values = { ...initialValues({ ...effective, petitionAnswerWorkingDays: 8 }), petitionAnswerWorkingDays: null };
    expect(overridesToSend(own, effective, values)).toEqual({ futureKey: 1, petitionAnswerWorkingDays: 8 });
  });

  it('tells whether the overrides would change', () => {
    expect(sameOverrides({ a: 1 }, { a: 1 })).toBe(true);
    expect(sameOverrides({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameOverrides({}, { a: 1 })).toBe(false);
  });
});
