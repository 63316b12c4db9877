import { sql, type Kysely } from 'kysely';

// Frozen once landed. Append-only audit log with a hash chain (docs/decisions/005-audit-chain.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table audit_events (
      id bigint generated always as identity primary key,
      at timestamptz not null,
      request_id text,
      actor_account_id bigint,
      actor_label text not null,
      authority text,
      action text not null,
      entity_type text not null,
      entity_id text,
      unit_id bigint,
      before jsonb,
      after jsonb,
      prev_hash text not null,
      hash text not null unique
    )`.execute(db);
  await sql`create index audit_events_at_idx on audit_events (at)`.execute(db);
  await sql`create index audit_events_actor_idx on audit_events (actor_account_id, at)`.execute(db);
  await sql`create index audit_events_entity_idx on audit_events (entity_type, entity_id)`.execute(db);
  await sql`create index audit_events_unit_idx on audit_events (unit_id, at)`.execute(db);
  await sql`
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_events_no_update before update or delete on audit_events
    for each row execute function audit_events_append_only()`.execute(db);
  await sql`
    create trigger audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table audit_events`.execute(db);
  await sql`drop function audit_events_append_only`.execute(db);
}
