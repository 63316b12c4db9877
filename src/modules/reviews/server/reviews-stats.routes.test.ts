// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import type { ReviewStats } from '../reviews-stats.schemas.js';
import { insertDecided, insertYearCycle } from './reviews-stats-test-kit.js';

describeBackends('reviews: statistics from the rollup', (ctx) => {
  let w: World;
  let inspector: TestClient;
  let unit: UnitRef;
  let a: UnitRef;
  let b: UnitRef;
  let a1: UnitRef;
  const url = (q: Record<string, string | number>) =>
    `/api/reviews/stats?${new URLSearchParams(Object.entries(q).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    inspector = await w.client('inspector');
    unit = await insertUnit(w.db, w.inside, { name: 'Sở Tài chính' });
    a = await insertUnit(w.db, unit, { name: 'Phòng A', kind: 'division' });
    b = await insertUnit(w.db, unit, { name: 'Phòng B', kind: 'division' });
    a1 = await insertUnit(w.db, a, { name: 'Tổ A1', kind: 'division' });
    // 2026: a cycle on the unit, one on a descendant (A1), one on an ancestor (inside); a party cycle
    // and a quarter are not counted.
    const c26 = await insertYearCycle(w.db, unit, 2026);
    const c26a1 = await insertYearCycle(w.db, a1, 2026);
    const c26up = await insertYearCycle(w.db, w.inside, 2026);
    const party = await insertYearCycle(w.db, unit, 2026, 'party');
    const c25 = await insertYearCycle(w.db, unit, 2025);
    const female = { gender: 'female' as const };
    await insertDecided(w.db, c26, a, { level: 'HTXS', ...female });
    await insertDecided(w.db, c26, a, { level: 'HTT' });
    await insertDecided(w.db, c26, b, { level: 'HTT', ...female, ageBand: 'under_30' });
    await insertDecided(w.db, c26, b, { level: null });
    await insertDecided(w.db, c26a1, a1, { level: 'HT', personStatus: 'public_employee' });
    await insertDecided(w.db, c26up, unit, { level: 'KHT' });
    await insertDecided(w.db, c26up, w.inside, { level: 'HTXS' }); // outside the unit's subtree
    await insertDecided(w.db, party, a, { level: 'HTXS' });
    await insertDecided(w.db, c25, a, { level: 'HT' });
    await insertDecided(w.db, c25, b, { level: 'HT' });
    // a re-rating leaves a zero row in the rollup; it must not show
    const rerated = await insertDecided(w.db, c26, b, { level: 'HTXS' });
    await w.db.updateTable('reviews').set({ level: 'NOT_RATED' }).where('id', '=', rerated).execute();
  });

  it('counts the whole subtree over the unit, ancestor and descendant year cycles, with exact percentages', async () => {
    const res = await inspector.get<ReviewStats>(url({ unitId: unit.id, year: 2026 }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const s = res.body;
    expect(s.cycles).toBe(3);
    expect(s.total.counts).toEqual({ HTXS: 1, HTT: 2, HT: 1, KHT: 1, NOT_RATED: 1 });
    expect(s.total.total).toBe(6);
    expect(s.total.percents).toMatchObject({ HTXS: '16,67%', HTT: '33,33%', NOT_RATED: '16,67%' });
    expect(s.denominator).toBe('trên tổng số 6 người đã xếp loại');
    expect(s.trend.map((p) => [p.year, p.total])).toEqual([
      [2022, 0],
      [2023, 0],
      [2024, 0],
      [2025, 2],
      [2026, 6],
    ]);
  });

  it('breaks down by child unit, gender, age band and status', async () => {
    const byChild = (await inspector.get<ReviewStats>(url({ unitId: unit.id, year: 2026, by: 'child_unit' }))).body;
    expect(byChild.rows.map((r) => [r.label, r.total, r.share])).toEqual([
      ['Phòng A', 3, '50,00%'],
      ['Phòng B', 2, '33,33%'],
      ['Trực tiếp tại Sở Tài chính', 1, '16,67%'],
    ]);
    expect(byChild.total.total).toBe(6);
    const byGender = (await inspector.get<ReviewStats>(url({ unitId: unit.id, year: 2026, by: 'gender' }))).body;
    expect(byGender.rows.map((r) => [r.key, r.total])).toEqual([
      ['male', 4],
      ['female', 2],
    ]);
    const byAge = (await inspector.get<ReviewStats>(url({ unitId: unit.id, year: 2026, by: 'age_band' }))).body;
    expect(byAge.rows.find((r) => r.key === 'under_30')?.counts.HTT).toBe(1);
    const byStatus = (await inspector.get<ReviewStats>(url({ unitId: a.id, year: 2026, by: 'person_status' }))).body;
    expect(byStatus.rows.filter((r) => r.total > 0).map((r) => [r.key, r.total])).toEqual([
      ['civil_servant', 2],
      ['public_employee', 1],
    ]);
    const party = (await inspector.get<ReviewStats>(url({ unitId: unit.id, year: 2026, regime: 'party' }))).body;
    expect(party.total.counts.HTXS).toBe(1);
    expect(party.total.total).toBe(1);
  });

  it('a unit outside the authority does not exist (404); bad input names the field (400)', async () => {
    expect((await inspector.get(url({ unitId: w.outside.id, year: 2026 }))).status).toBe(404);
    expect((await inspector.get(url({ unitId: 99999999, year: 2026 }))).status).toBe(404);
    const bad = await inspector.get<{ error: { details: { field: string }[] } }>(url({ unitId: unit.id, year: 2026, years: 11 }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('years');
    expect((await inspector.get(url({ unitId: unit.id, year: 2026, by: 'religion' }))).status).toBe(400);
  });

  it('exports the report as .xlsx and PDF', async () => {
    const xlsx = await inspector.get(url({ unitId: unit.id, year: 2026, by: 'child_unit' }).replace('/stats?', '/stats.xlsx?'));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.raw.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await inspector.get(url({ unitId: unit.id, year: 2026, regime: 'party' }).replace('/stats?', '/stats.pdf?'));
    expect(pdf.status).toBe(200);
    expect(pdf.raw.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await inspector.get(`/api/reviews/stats.pdf?unitId=${w.outside.id}&year=2026`)).status).toBe(404);
  });
});
