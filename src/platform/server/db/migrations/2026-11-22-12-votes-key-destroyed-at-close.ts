import { sql, type Kysely } from 'kysely';

// Frozen once landed. The round's private signing key (remote voting, ADR 011) is destroyed when the
// counting board closes the round: no token can be signed afterwards, and ballots are still checked with
// the public key, which stays. Keys of rounds already closed are destroyed now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table vote_round_keys alter column private_key_pkcs8 drop not null`.execute(db);
  await sql`
    update vote_round_keys k set private_key_pkcs8 = null
    from vote_rounds r where r.id = k.round_id and r.status not in ('draft', 'open')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // A destroyed key cannot come back: such rounds keep their public key only.
  await sql`delete from vote_round_keys where private_key_pkcs8 is null`.execute(db);
  await sql`alter table vote_round_keys alter column private_key_pkcs8 set not null`.execute(db);
}
