import { sql, type Kysely } from 'kysely';

// Frozen once landed. Two-factor enrolment in progress (module auth): the secret shown to the user
// waits here until they confirm it with a code, so an unconfirmed scan never replaces a working one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts add column totp_pending_secret text`.execute(db);
  await sql`alter table accounts add column totp_pending_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table accounts drop column totp_pending_at`.execute(db);
  await sql`alter table accounts drop column totp_pending_secret`.execute(db);
}
