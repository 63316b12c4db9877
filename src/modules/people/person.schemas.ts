import { z } from 'zod';
import { IdSchema, IsoDateSchema, optionalTextLine, textLine } from '../../shared/text-schemas.js';
import { EDUCATION_LEVEL_CODES, ETHNIC_GROUPS, PERSON_STATUS_CODES, POLITICAL_THEORY_CODES } from './people-codes.js';

/**
 * The personal record (DOMAIN §6, form 2C) as the API and the importer take it. Shared by the
 * people module's endpoints, the Excel/CSV importer and the web forms: one schema, many uses.
 */
export const PersonStatusSchema = z.enum(PERSON_STATUS_CODES);
export const GenderSchema = z.enum(['male', 'female']);
export const PoliticalTheorySchema = z.enum(POLITICAL_THEORY_CODES);
export const EducationLevelSchema = z.enum(EDUCATION_LEVEL_CODES);
export const EthnicGroupSchema = z.enum(ETHNIC_GROUPS);

/** Số định danh cá nhân / CCCD: 12 digits (the structure and checks are in person-id.rules.ts). */
export const IdNumberSchema = z
  .string()
  .trim()
  .regex(/^\d{12}$/, { message: 'Số CCCD/định danh cá nhân gồm đúng 12 chữ số' });

/** Some records know only the year of birth (lists with the year under "Nam"/"Nữ"). */
export const BirthDatePrecisionSchema = z.enum(['day', 'year']);

export const PersonInputSchema = z.strictObject({
  /** Họ và tên đệm, e.g. "Nguyễn Văn". */
  hoDem: textLine(100),
  /** Tên (given name, the last word), e.g. "Ánh": official lists sort by it first. */
  ten: textLine(40),
  otherNames: optionalTextLine(200),
  gender: GenderSchema,
  dateOfBirth: IsoDateSchema,
  birthDatePrecision: BirthDatePrecisionSchema.default('day'),
  birthplace: optionalTextLine(300),
  homeTown: optionalTextLine(300),
  ethnicity: EthnicGroupSchema.default('Kinh'),
  /** "Không" when none (the 2C guide: never blank). */
  religion: textLine(60).default('Không'),
  idNumber: IdNumberSchema.nullable().optional(),
  phone: optionalTextLine(30),
  email: z.email().max(200).nullable().optional(),
  address: optionalTextLine(300),
  status: PersonStatusSchema,
  /** The unit where the person works now (their primary post's unit). */
  unitId: IdSchema,
  educationGeneral: optionalTextLine(20),
  educationLevel: EducationLevelSchema.nullable().optional(),
  educationMajor: optionalTextLine(200),
  academicTitle: optionalTextLine(100),
  politicalTheory: PoliticalTheorySchema.nullable().optional(),
  stateManagement: optionalTextLine(100),
  languages: optionalTextLine(200),
  itLevel: optionalTextLine(100),
  partyJoinDate: IsoDateSchema.nullable().optional(),
  partyOfficialDate: IsoDateSchema.nullable().optional(),
  /** The party cell (chi bộ) the member belongs to. */
  partyCellId: IdSchema.nullable().optional(),
  civilServiceRank: optionalTextLine(120),
  civilServiceRankCode: optionalTextLine(20),
  salaryStep: z.number().int().min(1).max(20).nullable().optional(),
  salaryCoefficient: z.number().min(0).max(20).nullable().optional(),
  health: optionalTextLine(100),
});
export type PersonInput = z.input<typeof PersonInputSchema>;
export type PersonInputParsed = z.output<typeof PersonInputSchema>;
