/**
 * The meeting room's phones, in a child process (so the server keeps its own event loop): given the
 * casts to make, it fires them all at the same moment over real HTTP, each on its own keep-alive
 * connection (an agent of as many sockets as voters), and reports the wall time until the last answer,
 * each request's latency, status and receipt. Started by votes.bench.ts with `fork`.
 */
import { Agent, request } from 'node:http';
import { randomBytes } from 'node:crypto';

export interface CastJob {
  readonly base: string;
  readonly path: string;
  /** One JSON body per voter. */
  readonly bodies: readonly string[];
}

export interface CastOutcome {
  readonly status: number;
  readonly ms: number;
  /** The receipt answered (2xx), or the error code / transport error. */
  readonly answer: string;
}

export interface CastReport {
  readonly wallMs: number;
  readonly outcomes: readonly CastOutcome[];
}

/** A phone before sign-in: its double-submit CSRF token (cookie and header alike, as the web app sends). */
function csrfToken(): string {
  return randomBytes(32).toString('base64url');
}

function cast(agent: Agent, base: string, path: string, body: string): Promise<CastOutcome> {
  const token = csrfToken();
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      `${base}${path}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          cookie: `merit_csrf=${token}`,
          'x-csrf-token': token,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = performance.now() - started;
          const status = res.statusCode ?? 0;
          let answer = '';
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
              receipt?: string;
              error?: { code?: string };
            };
            answer = parsed.receipt ?? parsed.error?.code ?? '';
          } catch {
            answer = 'unreadable body';
          }
          resolve({ status, ms, answer });
        });
      },
    );
    req.on('error', (error) => resolve({ status: 0, ms: performance.now() - started, answer: error.message }));
    req.end(body);
  });
}

export async function fireCasts(job: CastJob): Promise<CastReport> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.bodies.length });
  const started = performance.now();
  const outcomes = await Promise.all(job.bodies.map((body) => cast(agent, job.base, job.path, body)));
  const wallMs = performance.now() - started;
  agent.destroy();
  return { wallMs, outcomes };
}

// As a child process: one job in, one report out.
if (process.send) {
  process.once('message', (job: CastJob) => {
    void fireCasts(job).then((report) => {
      process.send?.(report, () => process.exit(0));
    });
  });
}
