import { sql } from 'kysely';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { checkQuorum, minimumPresent } from '../quorum.rules.js';
import { CONFIDENCE_RULE_SETS, type ConfidenceRuleSet, type DenominatorKind } from '../vote-constants.js';
import { roundAccess } from '../votes.policy.js';
import type { RoundDetail, RoundStatus, RuleSetCode } from '../votes.schemas.js';

/** One vote round with its unit's path (for the policy). */
export interface RoundRow {
  readonly id: number;
  readonly unitId: number;
  readonly unitPath: string;
  readonly title: string;
  readonly ruleSet: RuleSetCode;
  readonly denominator: DenominatorKind;
  readonly voteDate: string;
  readonly status: RoundStatus;
  readonly rollFingerprint: string | null;
  readonly summoned: number | null;
  readonly present: number | null;
  readonly codesIssued: number;
  readonly ballotsReturned: number | null;
  readonly listHead: string | null;
}

/** `party` → QĐ 96-QĐ/TW, `state` → NQ 96/2023/QH15. */
export function ruleSetOf(code: RuleSetCode): ConfidenceRuleSet {
  return code === 'party' ? CONFIDENCE_RULE_SETS.party_qd96 : CONFIDENCE_RULE_SETS.assembly_nq96;
}

/** The round (locked for update when asked: every workflow step serialises on its round). */
export async function findRoundRow(
  db: Db,
  id: number,
  lock: 'update' | 'share' | 'none' = 'none',
): Promise<RoundRow | undefined> {
  let q = db
    .selectFrom('vote_rounds as r')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .select([
      'r.id',
      'r.unit_id',
      'u.path',
      'r.title',
      'r.rule_set',
      'r.denominator',
      'r.vote_date',
      'r.status',
      'r.roll_fingerprint',
      'r.summoned',
      'r.present',
      'r.codes_issued',
      'r.ballots_returned',
      'r.list_head',
    ])
    .where('r.id', '=', id);
  if (lock === 'update') q = q.forUpdate('r');
  if (lock === 'share') q = q.forShare('r');
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    unitId: row.unit_id,
    unitPath: row.path,
    title: row.title,
    ruleSet: row.rule_set as RuleSetCode,
    denominator: row.denominator as DenominatorKind,
    voteDate: row.vote_date,
    status: row.status as RoundStatus,
    rollFingerprint: row.roll_fingerprint,
    summoned: row.summoned,
    present: row.present,
    codesIssued: row.codes_issued,
    ballotsReturned: row.ballots_returned,
    listHead: row.list_head,
  };
}

/** 404 when the actor cannot read the round; 403 when they may read but `need` is to manage it. */
export async function requireRound(
  db: Db,
  actor: AccountActor,
  id: number,
  need: 'read' | 'manage',
  lock: 'update' | 'none' = need === 'manage' ? 'update' : 'none',
): Promise<RoundRow> {
  const row = await findRoundRow(db, id, lock);
  const access = row ? roundAccess(actor, { unitPath: row.unitPath }) : 'none';
  if (!row || access === 'none') throw CommonErrors.NOT_FOUND();
  if (need === 'manage' && access !== 'manage') throw CommonErrors.FORBIDDEN();
  return row;
}

export interface RosterCounts {
  readonly summoned: number;
  readonly present: number;
}

export async function rosterCounts(db: Db, roundId: number): Promise<RosterCounts> {
  const row = await db
    .selectFrom('vote_roll_members')
    .select([sql<number>`count(*)::int`.as('summoned'), sql<number>`count(*) filter (where present)::int`.as('present')])
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return { summoned: row.summoned, present: row.present };
}

export async function countBallots(db: Db, roundId: number): Promise<number> {
  const row = await db
    .selectFrom('vote_ballots')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export interface SubjectRow {
  readonly id: number;
  readonly personId: number;
  readonly fullName: string;
  readonly postTitle: string;
  readonly postStartedOn: string;
  readonly startKind: RoundDetail['subjects'][number]['startKind'];
  readonly excluded: boolean;
  readonly exclusionReason: string | null;
}

export async function listSubjects(db: Db, roundId: number): Promise<SubjectRow[]> {
  const rows = await db
    .selectFrom('vote_subjects as s')
    .innerJoin('people as p', 'p.id', 's.person_id')
    .select([
      's.id',
      's.person_id',
      'p.full_name',
      's.post_title',
      's.post_started_on',
      's.start_kind',
      's.excluded',
      's.exclusion_reason',
    ])
    .where('s.round_id', '=', roundId)
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    fullName: r.full_name,
    postTitle: r.post_title,
    postStartedOn: r.post_started_on,
    startKind: r.start_kind as SubjectRow['startKind'],
    excluded: r.excluded,
    exclusionReason: r.exclusion_reason,
  }));
}

/** What the ballot carries: the eligible subjects, by id as text (the marks' keys). */
export async function ballotSubjectIds(db: Db, roundId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('vote_subjects')
    .select('id')
    .where('round_id', '=', roundId)
    .where('excluded', '=', false)
    .orderBy('id')
    .execute();
  return rows.map((r) => String(r.id));
}

export async function loadRoundDetail(db: Db, actor: AccountActor, round: RoundRow): Promise<RoundDetail> {
  const [subjects, roll, counts, ballots] = await Promise.all([
    listSubjects(db, round.id),
    db
      .selectFrom('vote_roll_members')
      .select(['id', 'person_id', 'name', 'present'])
      .where('round_id', '=', round.id)
      .orderBy('id')
      .execute(),
    rosterCounts(db, round.id),
    countBallots(db, round.id),
  ]);
  // Once open, the counts are the ones the quorum was checked against.
  const summoned = round.summoned ?? counts.summoned;
  const present = round.present ?? counts.present;
  return {
    id: round.id,
    unitId: round.unitId,
    title: round.title,
    ruleSet: round.ruleSet,
    denominator: round.denominator,
    voteDate: round.voteDate,
    status: round.status,
    rollFingerprint: round.rollFingerprint,
    summoned,
    present,
    minimumPresent: minimumPresent(summoned),
    quorumReached: checkQuorum({ summoned, present }).ok,
    codesIssued: round.codesIssued,
    ballotsReturned: round.ballotsReturned ?? ballots,
    listHead: round.listHead,
    subjects,
    roll: roll.map((m) => ({ id: m.id, personId: m.person_id, name: m.name, present: m.present })),
    can: { manage: roundAccess(actor, { unitPath: round.unitPath }) === 'manage' },
  };
}
