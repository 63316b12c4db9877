// The public voting routes log nothing per request (logLevel 'warn'), other routes still do, and nothing
// about a ballot (code, marks, receipt) reaches the log at any level — even when a cast is refused.
// The app's logger writes to process.stdout when its `write` has been replaced (pino's own rule), so the
// test replaces it before the app is built and reads the JSON lines back.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { formatCode, generateBallotCode, normaliseCode } from '../ballot-code.rules.js';
import { openRoundWithCode } from './votes-test-kit.js';
import { votesEndpoints } from '../votes.contract.js';

/** pino's numeric levels. */
const INFO = 30;

interface LogLine {
  readonly level: number;
  readonly reqId?: string;
  readonly msg?: string;
}

const captured: string[] = [];
const originalWrite = process.stdout.write;

beforeAll(() => {
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
});
afterAll(() => {
  process.stdout.write = originalWrite;
});

const lines = (): LogLine[] =>
  captured
    .join('')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogLine);
const linesOf = (reqId: string) => lines().filter((l) => l.reqId === reqId);

it('every public votes endpoint is quiet (logLevel warn), and only those', () => {
  for (const endpoint of Object.values(votesEndpoints)) {
    expect([endpoint.name, endpoint.logLevel]).toEqual([endpoint.name, endpoint.access === 'public' ? 'warn' : undefined]);
  }
});

describeBackends(
  'http: route log levels and ballot secrecy in the log',
  (ctx) => {
    let w: World;

    beforeAll(async () => {
      w = await buildWorld(ctx());
    });
    // Each backend's app reuses the request ids below: read only what this test wrote.
    beforeEach(() => {
      captured.length = 0;
    });

    it('a public cast writes no info line while a normal route logs its request', async () => {
      const { roundId, code, subjectId } = await openRoundWithCode(ctx().db, w.inside);
      const voter = ctx().client();
      const cast = await voter.post<{ receipt: string }>(
        `/api/votes/rounds/${roundId}/ballots`,
        { code, marks: { [subjectId]: 'thap' } },
        { headers: { 'x-request-id': 'logtest-cast-ok' } },
      );
      expect(cast.status).toBe(201);
      const ballot = await voter.get(`/api/votes/rounds/${roundId}/ballot`, { 'x-request-id': 'logtest-ballot' });
      expect(ballot.status).toBe(200);
      const organizer = await w.client('organizer');
      const read = await organizer.get(`/api/votes/rounds/${roundId}`, { 'x-request-id': 'logtest-organizer' });
      expect(read.status).toBe(200);

      // The normal route: "incoming request" and "request completed" at info — so capture works.
      const normal = linesOf('logtest-organizer');
      expect(normal.filter((l) => l.level === INFO).map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
      expect(linesOf('logtest-cast-ok')).toEqual([]);
      expect(linesOf('logtest-ballot')).toEqual([]);
      const all = captured.join('');
      expect(all).not.toContain(normaliseCode(cast.body.receipt));
      expect(all).not.toContain(cast.body.receipt);
    });

    it('a refused cast (unknown, malformed, reused code) logs nothing holding the code or the marks', async () => {
      const { roundId, code, subjectId } = await openRoundWithCode(ctx().db, w.inside);
      const voter = ctx().client();
      const cast = (c: string, id: string) =>
        voter.post(
          `/api/votes/rounds/${roundId}/ballots`,
          { code: c, marks: { [subjectId]: 'tin_nhiem' } },
          { headers: { 'x-request-id': id } },
        );
      const unknown = generateBallotCode();
      const malformed = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
      expect((await cast(unknown, 'logtest-unknown')).status).toBe(422);
      expect((await cast(malformed, 'logtest-malformed')).status).toBe(422);
      expect((await cast(code, 'logtest-first')).status).toBe(201);
      const reused = await cast(code, 'logtest-reused');
      expect(reused.status).toBe(409);
      // A normal route's refusal is logged at info, so a refusal would show if the cast route logged it.
      const anonymous = await ctx().client().get(`/api/votes/rounds/${roundId}`, { 'x-request-id': 'logtest-refused' });
      expect(anonymous.status).toBe(401);
      expect(linesOf('logtest-refused').map((l) => l.msg)).toContain('request refused');

      for (const id of ['logtest-unknown', 'logtest-malformed', 'logtest-first', 'logtest-reused']) {
        expect(linesOf(id)).toEqual([]);
      }
      const all = captured.join('');
      for (const secret of [unknown, malformed, code, formatCode(code), formatCode(unknown), 'tin_nhiem', 'marks']) {
        expect(all).not.toContain(secret);
      }
    });
  },
  { config: { logLevel: 'info' } },
);
