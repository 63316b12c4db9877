// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertPerson, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import type { CycleDetail } from '../reviews.schemas.js';
import type { Settings } from '../reviews-settings.schemas.js';

type ErrorBody = { error: { code: string; details?: { field: string; message: string }[] } };

describeBackends('reviews: an organization overrides only what the regulation allows', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let inspector: TestClient;
  let unit: UnitRef;
  let child: UnitRef;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    inspector = await w.client('inspector');
    unit = await insertUnit(w.db, w.inside, { name: 'Sở Y tế' });
    child = await insertUnit(w.db, unit, { name: 'Phòng Nghiệp vụ', kind: 'division' });
    await insertPerson(w.db, child, 'Vũ Thị Cấu Hình');
  });

  const put = (unitId: number, body: unknown) =>
    organizer.request<Settings & ErrorBody>('PUT', `/api/reviews/settings/${unitId}`, { body });

  it('starts from the named defaults, then records an override with its document and audits it', async () => {
    const initial = (await inspector.get<Settings>(`/api/reviews/settings/${child.id}`)).body;
    expect(initial).toMatchObject({ version: 0, overrides: {}, can: { manage: false } });
    expect(initial.effective).toMatchObject({
      wideOpinionMinResponses: 3,
      petitionWindowDays: 5,
      petitionAnswerWorkingDays: 10,
      headNotAboveCollective: true,
    });

    const res = await put(unit.id, {
      overrides: { wideOpinionMinResponses: 5, annualDeadline: 'JAN_15_NEXT_YEAR' },
      decisionRef: '20/QĐ-SYT',
      version: 0,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const inherited = (await organizer.get<Settings>(`/api/reviews/settings/${child.id}`)).body;
    expect(inherited.effective).toMatchObject({ wideOpinionMinResponses: 5, annualDeadline: 'JAN_15_NEXT_YEAR' });
    const audit = await w.db
      .selectFrom('audit_events')
      .select(['after'])
      .where('action', '=', 'reviews.settings.set')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain('20/QĐ-SYT');
  });

  it('refuses a fixed number by name, a shorter petition window, a quota exception and a stale version; nothing changes', async () => {
    const fixed = await put(unit.id, { overrides: { htxsQuotaPct: 30 }, decisionRef: 'x', version: 1 });
    expect(fixed.status).toBe(400);
    expect(fixed.body.error.details?.[0]).toMatchObject({ field: 'overrides.htxsQuotaPct' });
    expect(fixed.body.error.details?.[0]?.message).toContain('do quy định ấn định');
    const shorter = await put(unit.id, { overrides: { petitionWindowDays: 3 }, decisionRef: 'x', version: 1 });
    expect(shorter.body.error.details?.[0]).toMatchObject({ field: 'overrides.petitionWindowDays' });
    const quota = await put(unit.id, {
      overrides: { htxsQuotaException: { decisionNumber: '1/QĐ', pct: 25 } },
      decisionRef: 'x',
      version: 1,
    });
    expect(quota.status).toBe(400);
    const stale = await put(unit.id, { overrides: { petitionWindowDays: 7 }, decisionRef: 'x', version: 0 });
    expect(stale.status).toBe(409);
    expect((await organizer.get<Settings>(`/api/reviews/settings/${unit.id}`)).body).toMatchObject({
      version: 1,
      decisionRef: '20/QĐ-SYT',
    });
  });

  it('freezes the settings on a cycle when it opens; a later change does not alter it', async () => {
    const opened = await organizer.post<CycleDetail>('/api/reviews/cycles', {
      unitId: child.id,
      regime: 'state',
      periodKind: 'year',
      year: 2026,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body.decisionDue).toBe('2027-01-15');
    expect(opened.body.settings).toMatchObject({ wideOpinionMinResponses: 5 });
    expect((await put(unit.id, { overrides: { wideOpinionMinResponses: 9 }, decisionRef: '21/QĐ-SYT', version: 1 })).status).toBe(
      200,
    );
    const again = (await organizer.get<CycleDetail>(`/api/reviews/cycles/${opened.body.id}`)).body;
    expect(again.settings).toMatchObject({ wideOpinionMinResponses: 5 });
  });
});
