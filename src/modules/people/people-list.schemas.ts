import { z } from 'zod';
import { PageQuerySchema } from '../../shared/pagination.js';
import { IdSchema, IsoDateSchema } from '../../shared/text-schemas.js';
import { AGE_BAND_CODES } from './age-band.rules.js';
import {
  BirthDatePrecisionSchema,
  EducationLevelSchema,
  GenderSchema,
  PersonStatusSchema,
  PoliticalTheorySchema,
} from './person.schemas.js';

/** The people list's query (filters, search, sort), its export query and its rows (people.contract.ts). */

export const AgeBandSchema = z.enum(AGE_BAND_CODES);
export const PersonSortSchema = z.enum(['name', 'dateOfBirth', 'unit']);
export type PersonSort = z.infer<typeof PersonSortSchema>;

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
}).strict();
export type ListPeopleQuery = z.output<typeof ListPeopleQuerySchema>;

/** The list's filters (paging ignored: the whole filtered list) and the file format. */
export const ExportPeopleQuerySchema = ListPeopleQuerySchema.extend({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
export type ExportPeopleQuery = z.output<typeof ExportPeopleQuerySchema>;
