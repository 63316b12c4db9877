/**
 * The figures a bench run collects and prints at the end, and the timing helpers that produce them:
 * shared by the people benchmarks (bench/people.bench.ts) and the command line (bench/run.ts).
 */

export interface Figure {
  readonly backend: string;
  readonly size: string;
  readonly what: string;
  readonly merit: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly goal: string;
  /** Lists only: the hand-written page query without the count. */
  readonly pageOnly?: string;
}
export const figures: Figure[] = [];
export const failures: string[] = [];
export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
export const sec = (n: number) => `${(n / 1000).toFixed(2)} s`;

export function log(message: string) {
  console.info(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

interface Latency {
  readonly p50: number;
  readonly p95: number;
}

/**
 * Runs the functions in turn (warm-up + n calls each, one call at a time), so that noise from the
 * machine falls on all alike; p50/p95 in ms of each.
 */
export async function latencies(fns: readonly ((i: number) => Promise<unknown>)[], n = 60, warmup = 5): Promise<Latency[]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn(i);
  const samples: number[][] = fns.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const [k, fn] of fns.entries()) {
      const start = performance.now();
      await fn(i);
      samples[k]?.push(performance.now() - start);
    }
  }
  return samples.map((s) => {
    s.sort((x, y) => x - y);
    return { p50: percentile(s, 50), p95: percentile(s, 95) };
  });
}

export function printTable(rows: readonly Figure[]) {
  const head: Figure = {
    backend: 'backend',
    size: 'size',
    what: 'measure',
    merit: 'Merit',
    baseline: 'baseline',
    ratio: 'ratio',
    goal: 'goal',
    pageOnly: 'baseline page only',
  };
  const keys = Object.keys(head) as (keyof Figure)[];
  const widths = keys.map((k) => Math.max(...[head, ...rows].map((r) => (r[k] ?? '').length)));
  const line = (r: Figure) => '| ' + keys.map((k, i) => (r[k] ?? '').padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  console.info(line(head));
  console.info('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.info(line(r));
}
