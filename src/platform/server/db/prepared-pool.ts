import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/**
 * Kysely's pool over `pg`, with every parameterized statement PREPARED once per connection (ADR 015):
 * named by a digest of its text, so PostgreSQL parses it once per connection and, after its first
 * executions, reuses the plan when a generic one is as good (`plan_cache_mode = auto`: statements whose
 * best plan depends on the values, e.g. `unit_path like $1`, keep being planned with them). Planning a
 * join of five tables costs several times its execution on a point lookup; every request pays it.
 *
 * Statements without parameters go as simple queries (they may hold several commands: migrations).
 * A connection keeps at most `MAX_PREPARED_PER_CONNECTION` statements; past that, queries run unnamed.
 */
export const MAX_PREPARED_PER_CONNECTION = 2_000;
const NAME_CACHE_LIMIT = 10_000;

const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= NAME_CACHE_LIMIT) names.clear();
    name = `m_${createHash('sha1').update(text).digest('hex')}`;
    names.set(text, name);
  }
  return name;
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
