// A unit merge carries its people along (issue 3 item 2), through the org module's merge endpoint.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertUnit, type World } from '../../../app/server/testing/world.js';
import type { PersonDetail } from '../people.contract.js';

describeBackends('people: unit merges carry people and keep their history', (ctx) => {
  let w: World;
  let organizer: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
  });

  const createIn = async (unitId: number, ten: string) => {
    const res = await organizer.post<PersonDetail>('/api/people', {
      hoDem: 'Trần Văn',
      ten,
      gender: 'male',
      dateOfBirth: '1985-02-03',
      status: 'civil_servant',
      unitId,
    });
    expect(res.status).toBe(201);
    return res.body;
  };
  const addPost = async (personId: number, post: Record<string, unknown>) => {
    const res = await organizer.post<PersonDetail>(`/api/people/${personId}/posts`, post);
    expect(res.status).toBe(201);
  };
  const detail = async (id: number) => (await organizer.get<PersonDetail>(`/api/people/${id}`)).body;

  it('moves the people, ends leadership posts, carries the others and keeps old posts under the old unit', async () => {
    const db = ctx().db;
    const old = await insertUnit(db, w.inside, { kind: 'division', name: 'Phòng Cũ' });
    const target = await insertUnit(db, w.inside, { kind: 'division', name: 'Phòng Mới' });
    const elsewhere = await insertUnit(db, w.inside, { kind: 'division', name: 'Phòng Khác' });
    const head = await createIn(old.id, 'Trưởng');
    const staff = await createIn(old.id, 'Viên');
    const concurrent = await createIn(elsewhere.id, 'Kiêm');
    await addPost(head.id, { unitId: old.id, title: 'Trưởng phòng', isHead: true, startDate: '2020-01-01' });
    await addPost(staff.id, { unitId: old.id, title: 'Chuyên viên', startDate: '2021-05-01' });
    await addPost(concurrent.id, { unitId: old.id, title: 'Chuyên viên kiêm nhiệm', startDate: '2022-01-01' });
    await addPost(concurrent.id, { unitId: elsewhere.id, title: 'Phó Trưởng phòng', isDeputy: true, startDate: '2022-01-01' });

    const merged = await organizer.post(`/api/org/units/${old.id}/merge`, {
      targetId: target.id,
      effectiveDate: '2026-01-01',
      documentRef: '12/QĐ-UBND',
    });
    expect(merged.status).toBe(200);

    const h = await detail(head.id);
    expect(h.unitId).toBe(target.id);
    expect(h.posts).toEqual([
      expect.objectContaining({ unitId: old.id, title: 'Trưởng phòng', isHead: true, endDate: '2025-12-31' }),
    ]);

    const s = await detail(staff.id);
    expect(s.unitId).toBe(target.id);
    const sPosts = [...s.posts].sort((a, b) => a.startDate.localeCompare(b.startDate));
    expect(sPosts).toEqual([
      expect.objectContaining({ unitId: old.id, title: 'Chuyên viên', startDate: '2021-05-01', endDate: '2025-12-31' }),
      expect.objectContaining({
        unitId: target.id,
        title: 'Chuyên viên',
        startDate: '2026-01-01',
        endDate: null,
        documentRef: '12/QĐ-UBND',
      }),
    ]);

    const c = await detail(concurrent.id);
    expect(c.unitId).toBe(elsewhere.id);
    const open = c.posts.filter((p) => p.endDate === null).map((p) => [p.unitId, p.title]);
    expect(open).toEqual(
      expect.arrayContaining([
        [elsewhere.id, 'Phó Trưởng phòng'],
        [target.id, 'Chuyên viên kiêm nhiệm'],
      ]),
    );

    const events = await db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_id', '=', String(old.id))
      .where('action', 'in', ['people.unit_merge', 'org.unit.merge'])
      .execute();
    const carry = events.find((e) => e.action === 'people.unit_merge');
    expect(carry?.after).toMatchObject({ movedPeople: 2, endedPosts: 1, carriedPosts: 2, movedPosts: 0 });
    const orgEvent = events.find((e) => e.action === 'org.unit.merge');
    expect(orgEvent?.after).toMatchObject({ carried: { people: { movedPeople: 2 } } });
  });

  it('re-points a post that starts on or after the merge date instead of ending it', async () => {
    const db = ctx().db;
    const old = await insertUnit(db, w.inside, { kind: 'division' });
    const target = await insertUnit(db, w.inside, { kind: 'division' });
    const p = await createIn(old.id, 'Mới');
    await addPost(p.id, { unitId: old.id, title: 'Trưởng phòng', isHead: true, startDate: '2026-03-01' });
    const res = await organizer.post(`/api/org/units/${old.id}/merge`, { targetId: target.id, effectiveDate: '2026-03-01' });
    expect(res.status).toBe(200);
    expect((await detail(p.id)).posts).toEqual([
      expect.objectContaining({ unitId: target.id, title: 'Trưởng phòng', isHead: true, endDate: null }),
    ]);
  });
});
