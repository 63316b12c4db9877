import { sql, type Kysely } from 'kysely';

// Frozen once landed. The audit chain is linked after commit (ADR 014, amending ADR 005).
//
// An event is inserted in the writing transaction without its link (`prev_hash`, `hash`, `chain_pos`
// null); one chainer at a time (an advisory lock) links the committed events in the order it finds them
// — commit order — so writers no longer queue on one lock through their COMMIT. Events stay append-only:
// the trigger now lets an UPDATE only fill an unlinked event's three chain columns, once, and nothing
// else. Events linked before this migration keep their position (`chain_pos = id`).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_events add column chain_pos bigint`.execute(db);
  await sql`alter table audit_events disable trigger audit_events_no_update`.execute(db);
  await sql`update audit_events set chain_pos = id`.execute(db);
  await sql`alter table audit_events enable trigger audit_events_no_update`.execute(db);
  await sql`alter table audit_events alter column prev_hash drop not null, alter column hash drop not null`.execute(db);
  await sql`create unique index audit_events_chain_pos_uq on audit_events (chain_pos)`.execute(db);
  await sql`create index audit_events_unlinked_idx on audit_events (id) where chain_pos is null`.execute(db);
  await sql`
    alter table audit_events add constraint audit_events_link_whole
    check ((chain_pos is null) = (hash is null) and (hash is null) = (prev_hash is null))`.execute(db);
  await sql`
    create or replace function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.chain_pos is null and new.chain_pos is not null
         and (old.id, old.at, old.request_id, old.actor_account_id, old.actor_label, old.authority, old.action,
              old.entity_type, old.entity_id, old.unit_id, old.before::text, old.after::text)
             is not distinct from
             (new.id, new.at, new.request_id, new.actor_account_id, new.actor_label, new.authority, new.action,
              new.entity_type, new.entity_id, new.unit_id, new.before::text, new.after::text) then
        return new;
      end if;
      raise exception 'audit_events is append-only';
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    create or replace function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only';
    end $$`.execute(db);
  await sql`alter table audit_events drop constraint audit_events_link_whole`.execute(db);
  await sql`drop index audit_events_unlinked_idx`.execute(db);
  await sql`drop index audit_events_chain_pos_uq`.execute(db);
  await sql`alter table audit_events drop column chain_pos`.execute(db);
}
