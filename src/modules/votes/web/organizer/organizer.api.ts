import { keepPreviousData } from '@tanstack/react-query';
import type { AnyEndpoint } from '../../../../shared/endpoint.js';
import { useApiMutation, useApiQuery } from '../../../../platform/web/api-hooks.js';
import { orgEndpoints } from '../../../org/web/index.js';
import { peopleEndpoints } from '../../../people/web/index.js';
import { votesListEndpoints } from '../../votes-list.contract.js';
import { votesEndpoints } from '../../votes.contract.js';
import type { ListRoundsQuery } from '../../votes.schemas.js';

/** Every read a round's step can make stale: refreshed after each write. */
const ROUND_READS = [votesListEndpoints.listVoteRounds, votesEndpoints.getVoteRound, votesEndpoints.getVoteTally] as const;

/** While voting is open the counts move: the round page polls its detail this often. */
const OPEN_ROUND_REFRESH_MS = 5_000;

export type RoundListFilters = Partial<Pick<ListRoundsQuery, 'unitId' | 'status'>> & Pick<ListRoundsQuery, 'page' | 'pageSize'>;

export function useRoundList(f: RoundListFilters) {
  return useApiQuery(votesListEndpoints.listVoteRounds, { query: f }, { placeholderData: keepPreviousData });
}

/** One round; polled while voting is open (ballots come in), still otherwise. */
export function useRound(id: number) {
  return useApiQuery(
    votesEndpoints.getVoteRound,
    { params: { id } },
    { enabled: id > 0, refetchInterval: (q) => (q.state.data?.status === 'open' ? OPEN_ROUND_REFRESH_MS : false) },
  );
}

/** The unit's name for the round's heading. */
export function useUnitName(id: number | undefined): string | undefined {
  return useApiQuery(orgEndpoints.getUnit, { params: { id: id ?? 0 } }, { enabled: id !== undefined }).data?.name;
}

export function useTally(id: number, enabled: boolean) {
  return useApiQuery(votesEndpoints.getVoteTally, { params: { id } }, { enabled });
}

/** People in scope whose name matches, for the subject and roll pickers. */
export function usePeopleSearch(search: string, unitId: number | undefined) {
  const term = search.trim();
  return useApiQuery(
    peopleEndpoints.listPeople,
    { query: { search: term, pageSize: 20, page: 1, ...(unitId !== undefined ? { unitId } : {}) } },
    { enabled: term.length > 0, placeholderData: keepPreviousData },
  );
}

/** A write on a round (create, subjects, roll, attendance, open, codes, close, publish). */
export const useRoundWrite = <E extends AnyEndpoint>(endpoint: E) => useApiMutation(endpoint, ROUND_READS);

/** The published ballot list, as a file the browser downloads. */
export function ballotListHref(roundId: number): string {
  return `/api/votes/rounds/${roundId}/ballot-list.json`;
}
