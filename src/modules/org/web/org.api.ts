import { keepPreviousData } from '@tanstack/react-query';
import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import type { Track } from '../unit-kinds.js';
import { orgEndpoints } from '../org.contract.js';

/** Every read a tree change can make stale: refreshed after each write. */
const ORG_READS = [orgEndpoints.listUnits, orgEndpoints.getUnit, orgEndpoints.getUnitHistory] as const;

export interface UnitFilters {
  readonly track?: Track | undefined;
  readonly includeInactive: boolean;
}

/** The query of `listUnits` for one parent (or the top units), as the tree and the cache key it. */
export function listUnitsInput(filters: UnitFilters, parentId?: number) {
  return {
    query: {
      ...(parentId === undefined ? {} : { parentId }),
      ...(filters.track ? { track: filters.track } : {}),
      includeInactive: filters.includeInactive ? ('true' as const) : ('false' as const),
    },
  };
}

export function useTopUnits(filters: UnitFilters) {
  return useApiQuery(orgEndpoints.listUnits, listUnitsInput(filters));
}

export function useUnitSearch(search: string, filters: UnitFilters, limit = 50) {
  const term = search.trim();
  return useApiQuery(
    orgEndpoints.listUnits,
    { query: { ...listUnitsInput(filters).query, search: term, limit } },
    { enabled: term.length > 0, placeholderData: keepPreviousData },
  );
}

export function useUnit(id: number | undefined) {
  return useApiQuery(orgEndpoints.getUnit, { params: { id: id ?? 0 } }, { enabled: id !== undefined });
}

export function useUnitHistory(id: number) {
  return useApiQuery(orgEndpoints.getUnitHistory, { params: { id } });
}

export const useCreateUnit = () => useApiMutation(orgEndpoints.createUnit, ORG_READS);
export const useRenameUnit = () => useApiMutation(orgEndpoints.renameUnit, ORG_READS);
export const useMoveUnit = () => useApiMutation(orgEndpoints.moveUnit, ORG_READS);
export const useMergeUnit = () => useApiMutation(orgEndpoints.mergeUnit, ORG_READS);
export const useDissolveUnit = () => useApiMutation(orgEndpoints.dissolveUnit, ORG_READS);
export const useCreateManagementBody = () => useApiMutation(orgEndpoints.createManagementBody, ORG_READS);
export const useCloseManagementBody = () => useApiMutation(orgEndpoints.closeManagementBody, ORG_READS);
