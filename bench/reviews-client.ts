/**
 * The self-review clients, in a child process (the server keeps its own event loop): `concurrency`
 * keep-alive connections each sending its share of the requests one after another, over real HTTP;
 * reports the wall time and each request's latency and status. Started by reviews.bench.ts with `fork`.
 */
import { Agent, request } from 'node:http';

export interface PutJob {
  readonly base: string;
  readonly method: 'PUT';
  readonly requests: readonly { path: string; body: string }[];
  readonly concurrency: number;
  readonly headers: Record<string, string>;
}

export interface PutReport {
  readonly wallMs: number;
  readonly ms: readonly number[];
  readonly statuses: Record<string, number>;
  readonly firstError: string | null;
}

function send(agent: Agent, job: PutJob, path: string, body: string): Promise<{ status: number; ms: number; text: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      `${job.base}${path}`,
      {
        method: job.method,
        agent,
        headers: { ...job.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', (e) => resolve({ status: 0, ms: performance.now() - started, text: e.message }));
    req.end(body);
  });
}

export async function firePuts(job: PutJob): Promise<PutReport> {
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const ms: number[] = [];
  const statuses: Record<string, number> = {};
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      for (let i = next++; i < job.requests.length; i = next++) {
        const r = job.requests[i]!;
        const out = await send(agent, job, r.path, r.body);
        ms.push(out.ms);
        statuses[out.status] = (statuses[out.status] ?? 0) + 1;
        if ((out.status < 200 || out.status > 299) && firstError === null) firstError = `${out.status} ${out.text.slice(0, 300)}`;
      }
    }),
  );
  const wallMs = performance.now() - started;
  agent.destroy();
  return { wallMs, ms, statuses, firstError };
}

if (process.send) {
  process.once('message', (job: PutJob) => {
    void firePuts(job).then((report) => process.send?.(report, () => process.exit(0)));
  });
}
