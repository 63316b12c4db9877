import type { Db } from '../../../platform/server/db/database.js';
import { listSubtreeUnitIds } from '../../org/index.js';

/**
 * Units merged (transitively) into a unit the actor covers, with their subtrees: people kept under an
 * old unit stay visible to whoever holds its successor. Merged units are few; this is cheap.
 */
export async function mergedUnitsInScope(db: Db, paths: readonly string[]): Promise<number[]> {
  if (paths.length === 0) return [];
  const merged = await db
    .selectFrom('org_units as m')
    .innerJoin('org_units as s', 's.id', 'm.merged_into_id')
    .select(['m.id', 'm.path', 's.path as successor_path'])
    .where('m.status', '=', 'merged')
    .execute();
  if (merged.length === 0) return [];
  const covered = (p: string) => paths.some((q) => p.startsWith(q));
  const roots = merged.filter((m) => !covered(m.path) && covered(m.successor_path));
  const ids = new Set<number>();
  for (const root of roots)
    for (const id of await listSubtreeUnitIds(db, root.id, { includeMergedPredecessors: true })) ids.add(id);
  return [...ids];
}
