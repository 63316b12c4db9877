import { z } from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../../shared/text-schemas.js';
import { DISCIPLINE_FORM_CODES } from './people-codes.js';
import {
  BirthDatePrecisionSchema,
  EducationLevelSchema,
  GenderSchema,
  PersonStatusSchema,
  PoliticalTheorySchema,
} from './person.schemas.js';

/** The full personal record (form 2C) and its histories, as the API returns them (people.contract.ts). */

export const PersonTrackSchema = z.enum(['party', 'state']);
export const DisciplineFormSchema = z.enum(DISCIPLINE_FORM_CODES);

/** Party status changes (kết nạp, chính thức, chuyển sinh hoạt, …). */
export const PARTY_EVENT_KINDS = {
  joined: { vi: 'Kết nạp Đảng', en: 'Admitted to the Party' },
  official: { vi: 'Công nhận đảng viên chính thức', en: 'Full membership' },
  transferred: { vi: 'Chuyển sinh hoạt Đảng', en: 'Transferred' },
  suspended: { vi: 'Đình chỉ sinh hoạt Đảng', en: 'Suspended' },
  expelled: { vi: 'Khai trừ khỏi Đảng', en: 'Expelled' },
  removed: { vi: 'Xóa tên khỏi danh sách đảng viên', en: 'Removed from the rolls' },
  reinstated: { vi: 'Kết nạp lại', en: 'Readmitted' },
} as const;
export type PartyEventKind = keyof typeof PARTY_EVENT_KINDS;
export const PartyEventKindSchema = z.enum(Object.keys(PARTY_EVENT_KINDS) as [PartyEventKind, ...PartyEventKind[]]);

export const PersonPostSchema = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  isHead: z.boolean(),
  isDeputy: z.boolean(),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema.nullable(),
  documentRef: z.string().nullable(),
});
export const PersonManagementSchema = z.object({
  id: z.number().int(),
  track: PersonTrackSchema,
  managementBodyId: z.number().int(),
  managementBodyName: z.string(),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable(),
});
export const PersonTrainingSchema = z.object({
  id: z.number().int(),
  institution: z.string(),
  major: z.string().nullable(),
  fromDate: IsoDateSchema,
  toDate: IsoDateSchema.nullable(),
  /** Hình thức: chính quy, tại chức, … */
  mode: z.string().nullable(),
  qualification: z.string().nullable(),
});
export const PersonSalaryGradeSchema = z.object({
  id: z.number().int(),
  rankName: z.string().nullable(),
  rankCode: z.string().nullable(),
  step: z.number().int().nullable(),
  coefficient: z.number().nullable(),
  effectiveDate: IsoDateSchema,
});
export const PersonRewardSchema = z.object({
  id: z.number().int(),
  form: z.string(),
  reason: z.string().nullable(),
  decidedOn: IsoDateSchema,
  decisionRef: z.string().nullable(),
});
export const PersonDisciplineSchema = z.object({
  id: z.number().int(),
  form: DisciplineFormSchema,
  reason: z.string(),
  decidedOn: IsoDateSchema,
  decisionRef: z.string().nullable(),
});
export const PersonPartyEventSchema = z.object({
  id: z.number().int(),
  kind: PartyEventKindSchema,
  eventDate: IsoDateSchema,
  note: z.string().nullable(),
  documentRef: z.string().nullable(),
});
export type PersonPost = z.infer<typeof PersonPostSchema>;
export type PersonManagement = z.infer<typeof PersonManagementSchema>;
export type PersonTraining = z.infer<typeof PersonTrainingSchema>;
export type PersonSalaryGrade = z.infer<typeof PersonSalaryGradeSchema>;
export type PersonReward = z.infer<typeof PersonRewardSchema>;
export type PersonDiscipline = z.infer<typeof PersonDisciplineSchema>;
export type PersonPartyEvent = z.infer<typeof PersonPartyEventSchema>;

/** The full record with its histories (newest first in each). */
export const PersonDetailSchema = z.object({
  id: z.number().int(),
  hoDem: z.string(),
  ten: z.string(),
  fullName: z.string(),
  otherNames: z.string().nullable(),
  gender: GenderSchema,
  dateOfBirth: IsoDateSchema,
  birthDatePrecision: BirthDatePrecisionSchema,
  birthplace: z.string().nullable(),
  homeTown: z.string().nullable(),
  ethnicity: z.string(),
  religion: z.string(),
  /** The full number for those who may change the record; `null` for others (see `idNumberMasked`). */
  idNumber: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  status: PersonStatusSchema,
  unitId: z.number().int(),
  unitName: z.string(),
  educationGeneral: z.string().nullable(),
  educationLevel: EducationLevelSchema.nullable(),
  educationMajor: z.string().nullable(),
  academicTitle: z.string().nullable(),
  politicalTheory: PoliticalTheorySchema.nullable(),
  stateManagement: z.string().nullable(),
  languages: z.string().nullable(),
  itLevel: z.string().nullable(),
  partyJoinDate: IsoDateSchema.nullable(),
  partyOfficialDate: IsoDateSchema.nullable(),
  partyCellId: z.number().int().nullable(),
  civilServiceRank: z.string().nullable(),
  civilServiceRankCode: z.string().nullable(),
  salaryStep: z.number().int().nullable(),
  salaryCoefficient: z.number().nullable(),
  health: z.string().nullable(),
  version: z.number().int(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  posts: z.array(PersonPostSchema),
  management: z.array(PersonManagementSchema),
  training: z.array(PersonTrainingSchema),
  salaryGrades: z.array(PersonSalaryGradeSchema),
  rewards: z.array(PersonRewardSchema),
  discipline: z.array(PersonDisciplineSchema),
  partyEvents: z.array(PersonPartyEventSchema),
  /** What the caller may do (computed by the policy; the UI hides the rest). */
  can: z.object({ edit: z.boolean() }),
});
export type PersonDetail = z.infer<typeof PersonDetailSchema>;
