import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { pageOf, PageQuerySchema } from '../../shared/pagination.js';
import {
  IdParamsSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  optionalTextLine,
  textLine,
} from '../../shared/text-schemas.js';
import { AGE_BAND_CODES } from './age-band.rules.js';
import { DISCIPLINE_FORM_CODES } from './people-codes.js';
import {
  BirthDatePrecisionSchema,
  EducationLevelSchema,
  GenderSchema,
  PersonInputSchema,
  PersonStatusSchema,
  PoliticalTheorySchema,
} from './person.schemas.js';

/**
 * The people registry's API (issue 3): personal records (form 2C), their histories, lists and search.
 * The record's input is `PersonInputSchema` (person.schemas.ts), shared with the importer and the forms.
 */

export const AgeBandSchema = z.enum(AGE_BAND_CODES);
export const PersonTrackSchema = z.enum(['party', 'state']);
export const DisciplineFormSchema = z.enum(DISCIPLINE_FORM_CODES);
export const PersonSortSchema = z.enum(['name', 'dateOfBirth', 'unit']);
export type PersonSort = z.infer<typeof PersonSortSchema>;

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

const DocumentRefSchema = optionalTextLine(120);
const BooleanQuery = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

// ── Responses ────────────────────────────────────────────────────────────────────────────────────

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

// ── Inputs ───────────────────────────────────────────────────────────────────────────────────────

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

export const FORM_2C_VARIANTS = ['BNV-2008', 'TCTW-98'] as const;
export const Form2cQuerySchema = z.strictObject({ variant: z.enum(FORM_2C_VARIANTS).default('BNV-2008') });

/** File downloads: the body is the file, this schema only documents it. */
const FileResponseSchema = z.unknown();

/**
 * Import from a spreadsheet (issue 3 item 5). The file is the multipart body; the target unit and the
 * user's column mapping (JSON `{"C": "dateOfBirth", "D": null}`, by column letter) are query parameters,
 * so the policy is checked before the upload is read.
 */
export const ImportMappingSchema = z.record(
  z.string().regex(/^[A-Za-z]{1,3}$/),
  z
    .string()
    .regex(/^[A-Za-z]{1,40}$/)
    .nullable(),
);

export const ImportPeopleQuerySchema = z.strictObject({
  unitId: IdSchema,
  mapping: z
    .string()
    .max(8000)
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return undefined;
      try {
        const parsed = ImportMappingSchema.safeParse(JSON.parse(raw));
        if (parsed.success) return parsed.data;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'mapping: {"<column letter>": "<field>" | null}' });
      return z.NEVER;
    }),
});
export const ImportIssueSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  value: z.string().nullable(),
  reason: z.string(),
});

export const ImportPreviewSchema = z.object({
  fileName: z.string(),
  rowCount: z.number().int(),
  /** The (first) header row, 1-based; null when none was found. */
  headerRow: z.number().int().nullable(),
  columns: z.array(z.object({ letter: z.string(), header: z.string(), field: z.string().nullable(), confidence: z.number() })),
  /** The first data rows as read (cells by column letter). */
  sampleRows: z.array(
    z.object({ row: z.number().int(), cells: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) }),
  ),
  ok: z.boolean(),
  /** The first 200 problems, in the caller's language. */
  issues: z.array(ImportIssueSchema),
  errorCount: z.number().int(),
});
export type ImportPreview = z.output<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({ created: z.number().int(), updated: z.number().int() });

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

// ── Endpoints ────────────────────────────────────────────────────────────────────────────────────

const tag = 'people';

function addHistory<B extends z.ZodType>(name: string, kind: HistoryKind, summary: string, body: B) {
  return defineEndpoint({
    name,
    method: 'POST',
    path: `/api/people/:id/${kind}`,
    tag,
    access: 'session',
    status: 201,
    summary,
    params: IdParamsSchema,
    body,
    response: PersonDetailSchema,
  });
}

function deleteHistory(name: string, kind: HistoryKind, summary: string) {
  return defineEndpoint({
    name,
    method: 'DELETE',
    path: `/api/people/:id/${kind}/:itemId`,
    tag,
    access: 'session',
    summary,
    params: ItemParamsSchema,
    response: PersonDetailSchema,
  });
}

export const peopleEndpoints = {
  listPeople: defineEndpoint({
    name: 'listPeople',
    method: 'GET',
    path: '/api/people',
    tag,
    access: 'session',
    summary: 'Danh sách, lọc và tìm kiếm cán bộ trong phạm vi',
    query: ListPeopleQuerySchema,
    response: pageOf(PersonSummarySchema),
  }),
  exportPeople: defineEndpoint({
    name: 'exportPeople',
    method: 'GET',
    path: '/api/people/export',
    tag,
    access: 'session',
    summary: 'Xuất danh sách cán bộ đã lọc ra tệp .xlsx hoặc .csv',
    query: ExportPeopleQuerySchema,
    response: FileResponseSchema,
    file: true,
  }),
  getPersonForm2c: defineEndpoint({
    name: 'getPersonForm2c',
    method: 'GET',
    path: '/api/people/:id/form-2c.pdf',
    tag,
    access: 'session',
    summary: 'In sơ yếu lý lịch (mẫu 2C-BNV/2008 hoặc 2C/TCTW-98) ra PDF',
    params: IdParamsSchema,
    query: Form2cQuerySchema,
    response: FileResponseSchema,
    file: true,
  }),
  getPerson: defineEndpoint({
    name: 'getPerson',
    method: 'GET',
    path: '/api/people/:id',
    tag,
    access: 'session',
    summary: 'Hồ sơ cán bộ (sơ yếu lý lịch) và các quá trình',
    params: IdParamsSchema,
    response: PersonDetailSchema,
  }),
  createPerson: defineEndpoint({
    name: 'createPerson',
    method: 'POST',
    path: '/api/people',
    tag,
    access: 'session',
    status: 201,
    summary: 'Thêm hồ sơ cán bộ',
    body: CreatePersonInputSchema,
    response: PersonDetailSchema,
  }),
  updatePerson: defineEndpoint({
    name: 'updatePerson',
    method: 'PATCH',
    path: '/api/people/:id',
    tag,
    access: 'session',
    summary: 'Sửa hồ sơ cán bộ',
    params: IdParamsSchema,
    body: UpdatePersonInputSchema,
    response: PersonDetailSchema,
  }),
  addPersonPost: addHistory('addPersonPost', 'posts', 'Bổ nhiệm, giao chức vụ (cho phép kiêm nhiệm)', AddPostInputSchema),
  endPersonPost: defineEndpoint({
    name: 'endPersonPost',
    method: 'POST',
    path: '/api/people/:id/posts/:postId/end',
    tag,
    access: 'session',
    summary: 'Kết thúc chức vụ',
    params: PostParamsSchema,
    body: EndPostInputSchema,
    response: PersonDetailSchema,
  }),
  setPersonManagement: addHistory(
    'setPersonManagement',
    'management',
    'Đặt cơ quan quản lý (diện quản lý) theo khối; kết thúc cơ quan quản lý trước của khối đó',
    SetManagementInputSchema,
  ),
  addPersonTraining: addHistory('addPersonTraining', 'training', 'Thêm quá trình đào tạo, bồi dưỡng', AddTrainingInputSchema),
  addPersonSalaryGrade: addHistory('addPersonSalaryGrade', 'salary-grades', 'Thêm diễn biến lương', AddSalaryGradeInputSchema),
  addPersonReward: addHistory('addPersonReward', 'rewards', 'Thêm khen thưởng', AddRewardInputSchema),
  addPersonDiscipline: addHistory('addPersonDiscipline', 'discipline', 'Thêm kỷ luật', AddDisciplineInputSchema),
  addPersonPartyEvent: addHistory(
    'addPersonPartyEvent',
    'party-events',
    'Thêm diễn biến sinh hoạt Đảng',
    AddPartyEventInputSchema,
  ),
  deletePersonPost: deleteHistory('deletePersonPost', 'posts', 'Xóa chức vụ nhập sai'),
  deletePersonManagement: deleteHistory('deletePersonManagement', 'management', 'Xóa diện quản lý nhập sai'),
  deletePersonTraining: deleteHistory('deletePersonTraining', 'training', 'Xóa quá trình đào tạo nhập sai'),
  deletePersonSalaryGrade: deleteHistory('deletePersonSalaryGrade', 'salary-grades', 'Xóa diễn biến lương nhập sai'),
  deletePersonReward: deleteHistory('deletePersonReward', 'rewards', 'Xóa khen thưởng nhập sai'),
  deletePersonDiscipline: deleteHistory('deletePersonDiscipline', 'discipline', 'Xóa kỷ luật nhập sai'),
  deletePersonPartyEvent: deleteHistory('deletePersonPartyEvent', 'party-events', 'Xóa diễn biến sinh hoạt Đảng nhập sai'),
  previewPeopleImport: defineEndpoint({
    name: 'previewPeopleImport',
    method: 'POST',
    path: '/api/imports/people/preview',
    tag,
    access: 'session',
    summary: 'Xem trước tệp nhập danh sách cán bộ (.xlsx/.csv): cột nhận diện, dòng mẫu, lỗi; không ghi gì',
    query: ImportPeopleQuerySchema,
    response: ImportPreviewSchema,
    upload: true,
  }),
  commitPeopleImport: defineEndpoint({
    name: 'commitPeopleImport',
    method: 'POST',
    path: '/api/imports/people/commit',
    tag,
    access: 'session',
    summary: 'Nhập danh sách cán bộ từ tệp: tất cả hoặc không (có lỗi thì 422, không ghi gì); nhập lại thì cập nhật theo số CCCD',
    query: ImportPeopleQuerySchema,
    response: ImportResultSchema,
    upload: true,
  }),
  peopleImportErrors: defineEndpoint({
    name: 'peopleImportErrors',
    method: 'POST',
    path: '/api/imports/people/errors.xlsx',
    tag,
    access: 'session',
    summary: 'Tải danh sách lỗi của tệp nhập (.xlsx: dòng, cột, tiêu đề, giá trị, lỗi)',
    query: ImportPeopleQuerySchema,
    response: FileResponseSchema,
    file: true,
    upload: true,
  }),
} as const;
