import { z } from 'zod';
import { IdSchema, IsoDateSchema, optionalTextLine, textLine } from '../../shared/text-schemas.js';
import { DisciplineFormSchema, PartyEventKindSchema, PersonTrackSchema } from './person-detail.schemas.js';
import { PersonInputSchema } from './person.schemas.js';

/** The record's create/update bodies and the history entries' bodies and params (people.contract.ts). */

const DocumentRefSchema = optionalTextLine(120);

export const CreatePersonInputSchema = PersonInputSchema;

/** PATCH: any subset of the record's fields (no defaults applied), plus the version read. */
const updateShape = Object.fromEntries(
  Object.entries(PersonInputSchema.shape).map(([key, schema]) => {
    const bare = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType);
    return [key, bare.optional()];
  }),
) as {
  [K in keyof typeof PersonInputSchema.shape]: z.ZodOptional<
    z.ZodType<z.output<(typeof PersonInputSchema.shape)[K]>, z.input<(typeof PersonInputSchema.shape)[K]>>
  >;
};
export const UpdatePersonInputSchema = z.strictObject({ ...updateShape, version: z.number().int() });
export type UpdatePersonInput = z.output<typeof UpdatePersonInputSchema>;

export const AddPostInputSchema = z.strictObject({
  unitId: IdSchema,
  title: textLine(200),
  isHead: z.boolean().default(false),
  isDeputy: z.boolean().default(false),
  startDate: IsoDateSchema,
  documentRef: DocumentRefSchema,
});
export const EndPostInputSchema = z.strictObject({ endDate: IsoDateSchema, documentRef: DocumentRefSchema });
export const SetManagementInputSchema = z.strictObject({
  track: PersonTrackSchema,
  managementBodyId: IdSchema,
  validFrom: IsoDateSchema,
});
export const AddTrainingInputSchema = z.strictObject({
  institution: textLine(300),
  major: optionalTextLine(200),
  fromDate: IsoDateSchema,
  toDate: IsoDateSchema.nullable().optional(),
  mode: optionalTextLine(60),
  qualification: optionalTextLine(200),
});
export const AddSalaryGradeInputSchema = z.strictObject({
  rankName: optionalTextLine(120),
  rankCode: optionalTextLine(20),
  step: z.number().int().min(1).max(20).nullable().optional(),
  coefficient: z.number().min(0).max(20).nullable().optional(),
  effectiveDate: IsoDateSchema,
});
export const AddRewardInputSchema = z.strictObject({
  form: textLine(200),
  reason: optionalTextLine(500),
  decidedOn: IsoDateSchema,
  decisionRef: DocumentRefSchema,
});
export const AddDisciplineInputSchema = z.strictObject({
  form: DisciplineFormSchema,
  reason: textLine(500),
  decidedOn: IsoDateSchema,
  decisionRef: DocumentRefSchema,
});
export const AddPartyEventInputSchema = z.strictObject({
  kind: PartyEventKindSchema,
  eventDate: IsoDateSchema,
  note: optionalTextLine(500),
  documentRef: DocumentRefSchema,
});

export const PostParamsSchema = z.strictObject({ id: IdSchema, postId: IdSchema });
export const ItemParamsSchema = z.strictObject({ id: IdSchema, itemId: IdSchema });

/** History kinds that can be corrected by deleting an entry (audited with the entry as `before`). */
export const HISTORY_KINDS = [
  'posts',
  'management',
  'training',
  'salary-grades',
  'rewards',
  'discipline',
  'party-events',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];
