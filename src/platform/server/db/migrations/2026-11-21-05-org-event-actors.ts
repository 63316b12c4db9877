import { sql, type Kysely } from 'kysely';

// Frozen once landed. Module org: who made each change, and the look-ups history and merges need.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The org module sits below auth (ARCHITECTURE.md), so it keeps the actor's label with the event
  // instead of reading the accounts table.
  await sql`alter table org_unit_events add column actor_label text`.execute(db);
  // Predecessors of a unit (units merged into it), walked for history and for "records stay findable".
  await sql`create index org_units_merged_into_idx on org_units (merged_into_id) where merged_into_id is not null`.execute(db);
  await sql`create index management_bodies_open_idx on management_bodies (unit_id) where valid_to is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index management_bodies_open_idx`.execute(db);
  await sql`drop index org_units_merged_into_idx`.execute(db);
  await sql`alter table org_unit_events drop column actor_label`.execute(db);
}
