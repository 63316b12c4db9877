// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { errorCode } from '../../../app/server/testing/error-body.js';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertAccount, signIn, type World } from '../../../app/server/testing/world.js';
import type { DayOff } from '../calendar.contract.js';
import { workingDaysAfter } from '../index.js';

type List = { year: number; days: DayOff[]; canEdit: boolean };

describeBackends('calendar: days off', (ctx) => {
  let w: World;
  let provinceAdmin: TestClient;
  let organizer: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    provinceAdmin = await signIn(w.db, ctx().client(), await insertAccount(w.db, w.root, [{ role: 'admin', unit: w.root }]));
    organizer = await w.client('organizer');
  });

  it('a provincial administrator enters an announced day off; deadlines in working days skip it; audited', async () => {
    // Friday 18/12/2026 + 10 working days: 1/1/2027 is a fixed holiday → Monday 4/1/2027.
    expect(await workingDaysAfter(w.db, '2026-12-18', 10)).toBe('2027-01-04');
    const body = { name: 'Nghỉ bù Tết Dương lịch', source: 'Thông báo số 01/TB-BNV (thử)' };
    const put = await provinceAdmin.request<DayOff>('PUT', '/api/calendar/days-off/2027-01-04', { body });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toEqual({ day: '2027-01-04', ...body, fixed: false });
    expect(await workingDaysAfter(w.db, '2026-12-18', 10)).toBe('2027-01-05');

    const list = await organizer.get<List>('/api/calendar/days-off?year=2027');
    expect(list.status).toBe(200);
    expect(list.body.canEdit).toBe(false);
    expect(list.body.days.map((d) => [d.day, d.fixed])).toEqual([
      ['2027-01-01', true],
      ['2027-01-04', false],
      ['2027-04-30', true],
      ['2027-05-01', true],
      ['2027-09-02', true],
    ]);
    expect((await provinceAdmin.get<List>('/api/calendar/days-off?year=2027')).body.canEdit).toBe(true);

    const events = await w.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_type', '=', 'day_off')
      .where('entity_id', '=', '2027-01-04')
      .execute();
    expect(events).toEqual([{ action: 'calendar.day_off.put', after: body }]);

    const del = await provinceAdmin.request('DELETE', '/api/calendar/days-off/2027-01-04');
    expect(del.status).toBe(200);
    expect(await workingDaysAfter(w.db, '2026-12-18', 10)).toBe('2027-01-04');
    expect((await provinceAdmin.request('DELETE', '/api/calendar/days-off/2027-01-04')).status).toBe(404);
  });

  it('refuses a fixed holiday, a weekend, a bad date, and anyone but a provincial administrator; nothing changes', async () => {
    const body = { name: 'Ngày nghỉ', source: 'Văn bản' };
    const code = (res: { body: unknown }) => errorCode(res.body);
    const fixed = await provinceAdmin.request('PUT', '/api/calendar/days-off/2027-09-02', { body });
    expect([fixed.status, code(fixed)]).toEqual([422, 'FIXED_HOLIDAY']);
    expect((await provinceAdmin.request('DELETE', '/api/calendar/days-off/2027-05-01')).status).toBe(422);
    const weekend = await provinceAdmin.request('PUT', '/api/calendar/days-off/2027-01-02', { body });
    expect([weekend.status, code(weekend)]).toEqual([422, 'WEEKEND']);
    const bad = await provinceAdmin.request('PUT', '/api/calendar/days-off/2027-02-30', { body });
    expect(bad.status).toBe(400);
    const empty = await provinceAdmin.request('PUT', '/api/calendar/days-off/2027-02-08', { body: { name: '', source: 'x' } });
    expect(empty.status).toBe(400);
    const subtreeAdmin = await w.client('admin');
    expect((await subtreeAdmin.request('PUT', '/api/calendar/days-off/2027-02-08', { body })).status).toBe(403);
    const rows = await w.db.selectFrom('days_off').select('day').where('day', '>=', '2027-01-01').execute();
    expect(rows).toEqual([]);
  });
});
