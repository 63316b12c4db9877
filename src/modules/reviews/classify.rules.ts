import {
  caseCaps,
  couplingCaps,
  qd366OtherCaps,
  qd366TaskCaps,
  scoreCaps,
  scoreLevel,
  type CouplingSwitches,
  type Reason,
} from './classify-caps.rules.js';
import { validateClassifyInput, type ClassifyInput } from './classify-input.rules.js';
import { nd90Caps } from './classify-nd90.rules.js';
import {
  HEAD_NOT_ABOVE_COLLECTIVE,
  LEVEL_LABELS,
  LEVEL_RANK,
  PARTY_HTXS_REQUIRES_STATE_HTXS,
  lowerOf,
  type Level,
} from './review-constants.js';
import { problem, type ReviewProblem } from './review-numbers.rules.js';
import type { ReviewRuleSet } from './rule-set.types.js';

/**
 * The classification: `level` is the highest level the score **and** every condition allow (null when
 * the person is not classified this year); `maxLevel` is the ceiling from the score alone (HTXS on
 * rule sets without points); `reasons` lists every rule that capped the level, so the UI can say why.
 */
export type ClassifyOutcome =
  | { readonly ok: true; readonly level: Level | null; readonly maxLevel: Level; readonly reasons: readonly Reason[] }
  | { readonly ok: false; readonly problems: readonly ReviewProblem[] };

/** The switches an organization may turn off (org-overrides.rules.ts). */
export type ClassifyOverrides = Partial<CouplingSwitches>;

export function classify(input: ClassifyInput, ruleSet: ReviewRuleSet, overrides: ClassifyOverrides = {}): ClassifyOutcome {
  const valid = validateClassifyInput(input, ruleSet);
  if (!valid.ok) return valid;
  const v = valid.value;
  const switches: CouplingSwitches = {
    headNotAboveCollective: overrides.headNotAboveCollective ?? HEAD_NOT_ABOVE_COLLECTIVE,
    partyHtxsRequiresStateHtxs: overrides.partyHtxsRequiresStateHtxs ?? PARTY_HTXS_REQUIRES_STATE_HTXS,
  };
  const source = ruleSet.source;
  const maxLevel: Level = v.scoreH === null ? 'HTXS' : scoreLevel(v.scoreH);
  const reasons: Reason[] = v.scoreH === null ? [] : scoreCaps(v.scoreH, source);
  if (ruleSet.family === 'qd366') {
    if (v.group === 'leader') reasons.push(...qd366TaskCaps(v.unitTasks, 'unit', v.group, source));
    reasons.push(...qd366TaskCaps(v.tasks, 'own', v.group, source), ...qd366OtherCaps(v, source));
  } else if (ruleSet.family === 'nd90') {
    const nd90 = nd90Caps(v, ruleSet);
    if (nd90.notClassified) return { ok: true, level: null, maxLevel, reasons: [nd90.notClassified] };
    reasons.push(...nd90.caps);
  }
  reasons.push(...caseCaps(v, ruleSet), ...couplingCaps(v, ruleSet, switches));
  const level = reasons.reduce<Level>((l, r) => lowerOf(l, r.maxLevel), maxLevel);
  return { ok: true, level, maxLevel, reasons };
}

/**
 * A proposed or decided level checked against the classification: above what the score and the
 * conditions allow → a problem naming the field and every reason.
 */
export function checkProposedLevel(outcome: ClassifyOutcome, proposed: Level, field = 'level'): ReviewProblem | null {
  if (!outcome.ok) return outcome.problems[0] ?? null;
  if (outcome.level === null) {
    return problem('NOT_ALLOWED', field, outcome.reasons[0]?.message ?? 'Đối tượng không được xếp loại trong kỳ này.');
  }
  if (LEVEL_RANK[proposed] <= LEVEL_RANK[outcome.level]) return null;
  const why = outcome.reasons.filter((r) => LEVEL_RANK[r.maxLevel] < LEVEL_RANK[proposed]).map((r) => r.message);
  return problem(
    'NOT_ALLOWED',
    field,
    `Mức "${LEVEL_LABELS[proposed].vi}" cao hơn mức tối đa được phép "${LEVEL_LABELS[outcome.level].vi}": ${why.join(' ')}`,
  );
}
