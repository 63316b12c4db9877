/**
 * Raw PostgreSQL baselines for the confidence-vote benchmark, through a plain `pg.Pool` of the app's
 * size on the same database: concurrent single-row INSERTs of ballots, the cast's own statements as one
 * hand-written transaction, and the tally as one `GROUP BY` over the jsonb marks.
 */
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { codeDigest, generateBallotCode, generateReceiptCode } from '../src/modules/votes/ballot-code.rules.js';

export interface Stats {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

export interface Burst {
  readonly wallMs: number;
  readonly latency: Stats;
  readonly ok: number;
}

async function burst(n: number, one: (i: number) => Promise<unknown>): Promise<Burst> {
  const ms: number[] = [];
  let ok = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const t = performance.now();
      try {
        await one(i);
        ok += 1;
      } catch {
        // counted as not ok
      }
      ms.push(performance.now() - t);
    }),
  );
  return { wallMs: performance.now() - started, latency: stats(ms), ok };
}

export interface RawBaseline {
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

/** A pool of `size` connections, all opened before anything is timed (the app's pool is warm too). */
export async function rawPool(url: string, size: number): Promise<RawBaseline> {
  const pool = new pg.Pool({ connectionString: url, max: size });
  pool.on('error', () => undefined);
  const clients = await Promise.all(Array.from({ length: size }, () => pool.connect()));
  for (const c of clients) c.release();
  return { pool, close: () => pool.end() };
}

const marksJson = (marks: (i: number) => Record<string, string>, i: number) => JSON.stringify(marks(i));
const sortKey = () => randomBytes(16).toString('hex');

/** `n` concurrent single-row INSERTs into a copy of vote_ballots (same columns, keys and checks). */
export async function rawInserts(
  raw: RawBaseline,
  roundId: number,
  n: number,
  marks: (i: number) => Record<string, string>,
): Promise<Burst> {
  await raw.pool.query('create table bench_raw_ballots (like vote_ballots including all)');
  const bodies = Array.from({ length: n }, (_, i) => [roundId, sortKey(), generateReceiptCode(), marksJson(marks, i)]);
  const result = await burst(n, (i) =>
    raw.pool.query('insert into bench_raw_ballots (round_id, sort_key, receipt, marks) values ($1, $2, $3, $4)', bodies[i]),
  );
  await raw.pool.query('drop table bench_raw_ballots');
  return result;
}

/**
 * `n` concurrent casts written by hand as castBallot's statements in one transaction each: the round
 * held for share, its subjects read, the code marked used, the ballot inserted — on a round of its own
 * (inserted directly, open, `n` codes), so that the app's figures have a like-for-like database cost.
 */
export async function rawCastTransactions(
  raw: RawBaseline,
  unitId: number,
  subjectIdsOf: (roundId: number) => Promise<string[]>,
  n: number,
  marks: (subjectIds: readonly string[], i: number) => Record<string, string>,
): Promise<Burst> {
  const round = await raw.pool.query<{ id: number }>(
    `insert into vote_rounds (unit_id, title, rule_set, denominator, vote_date, status, roll_fingerprint, summoned, present, codes_issued)
     values ($1, 'Đo giao dịch thô', 'party', 'BALLOTS_RETURNED', '2026-11-20', 'open', $2, $3, $3, $3) returning id`,
    [unitId, createHash('sha256').update('raw').digest('hex'), n],
  );
  const roundId = Number(round.rows[0]?.id);
  const subjectIds = await subjectIdsOf(roundId);
  const codes = Array.from({ length: n }, () => generateBallotCode());
  const digests = codes.map(codeDigest);
  await raw.pool.query('insert into vote_ballot_codes (code_digest, round_id) select unnest($1::text[]), $2', [digests, roundId]);
  const bodies = codes.map((_, i) => JSON.stringify(marks(subjectIds, i)));
  return burst(n, async (i) => {
    const client = await raw.pool.connect();
    try {
      await client.query('begin');
      await client.query('select status from vote_rounds where id = $1 for share', [roundId]);
      await client.query('select id from vote_subjects where round_id = $1 and not excluded order by id', [roundId]);
      const used = await client.query(
        'update vote_ballot_codes set used = true where code_digest = $1 and round_id = $2 and not used returning round_id',
        [digests[i], roundId],
      );
      if (used.rowCount !== 1) throw new Error('code not usable');
      await client.query('insert into vote_ballots (round_id, sort_key, receipt, marks) values ($1, $2, $3, $4)', [
        roundId,
        sortKey(),
        generateReceiptCode(),
        bodies[i],
      ]);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  });
}

export type RawTally = Map<string, Record<string, number>>;

/** The tally's counts as one hand-written query: per subject, ballots per mark. */
export async function rawTally(raw: RawBaseline, roundId: number): Promise<RawTally> {
  const { rows } = await raw.pool.query<{ subject: string; mark: string; n: number }>(
    `select m.key as subject, m.value as mark, count(*)::int as n
       from vote_ballots b cross join lateral jsonb_each_text(b.marks) m
      where b.round_id = $1
      group by 1, 2`,
    [roundId],
  );
  const out: RawTally = new Map();
  for (const r of rows) {
    const counts = out.get(r.subject) ?? {};
    counts[r.mark] = r.n;
    out.set(r.subject, counts);
  }
  return out;
}
