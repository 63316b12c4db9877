// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { addWorkingDays } from '../../calendar/index.js';
import { localToday } from '../../people/index.js';
import { insertPublishedReview } from './reviews-publication-test-kit.js';

type Petition = { answerDue: string; filedOn: string };

describeBackends('reviews: a petition is answered within 10 working days, days off skipped', (ctx) => {
  let w: World;
  let organizer: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
  });

  it('counts the answer date past weekends, fixed holidays and the announced days off', async () => {
    const today = localToday();
    const file = async () => {
      const { reviewId } = await insertPublishedReview(w.db, await w.freshUnit('inside'));
      const res = await organizer.post<Petition>(`/api/reviews/${reviewId}/petitions`, { filedOn: today, content: 'Kiến nghị' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.answerDue;
    };
    expect(await file()).toBe(addWorkingDays(today, 10, new Set()));
    // The first working day after filing becomes an announced day off: the answer is due one working day later.
    const firstWorkingDay = addWorkingDays(today, 1, new Set());
    await w.db
      .insertInto('days_off')
      .values({ day: firstWorkingDay, name: 'Ngày nghỉ (thử)', source: 'Thông báo (thử)' })
      .execute();
    expect(await file()).toBe(addWorkingDays(today, 10, new Set([firstWorkingDay])));
    expect(addWorkingDays(today, 10, new Set([firstWorkingDay]))).not.toBe(addWorkingDays(today, 10, new Set()));
  });
});
