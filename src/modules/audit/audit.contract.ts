import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { pageOf } from '../../shared/pagination.js';
import { IdSchema, IsoDateTimeSchema } from '../../shared/text-schemas.js';

export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: IsoDateTimeSchema,
  requestId: z.string().nullable(),
  actorAccountId: z.number().int().nullable(),
  actorLabel: z.string(),
  authority: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  /** Null for the moment between the write's commit and its linking into the chain (ADR 014). */
  hash: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const ListAuditQuerySchema = z.strictObject({
  /** Events about this unit and every unit under it. */
  unitId: IdSchema.optional(),
  /** Username of who acted, whole or its beginning (`system` for start-up work). */
  actor: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  /** Whole action or its beginning: `org.unit.` gives every change to units. */
  action: z.string().max(64).optional(),
  /** Inclusive bounds on the event's time. */
  from: IsoDateTimeSchema.optional(),
  to: IsoDateTimeSchema.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListAuditQuery = z.infer<typeof ListAuditQuerySchema>;

export const AuditVerificationSchema = z.object({
  ok: z.boolean(),
  events: z.number().int(),
  brokenEventId: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;

const tag = 'audit';
export const auditEndpoints = {
  listAuditEvents: defineEndpoint({
    name: 'listAuditEvents',
    method: 'GET',
    path: '/api/audit/events',
    tag,
    access: 'session',
    summary: 'Nhật ký kiểm tra (lọc theo đơn vị, người thực hiện, đối tượng, thời gian)',
    query: ListAuditQuerySchema,
    response: pageOf(AuditEventSchema),
  }),
  verifyAudit: defineEndpoint({
    name: 'verifyAudit',
    method: 'GET',
    path: '/api/audit/verify',
    tag,
    access: 'session',
    summary: 'Kiểm tra chuỗi băm của nhật ký',
    response: AuditVerificationSchema,
  }),
} as const;
