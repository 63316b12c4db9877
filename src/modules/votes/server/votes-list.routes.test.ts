// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type UnitRef, type World } from '../../../app/server/testing/world.js';
import { ROUND_LIST_PAGE_MAX, type RoundSummary } from '../votes.schemas.js';
import { insertRound } from './votes-test-kit.js';

type Page = { items: RoundSummary[]; total: number; page: number; pageSize: number };

describeBackends('votes: the organizer lists rounds in scope', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let insideUnit: UnitRef;
  let outsideUnit: UnitRef;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    insideUnit = await w.freshUnit('inside');
    outsideUnit = await w.freshUnit('outside');
    ids.draft = await insertRound(ctx().db, insideUnit, 'draft');
    ids.open = await insertRound(ctx().db, insideUnit, 'open');
    ids.outside = await insertRound(ctx().db, outsideUnit, 'published');
    await ctx().db.updateTable('vote_rounds').set({ vote_date: '2026-12-01' }).where('id', '=', ids.draft).execute();
  });

  it('lists the rounds of a unit the caller runs, newest vote date first, with the counts', async () => {
    const res = await organizer.get<Page>(`/api/votes/rounds?unitId=${insideUnit.id}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((r) => r.id)).toEqual([ids.draft, ids.open]);
    expect(res.body.items[0]).toMatchObject({ status: 'draft', summoned: 3, present: 3, canManage: true });
  });

  it('shows a caller outside the unit nothing: not the rounds, not their count', async () => {
    const outsider = await organizer.get<Page>(`/api/votes/rounds?unitId=${outsideUnit.id}`);
    expect(outsider.status).toBe(200);
    expect(outsider.body).toMatchObject({ items: [], total: 0 });
    const all = await organizer.get<Page>('/api/votes/rounds?pageSize=100');
    expect(all.body.items.map((r) => r.id)).not.toContain(ids.outside);
    const noGrant = await (await w.client('none')).get<Page>('/api/votes/rounds');
    expect(noGrant.body).toMatchObject({ items: [], total: 0 });
    expect((await ctx().client().get('/api/votes/rounds')).status).toBe(401);
  });

  it('lets a reader see the rounds without managing them, and filters by status', async () => {
    const inspector = await w.client('inspector');
    const res = await inspector.get<Page>(`/api/votes/rounds?unitId=${insideUnit.id}&status=open`);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ id: ids.open, status: 'open', canManage: false });
  });

  it('pages the list within its bound and refuses bad filters with a 400 naming the field', async () => {
    const first = await organizer.get<Page>(`/api/votes/rounds?unitId=${insideUnit.id}&pageSize=1`);
    const second = await organizer.get<Page>(`/api/votes/rounds?unitId=${insideUnit.id}&pageSize=1&page=2`);
    expect([first.body.items[0]?.id, second.body.items[0]?.id]).toEqual([ids.draft, ids.open]);
    expect(first.body.total).toBe(2);
    const tooMany = await organizer.get<{ error: { details: { field?: string }[] } }>(
      `/api/votes/rounds?pageSize=${ROUND_LIST_PAGE_MAX + 1}`,
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details.map((d) => d.field)).toContain('query.pageSize');
    expect((await organizer.get('/api/votes/rounds?status=finished')).status).toBe(400);
    expect((await organizer.get('/api/votes/rounds?unitId=abc')).status).toBe(400);
  });
});
