// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertPerson, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { CycleDetail, ReviewSummary } from '../reviews.schemas.js';

type Page = { items: ReviewSummary[]; nextAfterId: number | null };

async function person(
  db: Db,
  unit: UnitRef,
  name: string,
  fields: { status?: string; party?: UnitRef; head?: boolean; bodyId?: number; born?: string; gender?: 'male' | 'female' } = {},
) {
  const { id } = await insertPerson(db, unit, name);
  await db
    .updateTable('people')
    .set({
      status: fields.status ?? 'civil_servant',
      party_cell_id: fields.party?.id ?? null,
      party_join_date: fields.party ? '2010-05-19' : null,
      date_of_birth: fields.born ?? '1980-01-01',
      gender: fields.gender ?? 'male',
    })
    .where('id', '=', id)
    .execute();
  if (fields.head) {
    await db
      .insertInto('person_posts')
      .values({
        person_id: id,
        unit_id: unit.id,
        title: 'Trưởng phòng',
        title_search: 'truong phong',
        is_head: true,
        start_date: '2020-01-01',
      })
      .execute();
  }
  if (fields.bodyId) {
    await db
      .insertInto('person_management')
      .values({ person_id: id, track: 'state', management_body_id: fields.bodyId, valid_from: '2020-01-01' })
      .execute();
  }
  return id;
}

describeBackends('reviews: opening a cycle generates the right records', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let unit: UnitRef;
  let division: UnitRef;
  let cell: UnitRef;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    unit = await insertUnit(w.db, w.inside, { name: 'Sở Xây dựng' });
    division = await insertUnit(w.db, unit, { name: 'Phòng Quy hoạch', kind: 'division' });
    cell = await insertUnit(w.db, unit, { name: 'Chi bộ Phòng Quy hoạch', kind: 'party_cell', track: 'party' });
    ids.head = await person(w.db, division, 'Phạm Văn Trưởng', {
      head: true,
      bodyId: w.insideBodyId,
      party: cell,
      born: '1970-06-01',
    });
    ids.staff = await person(w.db, division, 'Ngô Thị Chuyên', { party: cell, gender: 'female', born: '1997-02-01' });
    ids.employee = await person(w.db, division, 'Đỗ Văn Viên', { status: 'public_employee' });
    ids.worker = await person(w.db, division, 'Bùi Văn Hợp Đồng', { status: 'worker', party: cell });
  });

  const open = (body: Record<string, unknown>) => organizer.post('/api/reviews/cycles', { unitId: unit.id, ...body });

  it('state year 2026: civil servants and public employees, the head on 2A, collectives of the state units', async () => {
    const res = await open({ regime: 'state', periodKind: 'year', year: 2026 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const cycle = res.body as CycleDetail;
    expect(cycle).toMatchObject({
      regime: 'state',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      decisionDue: '2026-12-15',
    });
    expect(cycle.selfReviewDue < cycle.commentsDue && cycle.commentsDue < cycle.decisionDue).toBe(true);
    expect(cycle.title).toBe('Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2026');

    const page = (await organizer.get<Page>(`/api/reviews/cycles/${cycle.id}/reviews`)).body;
    const byPerson = new Map(page.items.filter((r) => r.personId).map((r) => [r.personId, r]));
    expect([...byPerson.keys()].sort()).toEqual([ids.head, ids.staff, ids.employee].sort());
    expect(byPerson.get(ids.head!)).toMatchObject({
      form: '2A',
      isLeader: true,
      isHead: true,
      ruleSet: 'civil-servant-nd335-2026',
    });
    expect(byPerson.get(ids.staff!)).toMatchObject({ form: '2B', isLeader: false, subjectKind: 'civil_servant' });
    expect(byPerson.get(ids.employee!)).toMatchObject({ subjectKind: 'public_employee', ruleSet: 'public-employee-law-2026' });
    const collectives = page.items.filter((r) => r.subjectType === 'collective').map((r) => r.unitId);
    expect(collectives.sort()).toEqual([unit.id, division.id].sort());
    expect(cycle.total).toBe(page.items.length);

    const row = await w.db.selectFrom('reviews').selectAll().where('person_id', '=', ids.head!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      management_body_id: w.insideBodyId,
      age_band: '50_59',
      gender: 'male',
      unit_path: division.path,
    });
    const young = await w.db
      .selectFrom('reviews')
      .select('age_band')
      .where('person_id', '=', ids.staff!)
      .executeTakeFirstOrThrow();
    expect(young.age_band).toBe('under_30');
  });

  it('refuses the same period again, on the unit or on a unit above it, and changes nothing', async () => {
    const before = await w.db
      .selectFrom('review_cycles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect((await open({ regime: 'state', periodKind: 'year', year: 2026 })).status).toBe(409);
    const above = await organizer.post('/api/reviews/cycles', {
      unitId: w.inside.id,
      regime: 'state',
      periodKind: 'year',
      year: 2026,
    });
    expect(above.status).toBe(409);
    expect((above.body as { error: { message: string } }).error.message).toContain('đã được mở');
    const after = await w.db
      .selectFrom('review_cycles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('party year 2026: members by their cell, the worker on 2C, the cell as a party organization', async () => {
    const res = await open({ regime: 'party', periodKind: 'year', year: 2026 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const cycle = res.body as CycleDetail;
    expect(cycle.decisionDue).toBe('2026-12-31');
    const page = (await organizer.get<Page>(`/api/reviews/cycles/${cycle.id}/reviews`)).body;
    const people = page.items.filter((r) => r.personId);
    expect(people.map((r) => r.personId).sort()).toEqual([ids.head, ids.staff, ids.worker].sort());
    expect(people.every((r) => r.unitId === cell.id && r.ruleSet === 'party-qd366-2025')).toBe(true);
    expect(people.find((r) => r.personId === ids.worker)).toMatchObject({ form: '2C', subjectKind: 'party_member' });
    expect(page.items.filter((r) => r.subjectType === 'collective').map((r) => r.collectiveKind)).toEqual(['party_organization']);
  });

  it('a 2025 state year uses ND 90 as amended by ND 48 and has no rule set for agencies', async () => {
    const res = await open({ regime: 'state', periodKind: 'year', year: 2025 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const page = (await organizer.get<Page>(`/api/reviews/cycles/${(res.body as CycleDetail).id}/reviews`)).body;
    expect(page.items.every((r) => r.subjectType === 'person' && r.ruleSet === 'state-nd90-nd48-2023')).toBe(true);
  });

  it('a quarter has its dates and deadlines after the quarter; bad periods and deadlines say which field', async () => {
    const res = await open({ regime: 'state', periodKind: 'quarter', year: 2026, periodNo: 2 });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body as CycleDetail).toMatchObject({
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
      decisionDue: '2026-07-10',
    });
    const noNumber = await open({ regime: 'state', periodKind: 'quarter', year: 2026 });
    expect(noNumber.status).toBe(400);
    expect(JSON.stringify(noNumber.body)).toContain('periodNo');
    const badOrder = await open({
      regime: 'state',
      periodKind: 'month',
      year: 2026,
      periodNo: 3,
      selfReviewDue: '2026-04-30',
      decisionDue: '2026-04-01',
    });
    expect(badOrder.status).toBe(422);
  });

  it('progress counts pending reviews as late once the self-review deadline has passed', async () => {
    const res = await open({
      regime: 'state',
      periodKind: 'month',
      year: 2026,
      periodNo: 1,
      selfReviewDue: '2026-02-05',
      commentsDue: '2026-02-07',
      decisionDue: '2026-02-10',
    });
    const cycle = res.body as CycleDetail;
    expect(cycle.late).toBe(cycle.total); // today (2026-11) is past every deadline
    const progress = (
      await organizer.get<{ units: { unitId: number; total: number; late: number; counts: { pending: number } }[] }>(
        `/api/reviews/cycles/${cycle.id}/progress`,
      )
    ).body;
    const div = progress.units.find((u) => u.unitId === division.id);
    expect(div).toMatchObject({ total: 4, late: 4, counts: { pending: 4 } });
    const extended = await organizer.request<CycleDetail>('PUT', `/api/reviews/cycles/${cycle.id}/deadlines`, {
      body: {
        selfReviewDue: '2099-01-01',
        commentsDue: '2099-01-02',
        decisionDue: '2099-01-03',
        decisionRef: '12/QĐ-SXD',
      },
    });
    expect(extended.status, JSON.stringify(extended.body)).toBe(200);
    expect(extended.body.late).toBe(0);
    const audit = await w.db
      .selectFrom('audit_events')
      .select('after')
      .where('action', '=', 'reviews.cycle.deadlines')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain('12/QĐ-SXD');
  });
});
