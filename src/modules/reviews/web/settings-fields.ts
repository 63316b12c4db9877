import { OVERRIDE_DEFAULTS, PETITION_WINDOW_DAYS_MAX, WIDE_OPINION_MIN_RESPONSES_MAX } from '../org-overrides.rules.js';
import { PETITION_ANSWER_WORKING_DAYS, PETITION_WINDOW_DAYS, WIDE_OPINION_MIN_RESPONSES } from '../review-constants.js';

/**
 * The settings an organization may override (org-overrides.rules.ts; the quota exception is recorded on
 * a cycle, not here), with their bounds from the named constants. The page shows them in this order.
 */
export type SettingKey = keyof typeof OVERRIDE_DEFAULTS;
export type SettingValue = number | boolean | string;

export type SettingField =
  | { readonly key: SettingKey; readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly key: SettingKey; readonly kind: 'bool' }
  | { readonly key: SettingKey; readonly kind: 'choice'; readonly options: readonly string[] };

export const SETTING_FIELDS: readonly SettingField[] = [
  { key: 'wideOpinionMinResponses', kind: 'int', min: WIDE_OPINION_MIN_RESPONSES, max: WIDE_OPINION_MIN_RESPONSES_MAX },
  { key: 'petitionWindowDays', kind: 'int', min: PETITION_WINDOW_DAYS, max: PETITION_WINDOW_DAYS_MAX },
  /** At least one working day; never longer than the law's 10. */
  { key: 'petitionAnswerWorkingDays', kind: 'int', min: 1, max: PETITION_ANSWER_WORKING_DAYS },
  { key: 'headNotAboveCollective', kind: 'bool' },
  { key: 'partyHtxsRequiresStateHtxs', kind: 'bool' },
  { key: 'trackingPeriod', kind: 'choice', options: ['month', 'quarter'] },
  { key: 'annualDeadline', kind: 'choice', options: ['DEC_15', 'JAN_15_NEXT_YEAR'] },
];

export type SettingValues = Partial<Record<SettingKey, SettingValue | null | undefined>>;

/** The form's starting values: what is in force now, falling back to the default. */
export function initialValues(effective: Readonly<Record<string, unknown>>): SettingValues {
  const out: SettingValues = {};
  for (const f of SETTING_FIELDS) {
    const v = effective[f.key];
    out[f.key] = typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : OVERRIDE_DEFAULTS[f.key];
  }
  return out;
}

/**
 * The unit's overrides to send: a key the user changed from the value in force, or one the unit already
 * set (kept, at its new value if changed) — unless the user chose to drop it (`cleared`). A key neither
 * changed nor set before is left out, so the unit keeps inheriting it. Other own keys the page does not
 * show (e.g. a future key) are kept as they were.
 */
export function overridesToSend(
  own: Readonly<Record<string, unknown>>,
  effective: Readonly<Record<string, unknown>>,
  values: SettingValues,
  cleared: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const shown = new Set<string>(SETTING_FIELDS.map((f) => f.key));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(own)) if (!shown.has(k)) out[k] = v;
  for (const f of SETTING_FIELDS) {
    if (cleared.has(f.key)) continue;
    const v = values[f.key];
    if (v === undefined || v === null) {
      if (f.key in own) out[f.key] = own[f.key];
      continue;
    }
    if (v !== effective[f.key] || f.key in own) out[f.key] = v;
  }
  return out;
}

/** Whether sending `next` would change anything in the unit's own overrides. */
export function sameOverrides(own: Readonly<Record<string, unknown>>, next: Readonly<Record<string, unknown>>): boolean {
  const a = Object.keys(own);
  const b = Object.keys(next);
  return a.length === b.length && a.every((k) => k in next && JSON.stringify(own[k]) === JSON.stringify(next[k]));
}
