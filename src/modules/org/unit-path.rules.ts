/**
 * The materialised path of a unit: the ids of its ancestors and itself, `/1/5/23/`. A subtree is
 * `path LIKE '/1/5/%'`. Pure helpers; the SQL that rewrites paths mirrors `rebasePath`.
 */

/** Path of a new unit `id` under `parentPath` (null for a root). */
export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** Number of units on the path, the root counting 1 (the `depth` column). */
export function pathDepth(path: string): number {
  return pathIds(path).length;
}

/** The ids on a path, root first: `/1/5/23/` → [1, 5, 23]. */
export function pathIds(path: string): number[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map(Number);
}

/** The ids of the unit's ancestors, root first (the unit itself left out). */
export function ancestorIds(path: string): number[] {
  return pathIds(path).slice(0, -1);
}

/** True when `path` lies strictly below `ancestorPath`. */
export function isDescendantPath(path: string, ancestorPath: string): boolean {
  return path.length > ancestorPath.length && path.startsWith(ancestorPath);
}

/** True when `path` is `ancestorPath` or below it. */
export function isInSubtree(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** A subtree member's path after its subtree root moved from `oldPrefix` to `newPrefix`. */
export function rebasePath(path: string, oldPrefix: string, newPrefix: string): string {
  if (!path.startsWith(oldPrefix)) throw new Error(`${path} is not under ${oldPrefix}`);
  return newPrefix + path.slice(oldPrefix.length);
}

/** The day before an ISO date: the last day a unit that ends on `effectiveDate` was valid. */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
