import type { AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';

/** A unit being merged into another, as the modules that keep data under units see it. */
export interface UnitMergeEvent {
  readonly unit: { readonly id: number; readonly name: string; readonly path: string };
  readonly target: { readonly id: number; readonly name: string; readonly path: string };
  /** The first day the target holds the merged unit. */
  readonly effectiveDate: string;
  readonly documentRef: string | null;
  /** The authority the merge was done under, for the hook's own audit events. */
  readonly authority: string | null;
}

/**
 * Runs inside the merge's transaction, after the tree has changed and before the merge's own audit
 * event. Returns a summary that goes into that event (e.g. `{ movedPeople: 12 }`).
 */
export type UnitMergeHook = (db: Db, audit: AuditContext, event: UnitMergeEvent) => Promise<Readonly<Record<string, unknown>>>;

/**
 * Modules that hold records under units (people and their posts, later reviews) register here so a
 * merge carries their records along, without the org module depending on them (dependency
 * inversion: people → org, never org → people). Keyed by name, so registering twice replaces.
 */
const hooks = new Map<string, UnitMergeHook>();

export function registerUnitMergeHook(name: string, hook: UnitMergeHook): void {
  hooks.set(name, hook);
}

export async function runUnitMergeHooks(db: Db, audit: AuditContext, event: UnitMergeEvent): Promise<Record<string, unknown>> {
  const summary: Record<string, unknown> = {};
  for (const [name, hook] of [...hooks].sort(([a], [b]) => a.localeCompare(b))) {
    summary[name] = await hook(db, audit, event);
  }
  return summary;
}
