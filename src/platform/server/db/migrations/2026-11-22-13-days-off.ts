import { sql, type Kysely } from 'kysely';

// Frozen once landed. The days off announced for each year (Tết, the Hùng Kings' day, the day next to
// 2 September, moved or compensated days), entered by an administrator; deadlines in working days skip
// them and the fixed holidays of the Labour Code 2019 (art. 112), which are not stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table days_off (
      day date primary key,
      name text not null check (length(name) between 1 and 200),
      source text not null check (length(source) between 1 and 300),
      entered_by bigint references accounts (id),
      entered_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table days_off`.execute(db);
}
