import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { IdParamsSchema } from '../../shared/text-schemas.js';
import { ImportPeopleQuerySchema, ImportPreviewSchema, ImportResultSchema } from './people-import.schemas.js';
import { ExportPeopleQuerySchema, ListPeopleQuerySchema, PeoplePageSchema } from './people-list.schemas.js';
import { PersonDetailSchema } from './person-detail.schemas.js';
import {
  AddDisciplineInputSchema,
  AddPartyEventInputSchema,
  AddPostInputSchema,
  AddRewardInputSchema,
  AddSalaryGradeInputSchema,
  AddTrainingInputSchema,
  CreatePersonInputSchema,
  EndPostInputSchema,
  ItemParamsSchema,
  PostParamsSchema,
  SetManagementInputSchema,
  UpdatePersonInputSchema,
  type HistoryKind,
} from './person-edit.schemas.js';

/**
 * The people registry's API (issue 3): personal records (form 2C), their histories, lists and search.
 * The record's input is `PersonInputSchema` (person.schemas.ts), shared with the importer and the forms.
 * The schemas live in people-list, person-detail, person-edit and people-import `.schemas.ts`; they are
 * re-exported here so the contract stays the one import for the endpoints and their shapes.
 */
export * from './people-import.schemas.js';
export * from './people-list.schemas.js';
export * from './person-detail.schemas.js';
export * from './person-edit.schemas.js';

export const FORM_2C_VARIANTS = ['BNV-2008', 'TCTW-98'] as const;
export const Form2cQuerySchema = z.strictObject({ variant: z.enum(FORM_2C_VARIANTS).default('BNV-2008') });

/** File downloads: the body is the file, this schema only documents it. */
const FileResponseSchema = z.unknown();

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
    response: PeoplePageSchema,
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
  peopleImportTemplate: defineEndpoint({
    name: 'peopleImportTemplate',
    method: 'GET',
    path: '/api/imports/people/template.xlsx',
    tag,
    access: 'session',
    summary: 'Tải tệp mẫu (.xlsx) để điền danh sách cán bộ: các cột nhận diện được, danh mục chọn sẵn, hướng dẫn',
    response: FileResponseSchema,
    file: true,
  }),
} as const;
