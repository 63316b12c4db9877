import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { PeopleCursor, PeopleCursorKey } from '../people-list-cursor.js';
import type { PersonSort } from '../people.contract.js';

/** The people list's orders and keyset conditions (docs/decisions/008-people-list-at-scale.md). */

/**
 * Each order's key, ending with the person's id so that it is total (a keyset cursor needs that), and
 * the index serving it: people_name_unit_idx, people_birth_name_idx; in unit order org_units_sort_idx
 * then people_unit_name_idx within each unit.
 */
export const SORT_KEYS = {
  name: ['p.name_sort_key', 'p.id'],
  dateOfBirth: ['p.date_of_birth', 'p.name_sort_key', 'p.id'],
  unit: ['u.sort_key', 'u.id', 'p.name_sort_key', 'p.id'],
} as const satisfies Record<PersonSort, readonly string[]>;
export type SortColumn = (typeof SORT_KEYS)[keyof typeof SORT_KEYS][number];

/**
 * `(k1, k2, …) > ($1, $2, …)`: a row comparison, which PostgreSQL answers from the matching index. In
 * unit order the units' part is repeated on its own so the units before the cursor are skipped whole.
 */
export function keysetCondition(cursor: PeopleCursor, refs?: readonly string[]): RawBuilder<SqlBool> {
  const after = cursor.side === 'after';
  const compare = (columns: readonly string[], values: readonly PeopleCursorKey[], strict: boolean) =>
    sql<SqlBool>`(${sql.join(columns.map((c) => sql.ref(c)))}) ${sql.raw(`${after ? '>' : '<'}${strict ? '' : '='}`)} (${sql.join(values.map((v) => sql`${v}`))})`;
  const columns = refs ?? SORT_KEYS[cursor.sort];
  const whole = compare(columns, cursor.key, true);
  if (cursor.sort !== 'unit') return whole;
  return sql<SqlBool>`${compare(columns.slice(0, 2), cursor.key.slice(0, 2), false)} and ${whole}`;
}

/** Ascending order by the sort key; descending when reading backwards from a `before` cursor. */
export function ordered<Q extends { orderBy(column: SortColumn, direction: 'asc' | 'desc'): Q }>(
  q: Q,
  sort: PersonSort,
  options: { backwards?: boolean } = {},
): Q {
  let out = q;
  for (const column of SORT_KEYS[sort]) out = out.orderBy(column, options.backwards ? 'desc' : 'asc');
  return out;
}
