import type { Compilable, CompiledQuery } from 'kysely';
import type { Db } from './database.js';

/**
 * A hot read built and compiled by Kysely ONCE, then run with each call's values (ADR 015): the query
 * is built with a placeholder for each argument, the compiled parameters that are placeholders are
 * replaced by the call's arguments, and the others (constants of the query) kept. Building and compiling
 * a join of five tables costs more CPU than PostgreSQL spends running it on a point lookup; with the
 * same SQL text each time, the statement is also prepared once per connection (prepared-pool.ts).
 *
 * The builder must pass each argument to Kysely unchanged (as a value: `where(col, '=', arg)`, `${arg}`
 * in `sql`); an argument it transforms (`arg + '%'`) or inlines is refused on the first call.
 */
export function compiledOnce<A extends readonly unknown[], R>(build: (db: Db, ...args: A) => Compilable<R>) {
  let prepared: { compiled: CompiledQuery<R>; slots: readonly number[] } | undefined;
  return async (db: Db, ...args: A): Promise<R[]> => {
    prepared ??= prepare(db, build, args.length);
    const { compiled, slots } = prepared;
    const parameters = compiled.parameters.map((p, i) => {
      const slot = slots[i] ?? -1;
      return slot >= 0 ? args[slot] : p;
    });
    const result = await db.executeQuery<R>({ ...compiled, parameters });
    return result.rows;
  };
}

function prepare<A extends readonly unknown[], R>(db: Db, build: (db: Db, ...args: A) => Compilable<R>, arity: number) {
  const placeholders = Array.from({ length: arity }, (_, i) => `\u0000compiled-once-argument-${i}\u0000`);
  const compiled = build(db, ...(placeholders as unknown as A)).compile();
  const slots = compiled.parameters.map((p) => (typeof p === 'string' ? placeholders.indexOf(p) : -1));
  placeholders.forEach((placeholder, i) => {
    if (!slots.includes(i)) throw new Error(`compiledOnce: argument ${i} is not passed to the query as a value`);
  });
  const leaked = compiled.parameters.some(
    (p, i) => slots[i] === -1 && typeof p === 'string' && p.includes('\u0000compiled-once'),
  );
  if (leaked || compiled.sql.includes('\u0000compiled-once')) {
    throw new Error('compiledOnce: an argument is transformed or inlined by the query; pass it as a value');
  }
  return { compiled, slots };
}
