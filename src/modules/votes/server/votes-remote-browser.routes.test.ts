// The phone's code path, not the Node core: the browser port (web/blind-client*.ts) fetches the key,
// blinds, has the token signed, finalizes and casts through the real routes, with `credentials: 'omit'`
// and no cookie on either request (ADR 011).
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import type { RemoteKey } from '../votes-remote.contract.js';
import { castRemoteBallot, obtainSignedToken, RemoteCallError } from '../web/blind-client-api.js';
import { openAndIssue, setUpRound } from './votes-test-kit.js';

describeBackends('votes: remote voting from the browser port', (ctx) => {
  let w: World;
  let organizer: TestClient;
  const sent: RequestInit[] = [];

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** `fetch` answered by the app in process; every request is kept to check what the phone sent. */
  function stubFetch() {
    vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
      sent.push(init);
      const res = await ctx().app.inject({
        method: (init.method ?? 'GET') as 'GET' | 'POST',
        url,
        headers: init.headers as Record<string, string>,
        ...(typeof init.body === 'string' ? { payload: init.body } : {}),
      });
      return new Response(res.body, { status: res.statusCode, headers: { 'content-type': 'application/json' } });
    });
  }

  it('casts with a token blinded and finalized by the browser code, and refuses its reuse', async () => {
    const { round, subjectIds } = await setUpRound(ctx().db, organizer, w.inside, { summoned: 3, present: 2, subjects: 1 });
    const base = `/api/votes/rounds/${round.id}`;
    await organizer.request('PUT', `${base}/remote`, { body: { remoteAllowed: true } });
    await openAndIssue(organizer, round.id);
    const absent = round.roll.filter((m) => !m.present).map((m) => m.id);
    const invited = await organizer.post<{ invitations: { code: string }[] }>(`${base}/remote/invitations`, {
      rollMemberIds: absent,
    });
    const key = (await ctx().client().get<RemoteKey>(`${base}/remote/key`)).body;

    stubFetch();
    const signed = await obtainSignedToken(round.id, key, invited.body.invitations[0]!.code);
    const marks = { [subjectIds[0]!]: 'cao' as const };
    const cast = await castRemoteBallot(round.id, signed, marks);
    expect(cast.receipt).toMatch(/^[0-9A-Z-]+$/);
    const reuse = await castRemoteBallot(round.id, signed, marks).catch((e: unknown) => e);
    expect(reuse).toBeInstanceOf(RemoteCallError);
    expect((reuse as RemoteCallError).code).toBe('REMOTE_TOKEN_SPENT');
    expect(sent.length).toBe(3);
    for (const init of sent) {
      expect(init.credentials).toBe('omit');
      expect(Object.keys(init.headers ?? {}).map((h) => h.toLowerCase())).not.toContain('cookie');
    }
    sent.length = 0;
  });
});
