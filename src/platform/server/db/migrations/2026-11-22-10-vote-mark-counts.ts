import { sql, type Kysely } from 'kysely';

// Frozen once landed. Confidence votes: the counting board's counts, fixed when the round closes.
//
// `mark_counts` holds, per subject, how many returned ballots carry each mark — aggregates only, the
// same numbers the published ballot list yields — computed once in the closing transaction (after the
// paper ballots are added and the ballots re-mixed), so the tally reads a few dozen numbers instead of
// grouping every ballot on each request. Null until the round closes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table vote_rounds add column mark_counts jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table vote_rounds drop column mark_counts`.execute(db);
}
