import type { z } from 'zod';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { CalendarErrors } from '../calendar.errors.js';
import { canEditDaysOff } from '../calendar.policy.js';
import type { DayOff, DayOffInputSchema } from '../calendar.contract.js';
import {
  FIXED_HOLIDAYS_SOURCE,
  FIXED_PUBLIC_HOLIDAYS,
  addCalendarDays,
  addWorkingDays,
  dayOfWeek,
  workingDaysSpan,
} from '../working-days.rules.js';
import { daysOffBetween, daysOffOfYear } from './days-off.queries.js';

export interface CalendarWrite {
  readonly db: Db;
  readonly actor: AccountActor;
  readonly audit: AuditContext;
}

/** The year's days off: the fixed holidays (from the law) and the announced ones, in date order. */
export async function listDaysOff(db: Db, actor: AccountActor, year: number) {
  const fixed: DayOff[] = Object.entries(FIXED_PUBLIC_HOLIDAYS).map(([mmdd, label]) => ({
    day: `${year}-${mmdd}`,
    name: label[actor.locale],
    source: FIXED_HOLIDAYS_SOURCE[actor.locale],
    fixed: true,
  }));
  const announced = (await daysOffOfYear(db, year)).map((r) => ({ ...r, fixed: false }));
  const days = [...fixed, ...announced].sort((a, b) => a.day.localeCompare(b.day));
  return { year, days, canEdit: canEditDaysOff(actor) };
}

const WEEKEND_NAMES = { vi: ['Chủ nhật', 'Thứ Bảy'], en: ['Sunday', 'Saturday'] } as const;

function checkEditable(actor: AccountActor, day: string): void {
  if (!canEditDaysOff(actor)) throw CommonErrors.FORBIDDEN();
  const holiday = FIXED_PUBLIC_HOLIDAYS[day.slice(5)];
  if (holiday) throw CalendarErrors.FIXED_HOLIDAY([{ field: 'day', message: holiday[actor.locale] }]);
  const d = dayOfWeek(day);
  if (d === 0 || d === 6) throw CalendarErrors.WEEKEND([{ field: 'day', message: WEEKEND_NAMES[actor.locale][d === 0 ? 0 : 1] }]);
}

/** Enters (or corrects) one announced day off; audited with what it replaced. */
export async function putDayOff(w: CalendarWrite, day: string, input: z.output<typeof DayOffInputSchema>): Promise<DayOff> {
  checkEditable(w.actor, day);
  return w.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('days_off')
      .select(['name', 'source'])
      .where('day', '=', day)
      .forUpdate()
      .executeTakeFirst();
    const actorId = w.actor.accountId;
    await trx
      .insertInto('days_off')
      .values({ day, name: input.name, source: input.source, entered_by: actorId })
      .onConflict((oc) => oc.column('day').doUpdateSet({ name: input.name, source: input.source, entered_by: actorId }))
      .execute();
    await recordAudit(trx, w.audit, {
      action: 'calendar.day_off.put',
      entityType: 'day_off',
      entityId: day,
      authority: 'admin (đơn vị gốc)',
      before: before ?? null,
      after: { name: input.name, source: input.source },
    });
    return { day, name: input.name, source: input.source, fixed: false };
  });
}

export async function deleteDayOff(w: CalendarWrite, day: string): Promise<{ day: string; deleted: true }> {
  checkEditable(w.actor, day);
  return w.db.transaction().execute(async (trx) => {
    const before = await trx.deleteFrom('days_off').where('day', '=', day).returning(['name', 'source']).executeTakeFirst();
    if (!before) throw CommonErrors.NOT_FOUND();
    await recordAudit(trx, w.audit, {
      action: 'calendar.day_off.delete',
      entityType: 'day_off',
      entityId: day,
      authority: 'admin (đơn vị gốc)',
      before,
    });
    return { day, deleted: true as const };
  });
}

/** `n` working days after `isoDate`, skipping weekends, the fixed holidays and the announced days off. */
export async function workingDaysAfter(db: Db, isoDate: string, n: number): Promise<string> {
  const daysOff = await daysOffBetween(db, isoDate, addCalendarDays(isoDate, workingDaysSpan(n)));
  return addWorkingDays(isoDate, n, daysOff);
}
