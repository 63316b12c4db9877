import { sql, type Kysely } from 'kysely';

// Frozen once landed. The advisory body's proposal (issue 4 §Workflow 5; QĐ 366 art. 12 step 2) as
// validated: the disqualifying cases it found (with the weighing reason when weighed) and the collective
// condition it verified — the decision step reads them to classify with the same facts. Shape: the
// `ProposalInput` of review-steps.schemas.ts minus `version` (the level and note also sit in
// `proposed_level` / `proposal_note`).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reviews add column proposal jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table reviews drop column proposal`.execute(db);
}
