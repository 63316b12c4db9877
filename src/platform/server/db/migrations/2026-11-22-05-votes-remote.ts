import { sql, type Kysely } from 'kysely';

// Frozen once landed. Remote confidence votes with RSA blind-signature tokens (RFC 9474; issue 5;
// docs/decisions/011-remote-votes.md).
//
// - `vote_rounds.remote_allowed`: the organizer allows remote voting on a draft round.
// - `vote_round_keys`: the round's signing key. The private key is PKCS #8 DER (base64), not encrypted:
//   the configuration has no server secret yet (ADR 011).
// - `vote_token_issues`: one row per remote member invited; `signed` once the member received a blind
//   signature. It names the member and what they received, never the token (the server never sees it).
// - `vote_spent_tokens`: the digest of each token spent, with its round only — no time, no id, no
//   member (like `vote_ballot_codes`). Nothing references it and it references only the round.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table vote_rounds add column remote_allowed boolean not null default false`.execute(db);

  await sql`
    create table vote_round_keys (
      round_id bigint primary key references vote_rounds (id),
      variant text not null check (variant in (
        'RSABSSA-SHA384-PSS-Randomized', 'RSABSSA-SHA384-PSSZERO-Randomized',
        'RSABSSA-SHA384-PSS-Deterministic', 'RSABSSA-SHA384-PSSZERO-Deterministic')),
      public_key_spki text not null,
      private_key_pkcs8 text not null
    )`.execute(db);

  await sql`
    create table vote_token_issues (
      round_id bigint not null references vote_rounds (id),
      roll_member_id bigint not null references vote_roll_members (id),
      invitation_digest text not null unique check (invitation_digest ~ '^[0-9a-f]{64}$'),
      signed boolean not null default false,
      primary key (round_id, roll_member_id)
    )`.execute(db);

  await sql`
    create table vote_spent_tokens (
      token_digest text primary key check (token_digest ~ '^[0-9a-f]{64}$'),
      round_id bigint not null references vote_rounds (id)
    )`.execute(db);
  await sql`create index vote_spent_tokens_round_idx on vote_spent_tokens (round_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['vote_spent_tokens', 'vote_token_issues', 'vote_round_keys']) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
  await sql`alter table vote_rounds drop column remote_allowed`.execute(db);
}
