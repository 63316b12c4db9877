// Guessing room codes: after GUESS_LIMIT well-formed but never-issued codes, the address gets 429.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { generateBallotCode } from '../ballot-code.rules.js';
import { GUESS_LIMIT } from './code-guess-limiter.js';
import { openAndIssue, setUpRound, votesRowCounts } from './votes-test-kit.js';

describeBackends('votes: code guessing is slowed down', (ctx) => {
  let w: World;
  let organizer: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
  });

  it('counts unknown codes only (typos are caught by the check character) and then refuses with 429', async () => {
    const { round, subjectIds } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 3, present: 3, subjects: 1 });
    const [code] = await openAndIssue(organizer, round.id);
    const marks = { [subjectIds[0]!]: 'cao' };
    const guesser = ctx().client();
    const cast = (c: string) =>
      guesser.post<{ error: { code: string } }>(`/api/votes/rounds/${round.id}/ballots`, { code: c, marks });
    const before = await votesRowCounts(ctx().db);

    const typo = code!.replace(/.$/, (last) => (last === '2' ? '3' : '2'));
    for (let i = 0; i < GUESS_LIMIT + 5; i++) expect((await cast(typo)).status).toBe(422);
    for (let i = 0; i < GUESS_LIMIT; i++) expect((await cast(generateBallotCode())).status).toBe(422);
    const blocked = await cast(code!);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    expect(await votesRowCounts(ctx().db)).toEqual(before);
  });
});
