import { compareVi, viSearchText } from '../../../shared/vi-sort.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { scopePaths } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { UnitDetail, UnitSummary } from '../org.contract.js';
import { ORG_READ_ROLES, unitActions } from '../org.policy.js';
import { ancestorIds } from '../org.rules.js';
import type { Track } from '../unit-kinds.js';
import { listManagementBodies } from './management-body.queries.js';
import { requireReadableUnit } from './org-access.js';
import {
  countChildren,
  listChildUnits,
  listScopeRootUnits,
  searchUnits,
  toUnitSummary,
  type ListFilter,
} from './unit-list.queries.js';
import { listPredecessorIds, listUnitsByIds, type UnitRecord } from './unit.queries.js';

const toRef = (u: UnitRecord) => ({ id: u.id, name: u.name, code: u.code, status: u.status });

/**
 * A unit's page: breadcrumbs (ancestors above the actor's scope appear by name only, which is what a
 * breadcrumb shows), what it was merged into, what was merged into it, its management bodies, and
 * what the actor may do. 404 when the actor cannot read it.
 */
export async function getUnitDetail(db: Db, actor: AccountActor, id: number): Promise<UnitDetail> {
  const unit = await requireReadableUnit(db, actor, id);
  const ancestorOrder = ancestorIds(unit.path);
  const [ancestors, mergedInto, predecessorIds, bodies, counts] = await Promise.all([
    listUnitsByIds(db, ancestorOrder),
    unit.mergedIntoId === null ? Promise.resolve([]) : listUnitsByIds(db, [unit.mergedIntoId]),
    listPredecessorIds(db, unit.id),
    listManagementBodies(db, unit.id),
    countChildren(db, [unit.id], false),
  ]);
  const predecessors = await listUnitsByIds(db, predecessorIds);
  const byId = new Map(ancestors.map((a) => [a.id, a]));
  return {
    ...toUnitSummary(unit, counts.get(unit.id) ?? 0),
    ancestors: ancestorOrder.flatMap((a) => {
      const found = byId.get(a);
      return found ? [toRef(found)] : [];
    }),
    mergedInto: mergedInto[0] ? toRef(mergedInto[0]) : null,
    predecessors: predecessors.sort((a, b) => compareVi(a.name, b.name)).map(toRef),
    managementBodies: bodies,
    version: unit.version,
    can: unitActions(actor, unit),
  };
}

export interface ListUnitsQuery {
  readonly parentId?: number | undefined;
  readonly search?: string | undefined;
  readonly track?: Track | undefined;
  readonly includeInactive: boolean;
  readonly limit: number;
}

/**
 * The tree and the search box. With `parentId`: its children the actor may read. With `search`: units
 * in scope whose name or code matches, with or without diacritics. Otherwise: the units the actor's
 * grants name (the smallest set covering its scope).
 */
export async function listUnits(db: Db, actor: AccountActor, query: ListUnitsQuery): Promise<{ items: UnitSummary[] }> {
  const filter: ListFilter = {
    scope: scopePaths(actor, ORG_READ_ROLES),
    track: query.track,
    includeInactive: query.includeInactive,
    limit: query.limit,
  };
  const folded = query.search === undefined ? '' : viSearchText(query.search);
  const units =
    query.parentId !== undefined
      ? await listChildUnits(db, query.parentId, filter)
      : folded !== ''
        ? await searchUnits(db, folded, filter)
        : await listScopeRootUnits(db, filter);
  const counts = await countChildren(
    db,
    units.map((u) => u.id),
    query.includeInactive,
  );
  return { items: units.map((u) => toUnitSummary(u, counts.get(u.id) ?? 0)) };
}
