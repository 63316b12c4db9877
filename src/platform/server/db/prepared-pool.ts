import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/**
 * Kysely's pool over `pg`, with the statements that REPEAT prepared once per connection (ADR 015):
 * named by a digest of their text, so PostgreSQL parses them once per connection and, after their first
 * executions, reuses the plan when a generic one is as good (`plan_cache_mode = auto`: statements whose
 * best plan depends on the values, e.g. `unit_path like $1`, keep being planned with them). Planning a
 * join of five tables costs several times its execution on a point lookup; every request pays it.
 *
 * A text is prepared from its `PREPARE_AFTER_RUNS`-th run in this process on (one-off texts, such as
 * `in (…)` lists of every length, are not kept on the server), and a connection keeps at most
 * `MAX_PREPARED_PER_CONNECTION` (each holds plan memory in its backend); past that, queries run unnamed.
 * Statements without parameters go as simple queries (they may hold several commands: migrations).
 */
export const PREPARE_AFTER_RUNS = 3;
export const MAX_PREPARED_PER_CONNECTION = 300;
const TEXT_CACHE_LIMIT = 10_000;

/** Per text: how often it ran, and its statement name once it repeats. */
const texts = new Map<string, { runs: number; name: string | null }>();
function statementName(text: string): string | null {
  let t = texts.get(text);
  if (t === undefined) {
    if (texts.size >= TEXT_CACHE_LIMIT) texts.clear();
    t = { runs: 0, name: null };
    texts.set(text, t);
  }
  t.runs += 1;
  if (t.name === null && t.runs >= PREPARE_AFTER_RUNS) t.name = `m_${createHash('sha1').update(text).digest('hex')}`;
  return t.name;
}

const prepared = new WeakMap<pg.PoolClient, Set<string>>();

function wrapClient(client: pg.PoolClient): PostgresPoolClient {
  let own = prepared.get(client);
  if (!own) {
    own = new Set();
    prepared.set(client, own);
  }
  const names_ = own;
  function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as never) as unknown as PostgresCursor<R>;
    const values = [...(parameters ?? [])];
    if (values.length === 0) return client.query(sqlOrCursor, values) as unknown as Promise<PostgresQueryResult<R>>;
    const name = statementName(sqlOrCursor);
    if (name === null) return client.query(sqlOrCursor, values) as unknown as Promise<PostgresQueryResult<R>>;
    if (!names_.has(name)) {
      if (names_.size >= MAX_PREPARED_PER_CONNECTION) {
        return client.query(sqlOrCursor, values) as unknown as Promise<PostgresQueryResult<R>>;
      }
      names_.add(name);
    }
    return client.query({ name, text: sqlOrCursor, values }) as unknown as Promise<PostgresQueryResult<R>>;
  }
  return { query, release: () => client.release() };
}

export function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => wrapClient(await pool.connect()),
    end: () => pool.end(),
  };
}
