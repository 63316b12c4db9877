import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent, for telling where a request's cost goes: this process (the server under test) and
 * every PostgreSQL process on the machine (from /proc, Linux only; 0 elsewhere), in milliseconds.
 */
export interface CpuSnapshot {
  readonly serverMs: number;
  readonly postgresMs: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function postgresMs(): number {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
    } catch {
      // the process ended meanwhile
    }
  }
  return (ticks / TICKS_PER_SECOND) * 1000;
}

export function cpuSnapshot(): CpuSnapshot {
  const u = process.cpuUsage();
  return { serverMs: (u.user + u.system) / 1000, postgresMs: postgresMs() };
}

/** CPU per request between two snapshots, in ms: server (this process) and PostgreSQL. */
export function cpuPerRequest(from: CpuSnapshot, to: CpuSnapshot, requests: number): CpuSnapshot {
  return {
    serverMs: (to.serverMs - from.serverMs) / requests,
    postgresMs: (to.postgresMs - from.postgresMs) / requests,
  };
}
