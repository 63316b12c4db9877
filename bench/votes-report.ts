/** The confidence-vote benchmark's options, figures and table (bench/votes.bench.ts). */
import type { Stats } from './votes-baseline.js';

export interface Options {
  readonly voters: number;
  readonly subjects: number;
  readonly tallyBallots: number;
  readonly tallyRuns: number;
  readonly logLevel: string;
}

export function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const int = (flag: string, fallback: number) => {
    const n = Number(value(flag) ?? fallback);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer`);
    return n;
  };
  return {
    voters: int('--voters', 1_000),
    subjects: int('--subjects', 15),
    tallyBallots: int('--tally-ballots', 10_000),
    tallyRuns: int('--tally-runs', 30),
    logLevel: value('--log-level') ?? 'info',
  };
}

export interface Row {
  readonly what: string;
  readonly merit: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly goal: string;
  readonly met: string;
}
export const rows: Row[] = [];
export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
export const pct = (s: Stats) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
export const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function log(message: string) {
  console.info(`[bench votes ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

export function printTable() {
  const head: Row = { what: 'measure', merit: 'Merit', baseline: 'raw PostgreSQL', ratio: 'ratio', goal: 'goal', met: '' };
  const keys = Object.keys(head) as (keyof Row)[];
  const widths = keys.map((k) => Math.max(...[head, ...rows].map((r) => r[k].length)));
  const line = (r: Row) => '| ' + keys.map((k, i) => r[k].padEnd(widths[i] ?? 0)).join(' | ') + ' |';
  console.info(line(head));
  console.info('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.info(line(r));
}
