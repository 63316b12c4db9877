import type { z } from 'zod';
import type { AgeBand } from '../age-band.rules.js';
import type { EducationLevel, Gender, PersonStatus, PoliticalTheoryLevel } from '../people-codes.js';
import { AgeBandSchema, PEOPLE_CURSOR_MAX_LENGTH, PersonSortSchema, type PersonSort } from '../people.contract.js';
import { EducationLevelSchema, GenderSchema, PersonStatusSchema, PoliticalTheorySchema } from '../person.schemas.js';

/**
 * The list's filters live in the URL (`/people?unitId=5&status=cadre&search=nguyen van anh`), so a
 * view can be shared and the back button works.
 */
export interface PeopleFilters {
  unitId?: number;
  status?: PersonStatus;
  gender?: Gender;
  ageBand?: AgeBand;
  partyMember?: 'true' | 'false';
  educationLevel?: EducationLevel;
  politicalTheory?: PoliticalTheoryLevel;
  managementBodyId?: number;
  /** The unit owning the management body: UI state only (the picker's first step), never sent. */
  bodyUnitId?: number;
  postTitle?: string;
  search?: string;
  sort?: PersonSort;
  page: number;
  pageSize: number;
  /**
   * Pages beyond the exact total (more than 10,000 people) are reached by cursor from the one before
   * ("Trang sau"); `page` then only numbers the rows. Any change of criteria drops it.
   */
  cursor?: string;
}

export type PeopleCriteria = Omit<PeopleFilters, 'page' | 'pageSize' | 'cursor'>;

export const PAGE_SIZES = [20, 50, 100, 200] as const;
const DEFAULT_PAGE_SIZE = 50;
const ID_KEYS = ['unitId', 'managementBodyId', 'bodyUnitId'] as const;
const TEXT_KEYS = ['postTitle', 'search'] as const;
const CODE_KEYS = {
  status: PersonStatusSchema,
  gender: GenderSchema,
  ageBand: AgeBandSchema,
  educationLevel: EducationLevelSchema,
  politicalTheory: PoliticalTheorySchema,
  sort: PersonSortSchema,
} satisfies Record<string, z.ZodType<string>>;
type CodeKey = keyof typeof CODE_KEYS;
const CODE_NAMES = Object.keys(CODE_KEYS) as CodeKey[];

/** A code from the URL, kept only when the list knows it (a stale link must not break the page). */
function setCode(filters: PeopleFilters, key: CodeKey, raw: string | null): void {
  const parsed = CODE_KEYS[key].safeParse(raw);
  if (parsed.success) Object.assign(filters, { [key]: parsed.data });
}

function positiveInt(raw: string | null): number | undefined {
  const n = Number(raw);
  return raw && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function readFilters(params: URLSearchParams): PeopleFilters {
  const filters: PeopleFilters = { page: positiveInt(params.get('page')) ?? 1, pageSize: DEFAULT_PAGE_SIZE };
  const size = positiveInt(params.get('pageSize'));
  if (size !== undefined && (PAGE_SIZES as readonly number[]).includes(size)) filters.pageSize = size;
  for (const key of ID_KEYS) {
    const id = positiveInt(params.get(key));
    if (id !== undefined) filters[key] = id;
  }
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  for (const key of CODE_NAMES) setCode(filters, key, params.get(key));
  const party = params.get('partyMember');
  if (party === 'true' || party === 'false') filters.partyMember = party;
  const cursor = params.get('cursor');
  if (cursor && cursor.length <= PEOPLE_CURSOR_MAX_LENGTH) filters.cursor = cursor;
  return filters;
}

export function writeFilters(filters: PeopleFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ID_KEYS) if (filters[key] !== undefined) params.set(key, String(filters[key]));
  for (const key of [...TEXT_KEYS, ...CODE_NAMES]) {
    const value = filters[key];
    if (value && !(key === 'sort' && value === 'name')) params.set(key, value);
  }
  if (filters.partyMember) params.set('partyMember', filters.partyMember);
  if (filters.page > 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(filters.pageSize));
  if (filters.cursor) params.set('cursor', filters.cursor);
  return params;
}

/** How many criteria are set (the collapsed filter button says so on phones). */
export function countCriteria(c: PeopleCriteria): number {
  const skip = new Set(['search', 'sort', 'bodyUnitId']);
  return Object.entries(c).filter(([k, v]) => !skip.has(k) && v !== undefined && v !== '').length;
}

/** The export of the whole filtered list (no paging, no UI-only state) as a download link. */
export function exportHref(filters: PeopleFilters, format: 'xlsx' | 'csv'): string {
  const params = writeFilters({
    ...filters,
    bodyUnitId: undefined,
    cursor: undefined,
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
  });
  params.set('format', format);
  return `/api/people/export?${params.toString()}`;
}
