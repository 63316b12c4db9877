import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { IsoDateSchema, textLine } from '../../shared/text-schemas.js';

/**
 * Days off (ngày nghỉ lễ, Tết) for deadlines counted in working days. The fixed solar holidays come from
 * the law (working-days.rules.ts) and are listed with `fixed: true`; the others are the days announced
 * for each year, entered by an administrator of a province (a root unit), audited.
 */
export const DayOffSchema = z.object({
  day: IsoDateSchema,
  name: z.string(),
  /** The document that announced it (e.g. the Ministry of Home Affairs' notice), or the law for fixed ones. */
  source: z.string(),
  fixed: z.boolean(),
});
export type DayOff = z.infer<typeof DayOffSchema>;

export const DaysOffQuerySchema = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
export const DayOffParamsSchema = z.strictObject({ day: IsoDateSchema });
export const DayOffInputSchema = z.strictObject({ name: textLine(200), source: textLine(300) });
export const DaysOffSchema = z.object({ year: z.number(), days: z.array(DayOffSchema), canEdit: z.boolean() });

const tag = 'calendar';
export const calendarEndpoints = {
  listDaysOff: defineEndpoint({
    name: 'listDaysOff',
    method: 'GET',
    path: '/api/calendar/days-off',
    tag,
    access: 'session',
    summary: 'Ngày nghỉ lễ, Tết của một năm (cố định theo luật và ngày nghỉ được công bố), dùng để tính ngày làm việc',
    query: DaysOffQuerySchema,
    response: DaysOffSchema,
  }),
  putDayOff: defineEndpoint({
    name: 'putDayOff',
    method: 'PUT',
    path: '/api/calendar/days-off/:day',
    tag,
    access: 'session',
    summary: 'Ghi một ngày nghỉ được công bố (quản trị cấp tỉnh), kèm văn bản công bố',
    params: DayOffParamsSchema,
    body: DayOffInputSchema,
    response: DayOffSchema,
  }),
  deleteDayOff: defineEndpoint({
    name: 'deleteDayOff',
    method: 'DELETE',
    path: '/api/calendar/days-off/:day',
    tag,
    access: 'session',
    summary: 'Bỏ một ngày nghỉ đã ghi (quản trị cấp tỉnh); ngày lễ cố định theo luật không bỏ được',
    params: DayOffParamsSchema,
    response: z.object({ day: IsoDateSchema, deleted: z.literal(true) }),
  }),
};
