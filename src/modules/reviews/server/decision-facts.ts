import { sql } from 'kysely';
import type { Db } from '../../../platform/server/db/database.js';
import { lowConfidenceInYear } from '../../votes/index.js';
import type { CaseRecord, ClassifyInput } from '../classify-input.rules.js';
import { LEVELS, type Level, type SubjectKind } from '../review-constants.js';
import type { CycleRow } from './cycle.queries.js';
import type { ReviewRow } from './review.queries.js';
import { classifyInputOf, type StoredSelfReview } from './self-review.service.js';

/**
 * The facts a decision is checked against, read from the review's stored steps and from the registry:
 * the stored self-review (`reviews.self_review`: the validated self-review input minus `version`, plus
 * `score`), the proposal's cases, discipline decided within the cycle's period (registry) and the
 * confidence votes of the year with more than half "tín nhiệm thấp" (votes module).
 */
export interface DecisionFacts {
  readonly input: ClassifyInput;
  readonly disciplined: { readonly decidedOn: string; readonly form: string } | null;
  readonly lowConfidenceVotes: readonly { readonly voteDate: string }[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const isCase = (v: unknown): v is CaseRecord => typeof obj(v).case === 'string';

/**
 * The proposal's cases: read from whichever stored shape the proposal step writes (a `proposal` json or
 * a `proposal_cases` column). The whole row is read as JSON so a later column needs no change here.
 */
function proposalOf(row: Json): { cases: CaseRecord[]; disciplinedSubUnitOrLeadershipMember?: boolean } {
  const proposal = obj(row.proposal);
  const raw = Array.isArray(row.proposal_cases) ? row.proposal_cases : Array.isArray(proposal.cases) ? proposal.cases : [];
  const flag = proposal.disciplinedSubUnitOrLeadershipMember ?? row.proposal_disciplined_sub_unit;
  return {
    cases: raw.filter(isCase).map((c) => ({ case: c.case, ...(c.weighedReason ? { weighedReason: c.weighedReason } : {}) })),
    ...(typeof flag === 'boolean' ? { disciplinedSubUnitOrLeadershipMember: flag } : {}),
  };
}

/** Discipline decided within the period (reprimand or more: every recorded form counts). */
async function disciplineInPeriod(db: Db, personId: number, cycle: CycleRow) {
  const row = await db
    .selectFrom('person_discipline')
    .select(['decided_on', 'form'])
    .where('person_id', '=', personId)
    .where('decided_on', '>=', cycle.periodStart)
    .where('decided_on', '<=', cycle.periodEnd)
    .orderBy('decided_on')
    .executeTakeFirst();
  return row ? { decidedOn: row.decided_on, form: row.form } : null;
}

export async function loadDecisionFacts(db: Db, review: ReviewRow, cycle: CycleRow): Promise<DecisionFacts> {
  const { rows } = await sql<{ row: Json }>`select to_jsonb(r) as row from reviews r where r.id = ${review.id}`.execute(db);
  const row = obj(rows[0]?.row);
  const self = obj(row.self_review);
  const proposal = proposalOf(row);
  const personId = review.personId;
  const disciplined = personId === null ? null : await disciplineInPeriod(db, personId, cycle);
  const lowVotes = personId !== null && review.isLeader ? await lowConfidenceInYear(db, personId, cycle.year) : [];
  const cases: CaseRecord[] = [...proposal.cases];
  const base: ClassifyInput = row.self_review
    ? classifyInputOf(review, self as unknown as StoredSelfReview)
    : { subjectKind: review.subjectKind as SubjectKind, holdsPost: review.isLeader, score: null };
  const input: ClassifyInput = {
    ...base,
    cases,
    ...(proposal.disciplinedSubUnitOrLeadershipMember === undefined
      ? {}
      : { disciplinedSubUnitOrLeadershipMember: proposal.disciplinedSubUnitOrLeadershipMember }),
  };
  return { input, disciplined, lowConfidenceVotes: lowVotes };
}

const isLevel = (v: unknown): v is Level => typeof v === 'string' && (LEVELS as readonly string[]).includes(v);

/** A head's collective (same cycle, same unit): its level, 'pending' while undecided, undefined when none. */
export async function collectiveLevelOf(db: Db, review: ReviewRow): Promise<Level | 'pending' | undefined> {
  if (!review.isHead || review.subjectType !== 'person') return undefined;
  const row = await db
    .selectFrom('reviews')
    .select(['level', 'collective_kind'])
    .where('cycle_id', '=', review.cycleId)
    .where('unit_id', '=', review.unitId)
    .where('subject_type', '=', 'collective')
    .orderBy(sql`case collective_kind when 'unit' then 0 when 'party_organization' then 1 else 2 end`)
    .executeTakeFirst();
  if (!row) return undefined;
  return isLevel(row.level) ? row.level : 'pending';
}

const STATE_SIDE_KINDS: readonly string[] = ['cadre', 'civil_servant', 'public_employee'];

/** Party rating of a cadre/civil servant/public employee: the state level of the same person and period. */
export async function stateLevelOf(db: Db, review: ReviewRow, cycle: CycleRow): Promise<Level | 'pending' | undefined> {
  if (cycle.regime !== 'party' || review.personId === null || !STATE_SIDE_KINDS.includes(review.subjectKind)) return undefined;
  const row = await db
    .selectFrom('reviews as r')
    .innerJoin('review_cycles as c', 'c.id', 'r.cycle_id')
    .select('r.level')
    .where('r.person_id', '=', review.personId)
    .where('c.regime', '=', 'state')
    .where('c.period_kind', '=', cycle.periodKind)
    .where('c.year', '=', cycle.year)
    .where(sql<boolean>`coalesce(c.period_no, 0) = ${cycle.periodNo ?? 0}`)
    .where('r.level', 'is not', null)
    .executeTakeFirst();
  return row && isLevel(row.level) ? row.level : 'pending';
}
