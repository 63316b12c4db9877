import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import {
  IdParamsSchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  optionalTextLine,
  textLine,
} from '../../shared/text-schemas.js';
import { MANAGEMENT_BODY_KIND_CODES, TRACKS, UNIT_KIND_CODES } from './unit-kinds.js';
import { unitsImportEndpoints } from './units-import.contract.js';

export * from './units-import.schemas.js';

export const TrackSchema = z.enum(TRACKS);
export const UnitKindSchema = z.enum(UNIT_KIND_CODES);
export const UnitStatusSchema = z.enum(['active', 'merged', 'dissolved']);
export type UnitStatus = z.infer<typeof UnitStatusSchema>;
export const ManagementBodyKindSchema = z.enum(MANAGEMENT_BODY_KIND_CODES);

/** A unit code such as `TU`, `DU-XA-AN-BINH`, `SO-NV`: letters, digits, dot, dash, underscore. */
export const UnitCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới' });

const DocumentRefSchema = optionalTextLine(120);

export const UnitSummarySchema = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  path: z.string(),
  depth: z.number().int(),
  track: TrackSchema,
  kind: UnitKindSchema,
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  status: UnitStatusSchema,
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable(),
  mergedIntoId: z.number().int().nullable(),
  childCount: z.number().int(),
});
export type UnitSummary = z.infer<typeof UnitSummarySchema>;

export const ManagementBodySchema = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  kind: ManagementBodyKindSchema,
  name: z.string(),
  validFrom: IsoDateSchema,
  validTo: IsoDateSchema.nullable(),
});
export type ManagementBody = z.infer<typeof ManagementBodySchema>;

export const UnitRefSchema = z.object({ id: z.number().int(), name: z.string(), code: z.string(), status: UnitStatusSchema });

export const UnitDetailSchema = UnitSummarySchema.extend({
  /** Root first, the unit's parent last. */
  ancestors: z.array(UnitRefSchema),
  mergedInto: UnitRefSchema.nullable(),
  /** Units merged into this one (their records stay findable under them). */
  predecessors: z.array(UnitRefSchema),
  managementBodies: z.array(ManagementBodySchema),
  version: z.number().int(),
  /** What the caller may do here, computed by the policy (the UI hides the rest). */
  can: z.object({ edit: z.boolean(), createChild: z.boolean() }),
});
export type UnitDetail = z.infer<typeof UnitDetailSchema>;

export const UnitEventKindSchema = z.enum([
  'created',
  'renamed',
  'moved',
  'merged',
  'absorbed',
  'dissolved',
  'body-created',
  'body-closed',
]);
export const UnitEventSchema = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  kind: UnitEventKindSchema,
  effectiveDate: IsoDateSchema,
  documentRef: z.string().nullable(),
  note: z.string().nullable(),
  relatedUnit: UnitRefSchema.nullable(),
  before: z.unknown(),
  after: z.unknown(),
  at: IsoDateTimeSchema,
  actorLabel: z.string().nullable(),
});
export type UnitEvent = z.infer<typeof UnitEventSchema>;

export const ListUnitsQuerySchema = z.strictObject({
  /** Children of this unit; without it, the top units the caller may see. */
  parentId: IdSchema.optional(),
  /** Search by name or code, with or without diacritics, in the caller's scope. */
  search: z.string().max(100).optional(),
  track: TrackSchema.optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const CreateUnitInputSchema = z.strictObject({
  parentId: IdSchema,
  track: TrackSchema,
  kind: UnitKindSchema,
  code: UnitCodeSchema,
  name: textLine(200),
  shortName: optionalTextLine(60),
  validFrom: IsoDateSchema,
  documentRef: DocumentRefSchema,
});
export const RenameUnitInputSchema = z.strictObject({
  name: textLine(200),
  shortName: optionalTextLine(60),
  effectiveDate: IsoDateSchema,
  documentRef: DocumentRefSchema,
  version: z.number().int().optional(),
});
export const MoveUnitInputSchema = z.strictObject({
  newParentId: IdSchema,
  effectiveDate: IsoDateSchema,
  documentRef: DocumentRefSchema,
  version: z.number().int().optional(),
});
export const MergeUnitInputSchema = z.strictObject({
  /** The unit that absorbs this one; this one's children move under it. */
  targetId: IdSchema,
  effectiveDate: IsoDateSchema,
  documentRef: DocumentRefSchema,
  version: z.number().int().optional(),
});
export const DissolveUnitInputSchema = z.strictObject({
  effectiveDate: IsoDateSchema,
  documentRef: DocumentRefSchema,
  note: optionalTextLine(500),
  version: z.number().int().optional(),
});
export const CreateManagementBodyInputSchema = z.strictObject({
  unitId: IdSchema,
  kind: ManagementBodyKindSchema,
  name: textLine(200),
  validFrom: IsoDateSchema,
});
export const CloseManagementBodyInputSchema = z.strictObject({ validTo: IsoDateSchema });

const tag = 'org';
export const orgEndpoints = {
  listUnits: defineEndpoint({
    name: 'listUnits',
    method: 'GET',
    path: '/api/org/units',
    tag,
    access: 'session',
    summary: 'Đơn vị con, đơn vị gốc trong phạm vi, hoặc tìm kiếm',
    query: ListUnitsQuerySchema,
    response: z.object({ items: z.array(UnitSummarySchema) }),
  }),
  getUnit: defineEndpoint({
    name: 'getUnit',
    method: 'GET',
    path: '/api/org/units/:id',
    tag,
    access: 'session',
    summary: 'Chi tiết đơn vị',
    params: IdParamsSchema,
    response: UnitDetailSchema,
  }),
  getUnitHistory: defineEndpoint({
    name: 'getUnitHistory',
    method: 'GET',
    path: '/api/org/units/:id/history',
    tag,
    access: 'session',
    summary: 'Lịch sử đơn vị (gồm các đơn vị đã sáp nhập vào)',
    params: IdParamsSchema,
    response: z.object({ items: z.array(UnitEventSchema) }),
  }),
  createUnit: defineEndpoint({
    name: 'createUnit',
    method: 'POST',
    path: '/api/org/units',
    tag,
    access: 'session',
    status: 201,
    summary: 'Thành lập đơn vị',
    body: CreateUnitInputSchema,
    response: UnitDetailSchema,
  }),
  renameUnit: defineEndpoint({
    name: 'renameUnit',
    method: 'POST',
    path: '/api/org/units/:id/rename',
    tag,
    access: 'session',
    summary: 'Đổi tên đơn vị',
    params: IdParamsSchema,
    body: RenameUnitInputSchema,
    response: UnitDetailSchema,
  }),
  moveUnit: defineEndpoint({
    name: 'moveUnit',
    method: 'POST',
    path: '/api/org/units/:id/move',
    tag,
    access: 'session',
    summary: 'Chuyển đơn vị (cùng các đơn vị trực thuộc) sang đơn vị cấp trên khác',
    params: IdParamsSchema,
    body: MoveUnitInputSchema,
    response: UnitDetailSchema,
  }),
  mergeUnit: defineEndpoint({
    name: 'mergeUnit',
    method: 'POST',
    path: '/api/org/units/:id/merge',
    tag,
    access: 'session',
    summary: 'Sáp nhập đơn vị vào đơn vị khác',
    params: IdParamsSchema,
    body: MergeUnitInputSchema,
    response: UnitDetailSchema,
  }),
  dissolveUnit: defineEndpoint({
    name: 'dissolveUnit',
    method: 'POST',
    path: '/api/org/units/:id/dissolve',
    tag,
    access: 'session',
    summary: 'Giải thể đơn vị',
    params: IdParamsSchema,
    body: DissolveUnitInputSchema,
    response: UnitDetailSchema,
  }),
  createManagementBody: defineEndpoint({
    name: 'createManagementBody',
    method: 'POST',
    path: '/api/org/management-bodies',
    tag,
    access: 'session',
    status: 201,
    summary: 'Thêm cơ quan quản lý cán bộ (diện quản lý)',
    body: CreateManagementBodyInputSchema,
    response: ManagementBodySchema,
  }),
  closeManagementBody: defineEndpoint({
    name: 'closeManagementBody',
    method: 'POST',
    path: '/api/org/management-bodies/:id/close',
    tag,
    access: 'session',
    summary: 'Chấm dứt cơ quan quản lý cán bộ',
    params: IdParamsSchema,
    body: CloseManagementBodyInputSchema,
    response: ManagementBodySchema,
  }),
  ...unitsImportEndpoints,
} as const;
