// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { formatCode, generateBallotCode, GUESS_LIMIT } from '../../votes/index.js';
import type { ReviewDetail } from '../reviews-steps.contract.js';
import { insertReviewAt } from './reviews-test-kit.js';

type ErrorBody = { error: { code: string } };
type Codes = { reviewId: number; codes: string[] };

describeBackends('reviews: anonymous wide opinion', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let anonymous: TestClient;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    anonymous = await w.client('anonymous');
  });

  const issue = (id: number, count: number) => organizer.post<Codes>(`/api/reviews/${id}/opinion-codes`, { count });
  const answer = (body: Record<string, unknown>) => anonymous.post('/api/reviews/opinion', body);
  const answers = async (reviewId: number) =>
    (await w.db.selectFrom('review_opinion_answers').selectAll().where('review_id', '=', reviewId).execute()).length;

  it('only where the cycle collects wide opinion', async () => {
    const { reviewId } = await insertReviewAt(w.db, await w.freshUnit('inside'), 'self_reviewed');
    const res = await issue(reviewId, 3);
    expect(res.status).toBe(409);
    expect((res.body as unknown as ErrorBody).error.code).toBe('OPINION_DISABLED');
    expect((await issue(reviewId, 501)).status).toBe(400);
  });

  it('codes shown once, each used once; results only from 3 answers; forged and used codes change nothing', async () => {
    const { reviewId } = await insertReviewAt(w.db, await w.freshUnit('inside'), 'self_reviewed', { wideOpinion: true });
    const res = await issue(reviewId, 4);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const { codes } = res.body as Codes;
    expect(new Set(codes).size).toBe(4);
    const stored = await w.db
      .selectFrom('review_opinion_codes')
      .select('code_digest')
      .where('review_id', '=', reviewId)
      .execute();
    expect(stored).toHaveLength(4);
    for (const s of stored) expect(codes.map((c) => c.replace(/-/g, ''))).not.toContain(s.code_digest);

    const [a, b, c] = codes as [string, string, string];
    expect((await answer({ reviewId, code: a, level: 'HTT', comment: 'Gương mẫu' })).status).toBe(201);
    expect((await answer({ reviewId, code: b.toLowerCase(), level: 'HT' })).status).toBe(201);
    let detail = (await organizer.get<ReviewDetail>(`/api/reviews/${reviewId}`)).body;
    expect(detail.opinion).toEqual({ enabled: true, minResponses: 3, responses: 2, counts: null });
    expect(detail.can.opinionCodes).toBe(true);

    const reused = await answer({ reviewId, code: a, level: 'KHT' });
    expect(reused.status).toBe(409);
    expect((reused.body as ErrorBody).error.code).toBe('OPINION_CODE_REJECTED');
    const forged = await answer({ reviewId, code: formatCode(generateBallotCode()), level: 'KHT' });
    expect(forged.status).toBe(409);
    const typo = await answer({ reviewId, code: 'ABCD', level: 'KHT' });
    expect(typo.status).toBe(409);
    expect(await answers(reviewId)).toBe(2);

    expect((await answer({ reviewId, code: c, level: 'HTT' })).status).toBe(201);
    detail = (await organizer.get<ReviewDetail>(`/api/reviews/${reviewId}`)).body;
    expect(detail.opinion).toEqual({ enabled: true, minResponses: 3, responses: 3, counts: { HTXS: 0, HTT: 2, HT: 1, KHT: 0 } });
    const used = await w.db
      .selectFrom('review_opinion_codes')
      .select(sql<number>`count(*) filter (where used)::int`.as('n'))
      .where('review_id', '=', reviewId)
      .executeTakeFirstOrThrow();
    expect(used.n).toBe(3);

    // After the proposal, no more answers (and no more codes).
    await w.db.updateTable('reviews').set({ status: 'proposed', proposed_level: 'HTT' }).where('id', '=', reviewId).execute();
    const late = await answer({ reviewId, code: codes[3], level: 'HTT' });
    expect((late.body as ErrorBody).error.code).toBe('OPINION_DISABLED');
    expect((await issue(reviewId, 1)).status).toBe(409);
  });

  it('no stored link between a respondent and an answer (columns of both tables)', async () => {
    const columns = async (table: string) =>
      (
        await sql<{ column_name: string }>`
          select column_name from information_schema.columns where table_name = ${table} and table_schema = current_schema() order by column_name`.execute(
          w.db,
        )
      ).rows.map((r) => r.column_name);
    expect(await columns('review_opinion_codes')).toEqual(['code_digest', 'review_id', 'used']);
    expect(await columns('review_opinion_answers')).toEqual(['comment', 'level', 'review_id', 'sort_key']);
    // No audit row is written for an answer either (only the issuing of codes is audited).
    const { reviewId } = await insertReviewAt(w.db, await w.freshUnit('inside'), 'commented', { wideOpinion: true });
    const { codes } = (await issue(reviewId, 1)).body as Codes;
    const before = await w.db
      .selectFrom('audit_events')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect((await answer({ reviewId, code: codes[0], level: 'HTXS' })).status).toBe(201);
    const after = await w.db
      .selectFrom('audit_events')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('rate-limits guessing: after the limit of unknown well-formed codes, 429', async () => {
    const { reviewId } = await insertReviewAt(w.db, await w.freshUnit('inside'), 'self_reviewed', { wideOpinion: true });
    const guesser = await w.client('anonymous');
    const guess = () => guesser.post('/api/reviews/opinion', { reviewId, code: formatCode(generateBallotCode()), level: 'HT' });
    // Earlier tests in this app already spent some guesses from the same address.
    const statuses: number[] = [];
    for (let i = 0; i <= GUESS_LIMIT; i += 1) statuses.push((await guess()).status);
    expect(statuses.at(-1)).toBe(429);
    const first = statuses.indexOf(429);
    expect(statuses.slice(0, first).every((s) => s === 409)).toBe(true);
    expect(statuses.slice(first).every((s) => s === 429)).toBe(true);
    expect(await answers(reviewId)).toBe(0);
  });
});
