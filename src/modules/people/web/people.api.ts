import { keepPreviousData } from '@tanstack/react-query';
import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { peopleEndpoints } from '../people.contract.js';
import type { PeopleFilters } from './people-search-params.js';

/** Every read a change to a person can make stale: refreshed after each write. */
const PEOPLE_READS = [peopleEndpoints.listPeople, peopleEndpoints.getPerson] as const;

/** The list query from the URL filters (only what the API knows; `page`/`pageSize`/`cursor` included). */
export function listPeopleQuery(f: PeopleFilters) {
  return {
    page: f.page,
    pageSize: f.pageSize,
    ...(f.unitId !== undefined ? { unitId: f.unitId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.gender ? { gender: f.gender } : {}),
    ...(f.ageBand ? { ageBand: f.ageBand } : {}),
    ...(f.partyMember ? { partyMember: f.partyMember } : {}),
    ...(f.educationLevel ? { educationLevel: f.educationLevel } : {}),
    ...(f.politicalTheory ? { politicalTheory: f.politicalTheory } : {}),
    ...(f.managementBodyId !== undefined ? { managementBodyId: f.managementBodyId } : {}),
    ...(f.postTitle ? { postTitle: f.postTitle } : {}),
    ...(f.search ? { search: f.search } : {}),
    ...(f.sort ? { sort: f.sort } : {}),
    ...(f.cursor ? { cursor: f.cursor } : {}),
  };
}

export function usePeopleList(f: PeopleFilters) {
  return useApiQuery(peopleEndpoints.listPeople, { query: listPeopleQuery(f) }, { placeholderData: keepPreviousData });
}

export function usePerson(id: number | undefined) {
  return useApiQuery(peopleEndpoints.getPerson, { params: { id: id ?? 0 } }, { enabled: id !== undefined });
}

export const useCreatePerson = () => useApiMutation(peopleEndpoints.createPerson, PEOPLE_READS);
export const useUpdatePerson = () => useApiMutation(peopleEndpoints.updatePerson, PEOPLE_READS);

/** A history write (add, end, delete): every one answers with the whole record, so refresh both reads. */
export const usePeopleWrite = <E extends (typeof peopleEndpoints)[keyof typeof peopleEndpoints]>(endpoint: E) =>
  useApiMutation(endpoint, PEOPLE_READS);

/** The 2C form as a PDF (opened by the browser's viewer, printable from there). */
export function form2cHref(id: number, variant: 'BNV-2008' | 'TCTW-98'): string {
  return `/api/people/${id}/form-2c.pdf?variant=${variant}`;
}
