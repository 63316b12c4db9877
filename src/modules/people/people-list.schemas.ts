import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../../shared/pagination.js';
import { IdSchema, IsoDateSchema } from '../../shared/text-schemas.js';
import { AGE_BAND_CODES } from './age-band.rules.js';
import { PERSON_SORTS, PeopleCursorQuerySchema } from './people-list-cursor.js';

export { PEOPLE_CURSOR_MAX_LENGTH } from './people-list-cursor.js';
import {
  BirthDatePrecisionSchema,
  EducationLevelSchema,
  GenderSchema,
  PersonStatusSchema,
  PoliticalTheorySchema,
} from './person.schemas.js';

/** The people list's query (filters, search, sort), its export query and its rows (people.contract.ts). */

export const AgeBandSchema = z.enum(AGE_BAND_CODES);
export const PersonSortSchema = z.enum(PERSON_SORTS);
export type PersonSort = z.infer<typeof PersonSortSchema>;

/**
 * The list counts its total exactly up to this many people; above it the total is given as "more than
 * 10,000" (`totalIsExact: false`), numbered pages stop there and further pages are reached by cursor.
 * Counting a 500,000-person province exactly costs ~150 ms a call (docs/decisions/008-people-list-at-scale.md).
 */
export const PEOPLE_EXACT_TOTAL_CAP = 10_000;

const BooleanQuery = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

/** One row of the people list. The ID number is always masked here (`0010******45`). */
export const PersonSummarySchema = z.object({
  id: z.number().int(),
  hoDem: z.string(),
  ten: z.string(),
  fullName: z.string(),
  gender: GenderSchema,
  dateOfBirth: IsoDateSchema,
  birthDatePrecision: BirthDatePrecisionSchema,
  status: PersonStatusSchema,
  unitId: z.number().int(),
  unitName: z.string(),
  idNumberMasked: z.string().nullable(),
  partyMember: z.boolean(),
  educationLevel: EducationLevelSchema.nullable(),
  politicalTheory: PoliticalTheorySchema.nullable(),
  /** Titles of the posts held now (concurrent posts allowed), heads first. */
  postTitles: z.array(z.string()),
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

export const ListPeopleQuerySchema = PageQuerySchema.extend({
  /** People of this unit's subtree, including units merged into it. */
  unitId: IdSchema.optional(),
  status: PersonStatusSchema.optional(),
  gender: GenderSchema.optional(),
  /** Age at today's date in Asia/Ho_Chi_Minh. */
  ageBand: AgeBandSchema.optional(),
  partyMember: BooleanQuery,
  educationLevel: EducationLevelSchema.optional(),
  politicalTheory: PoliticalTheorySchema.optional(),
  /** Current management body on either track. */
  managementBodyId: IdSchema.optional(),
  /** A current post whose title contains this (without diacritics, any case). */
  postTitle: z.string().trim().max(100).optional(),
  /** Name, other names or part of the ID number, with or without diacritics. */
  search: z.string().trim().max(100).optional(),
  sort: PersonSortSchema.default('name'),
  /**
   * A page next to a row (`nextCursor` / `prevCursor` of a previous answer) instead of `page`: pages
   * beyond the exact total are reached this way. `page` is then only echoed (the row numbers shown).
   */
  cursor: PeopleCursorQuerySchema.optional(),
}).strict();
export type ListPeopleQuery = z.output<typeof ListPeopleQuerySchema>;

/** A page of the list. */
export const PeoplePageSchema = pageOf(PersonSummarySchema).extend({
  /** False when there are more than PEOPLE_EXACT_TOTAL_CAP people: `total` is then that cap, a lower bound. */
  totalIsExact: z.boolean(),
  /** The next page (`cursor=`), null on the last one. */
  nextCursor: z.string().nullable(),
  /** The previous page (`cursor=`), null on the first one. */
  prevCursor: z.string().nullable(),
});
export type PeoplePage = z.infer<typeof PeoplePageSchema>;

/** The list's filters (paging and cursor ignored: the whole filtered list) and the file format. */
export const ExportPeopleQuerySchema = ListPeopleQuerySchema.omit({ cursor: true }).extend({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
export type ExportPeopleQuery = z.output<typeof ExportPeopleQuerySchema>;
