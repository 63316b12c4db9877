// The ballot a voter's phone reads without a session: only an open round, only title and subjects.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import type { PublicBallot } from '../votes.schemas.js';
import { openAndIssue, setUpRound } from './votes-test-kit.js';

type ErrorBody = { error: { code: string } };

describeBackends('votes: the public ballot of an open round', (ctx) => {
  let w: World;
  let organizer: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
  });

  it('answers the eligible subjects (names and posts) while open, and nothing before or after', async () => {
    const { round, subjectIds } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 3, present: 3, subjects: 2 });
    const anonymous = ctx().client();
    const path = `/api/votes/rounds/${round.id}/ballot`;

    const draft = await anonymous.get<ErrorBody>(path);
    expect(draft.status).toBe(409);
    expect(draft.body.error.code).toBe('ROUND_NOT_OPEN');

    await openAndIssue(organizer, round.id);
    const open = await anonymous.get<PublicBallot>(path);
    expect(open.status).toBe(200);
    expect(open.body).toEqual({
      id: round.id,
      title: 'Hội nghị giữa nhiệm kỳ',
      status: 'open',
      subjects: subjectIds.map((id, i) => ({ id, fullName: `Lê Văn Chủ ${i + 1}`, postTitle: 'Phó Giám đốc' })),
    });
    // The excluded newcomer is not on the ballot; nothing about the roll, counts or unit leaks.
    expect(JSON.stringify(open.body)).not.toContain('Trần Mới Đến');
    expect(Object.keys(open.body).sort()).toEqual(['id', 'status', 'subjects', 'title']);

    expect((await organizer.post(`/api/votes/rounds/${round.id}/close`)).status).toBe(200);
    expect((await anonymous.get(path)).status).toBe(409);
    expect((await anonymous.get('/api/votes/rounds/999999/ballot')).status).toBe(404);
  });
});
