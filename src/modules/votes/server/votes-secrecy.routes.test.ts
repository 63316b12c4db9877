// Issue 5, "Secrecy and integrity — tests that must exist": after real rounds, read the schema and the
// rows themselves and check that nothing links a ballot to a code, a member, an account, a session or a
// time finer than the round, that the stored order is not the cast order, and that the audit is blind.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { codeDigest, normaliseCode } from '../ballot-code.rules.js';
import { openAndIssue, setUpRound } from './votes-test-kit.js';

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
  is_identity: string;
  column_default: string | null;
}

interface CastRound {
  roundId: number;
  codes: string[];
  receipts: string[];
}

const LEVELS = ['cao', 'tin_nhiem', 'thap'] as const;
/** Columns a ballot or a code row may have, and nothing else. */
const ALLOWED = {
  vote_ballots: ['marks', 'receipt', 'round_id', 'sort_key'],
  vote_ballot_codes: ['code_digest', 'round_id', 'used'],
  vote_spent_tokens: ['round_id', 'token_digest'],
  // Paper double entry: anonymous sheets numbered as they come out of the box, by slot (1/2), never by account.
  vote_paper_entries: ['entry_by', 'marks', 'round_id', 'sheet_no'],
};
const TIME_TYPES = /time|date|interval/;
/** Words that would name a voter, a code, a time or an order, matched against each `_`-part of a column name. */
const IDENTITY_WORDS = new Set(
  'account session user ip address agent person member voter roll code time timestamp at created cast seq order'.split(' '),
);

describeBackends('votes: secrecy by construction', (ctx) => {
  let w: World;
  let organizer: TestClient;
  const rounds: CastRound[] = [];

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    // Three rounds of a committee of 15 with 12 present; each voter on their own phone (no session).
    for (let r = 0; r < 3; r++) {
      const { round, subjectIds } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 15, present: 12, subjects: 2 });
      const codes = await openAndIssue(organizer, round.id);
      const receipts: string[] = [];
      for (const [i, code] of codes.entries()) {
        const marks = Object.fromEntries(subjectIds.map((id, k) => [id, LEVELS[(i + k) % 3]]));
        const res = await ctx().client().post<{ receipt: string }>(`/api/votes/rounds/${round.id}/ballots`, { code, marks });
        if (res.status !== 201) throw new Error(`cast: ${res.status} ${JSON.stringify(res.body)}`);
        receipts.push(normaliseCode(res.body.receipt));
      }
      expect((await organizer.post(`/api/votes/rounds/${round.id}/close`)).status).toBe(200);
      if (r === 0) expect((await organizer.post(`/api/votes/rounds/${round.id}/publish`)).status).toBe(200);
      rounds.push({ roundId: round.id, codes, receipts });
    }
  });

  async function columns(): Promise<Column[]> {
    const { rows } = await sql<Column>`
      select table_name, column_name, data_type, is_identity, column_default
      from information_schema.columns
      where table_schema = current_schema() and table_name like 'vote\\_%'
      order by table_name, column_name`.execute(ctx().db);
    return rows;
  }

  it('has ballot and code tables with no column that could name a voter, a code or a time', async () => {
    const cols = await columns();
    const tables = new Set(cols.map((c) => c.table_name));
    expect([...tables].sort()).toEqual([
      'vote_ballot_codes',
      'vote_ballots',
      'vote_counters',
      'vote_follow_ups',
      'vote_paper_entries',
      'vote_roll_members',
      'vote_round_keys',
      'vote_rounds',
      'vote_spent_tokens',
      'vote_subjects',
      'vote_token_issues',
    ]);
    for (const [table, allowed] of Object.entries(ALLOWED)) {
      const own = cols.filter((c) => c.table_name === table);
      expect(own.map((c) => c.column_name).sort(), table).toEqual(allowed);
      for (const c of own) {
        expect(c.data_type, `${table}.${c.column_name}`).not.toMatch(TIME_TYPES);
        // No identity or sequence default: a counter would record the cast order.
        expect(c.is_identity, `${table}.${c.column_name}`).toBe('NO');
        expect(c.column_default ?? '', `${table}.${c.column_name}`).not.toMatch(/nextval|now|current_/);
        const words = c.column_name === 'code_digest' ? [] : c.column_name.split('_');
        expect(
          words.filter((part) => IDENTITY_WORDS.has(part)),
          `${table}.${c.column_name}`,
        ).toEqual([]);
      }
    }
    // Times exist only on the round (its window) and on the follow-ups of its published result (per
    // subject, created at publication), never on subjects, roll, codes or ballots.
    const timed = cols.filter((c) => TIME_TYPES.test(c.data_type) && !c.data_type.startsWith('date'));
    expect([...new Set(timed.map((c) => c.table_name))].sort()).toEqual(['vote_follow_ups', 'vote_rounds']);
  });

  it('has no foreign key from ballots or codes to anything but the round, and none into them', async () => {
    const { rows } = await sql<{ from_table: string; to_table: string }>`
      select tc.table_name as from_table, ccu.table_name as to_table
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
      where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(ctx().db);
    const secret = new Set(['vote_ballots', 'vote_ballot_codes', 'vote_spent_tokens', 'vote_paper_entries']);
    for (const fk of rows.filter((r) => secret.has(r.from_table))) expect(fk.to_table, fk.from_table).toBe('vote_rounds');
    expect(rows.filter((r) => secret.has(r.to_table))).toEqual([]);
    // The roll names people but knows nothing of codes or ballots.
    const roll = rows.filter((r) => r.from_table === 'vote_roll_members').map((r) => r.to_table);
    expect([...new Set(roll)].sort()).toEqual(['people', 'vote_rounds']);
    // Who received a remote token names the member and the round only; nothing points at it (ADR 011).
    const issues = rows.filter((r) => r.from_table === 'vote_token_issues').map((r) => r.to_table);
    expect([...new Set(issues)].sort()).toEqual(['vote_roll_members', 'vote_rounds']);
    expect(rows.filter((r) => r.to_table === 'vote_token_issues')).toEqual([]);
  });

  it('stores only code digests and no code anywhere; ballots carry receipts, never codes', async () => {
    const dump = JSON.stringify(
      await Promise.all(
        ['vote_rounds', 'vote_subjects', 'vote_roll_members', 'vote_ballot_codes', 'vote_ballots'].map(async (t) => {
          const { rows } = await sql`select * from ${sql.table(t)}`.execute(ctx().db);
          return rows;
        }),
      ),
    );
    for (const { roundId, codes } of rounds) {
      for (const code of codes) {
        expect(dump).not.toContain(normaliseCode(code));
        expect(dump).not.toContain(code);
      }
      const stored = await ctx()
        .db.selectFrom('vote_ballot_codes')
        .select(['code_digest', 'used'])
        .where('round_id', '=', roundId)
        .execute();
      expect(stored.map((c) => c.code_digest).sort()).toEqual(codes.map(codeDigest).sort());
      expect(stored.every((c) => c.used)).toBe(true);
    }
  });

  it('stores ballots in an order that is not the cast order, all written by the closing transaction', async () => {
    // A plain select, no order by: the physical order. 12 ballots: the chance it equals the cast order
    // by accident is 1 in 12! (≈ 2 × 10⁻⁹) per round.
    const { rows } = await sql<{ round_id: number; receipt: string }>`select round_id, receipt from vote_ballots`.execute(
      ctx().db,
    );
    let sameOrder = 0;
    for (const { roundId, receipts } of rounds) {
      const stored = rows.filter((r) => Number(r.round_id) === roundId).map((r) => r.receipt);
      expect([...stored].sort()).toEqual([...receipts].sort());
      if (stored.join() === receipts.join()) sameOrder++;
    }
    expect(sameOrder).toBe(0);
    for (const { roundId } of rounds) {
      // xmin is the writing transaction: after closing, one for all ballots and one for all codes.
      const xmins = await sql<{ ballots: number; codes: number }>`
        select (select count(distinct xmin::text)::int from vote_ballots where round_id = ${roundId}) as ballots,
               (select count(distinct xmin::text)::int from vote_ballot_codes where round_id = ${roundId}) as codes`.execute(
        ctx().db,
      );
      expect(xmins.rows[0]).toEqual({ ballots: 1, codes: 1 });
    }
  });

  it('can VACUUM the ballot tables outside a transaction on this backend (closing does it, best effort)', async () => {
    await expect(sql`vacuum vote_ballots, vote_ballot_codes`.execute(ctx().db)).resolves.toBeDefined();
  });

  it('keeps codes, receipts and marks out of the audit log; casting leaves no event', async () => {
    const { rows } = await sql<{ action: string; text: string }>`
      select action, concat_ws(' ', entity_type, entity_id, authority, before::text, after::text) as text
      from audit_events where action like 'votes.%'`.execute(ctx().db);
    const text = rows.map((r) => r.text).join('\n');
    for (const { codes, receipts } of rounds) {
      for (const code of codes) {
        expect(text).not.toContain(normaliseCode(code));
        expect(text).not.toContain(codeDigest(code));
      }
      for (const receipt of receipts) expect(text).not.toContain(receipt);
    }
    for (const word of ['marks', 'receipt', 'thap', 'tin_nhiem', '"cao"', 'sort_key']) expect(text).not.toContain(word);
    expect(rows.filter((r) => /ballot|cast/.test(r.action))).toEqual([]);
    const closes = rows.filter((r) => r.action === 'votes.round.close').map((r) => r.text);
    expect(closes).toHaveLength(3);
    for (const c of closes) expect(c).toMatch(/"ballotsReturned": ?12/);
  });
});
