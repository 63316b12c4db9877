import { sql } from 'kysely';
import type { Db } from '../../../platform/server/db/database.js';
import type { FollowUpStatus } from '../votes-follow-ups.contract.js';
import type { FollowUp } from '../vote-constants.js';

/** One follow-up row with its round and subject, before the caller's permissions are added. */
export interface FollowUpRow {
  readonly id: number;
  readonly roundId: number;
  readonly roundTitle: string;
  readonly unitPath: string;
  readonly voteDate: string;
  readonly subjectId: number;
  readonly personId: number;
  readonly fullName: string;
  readonly postTitle: string;
  readonly kind: FollowUp;
  readonly voteYear: number;
  readonly lowOverHalf: boolean;
  readonly lowTwoThirds: boolean;
  readonly status: FollowUpStatus;
  readonly note: string | null;
  readonly resolvedAt: string | null;
  readonly createdAt: string;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

export async function listFollowUpRows(
  db: Db,
  where: { roundId?: number; personId?: number; id?: number },
  lock = false,
): Promise<FollowUpRow[]> {
  let q = db
    .selectFrom('vote_follow_ups as f')
    .innerJoin('vote_rounds as r', 'r.id', 'f.round_id')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .innerJoin('vote_subjects as s', 's.id', 'f.subject_id')
    .innerJoin('people as p', 'p.id', 'f.person_id')
    .select([
      'f.id',
      'f.round_id',
      'r.title',
      'u.path',
      'r.vote_date',
      'f.subject_id',
      'f.person_id',
      'p.full_name',
      's.post_title',
      'f.kind',
      'f.vote_year',
      'f.low_over_half',
      'f.low_two_thirds',
      'f.status',
      'f.note',
      'f.resolved_at',
      'f.created_at',
    ]);
  if (where.roundId !== undefined) q = q.where('f.round_id', '=', where.roundId);
  if (where.personId !== undefined) q = q.where('f.person_id', '=', where.personId);
  if (where.id !== undefined) q = q.where('f.id', '=', where.id);
  if (lock) q = q.forUpdate('f');
  const rows = await q.orderBy('r.vote_date', 'desc').orderBy('f.subject_id').orderBy('f.id').execute();
  return rows.map((r) => ({
    id: r.id,
    roundId: r.round_id,
    roundTitle: r.title,
    unitPath: r.path,
    voteDate: r.vote_date,
    subjectId: r.subject_id,
    personId: r.person_id,
    fullName: r.full_name,
    postTitle: r.post_title,
    kind: r.kind as FollowUp,
    voteYear: r.vote_year,
    lowOverHalf: r.low_over_half,
    lowTwoThirds: r.low_two_thirds,
    status: r.status as FollowUpStatus,
    note: r.note,
    resolvedAt: iso(r.resolved_at),
    createdAt: iso(r.created_at) ?? '',
  }));
}

/** A published vote at which the person had more than half (or two thirds) "tín nhiệm thấp". */
export interface LowConfidenceVote {
  readonly roundId: number;
  readonly voteDate: string;
  readonly lowOverHalf: boolean;
  readonly lowTwoThirds: boolean;
}

/**
 * For the annual review (QĐ 366 art. 11.4, DOMAIN corrections §3): the confidence votes held in `year`
 * at which the person had > 1/2 "tín nhiệm thấp" — a leader is then rated KHT. Read from the follow-up
 * records, which exist exactly for published results over one half, whatever became of them since.
 */
export async function lowConfidenceInYear(db: Db, personId: number, year: number): Promise<LowConfidenceVote[]> {
  const rows = await db
    .selectFrom('vote_follow_ups as f')
    .innerJoin('vote_rounds as r', 'r.id', 'f.round_id')
    .select(['f.round_id', 'r.vote_date'])
    .select(sql<boolean>`bool_or(f.low_two_thirds)`.as('two_thirds'))
    .where('f.person_id', '=', personId)
    .where('f.vote_year', '=', year)
    .where('f.low_over_half', '=', true)
    .where('r.status', '=', 'published')
    .groupBy(['f.round_id', 'r.vote_date'])
    .orderBy('r.vote_date')
    .orderBy('f.round_id')
    .execute();
  return rows.map((r) => ({
    roundId: r.round_id,
    voteDate: r.vote_date,
    lowOverHalf: true,
    lowTwoThirds: r.two_thirds === true,
  }));
}
