import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'merit.lock';

/** The embedded database's directory is open in another live process. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data directory ${dataDir} is in use by another Merit process (pid ${holderPid}), probably the server.\n` +
        'The embedded database (PGlite) can be opened by one process at a time. Stop the server (Ctrl+C) and run ' +
        'this again, or run Merit on PostgreSQL (MERIT_DATABASE_URL) to use the command line while the server runs.\n' +
        `If no Merit process is running, delete ${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirBusyError';
  }
}

export interface DataDirLock {
  release(): void;
}

function readHolder(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite opens a data directory another process has open without a word, and two writers corrupt it
 * (its postmaster.pid holds no real pid). So every Merit process takes this lock before opening the
 * directory. A lock left by a process that is gone (a crash, kill -9, or our own pid in a restarted
 * container) is taken over.
 */
export function lockDataDir(dataDir: string, pid: number = process.pid): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  // Written aside, then linked into place: the lock never exists without its pid, and link() fails
  // when another process got there first.
  const draft = `${file}.${pid}`;
  writeFileSync(draft, `${pid}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(draft, file);
        return {
          release: () => {
            if (readHolder(file) === pid) rmSync(file, { force: true });
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(file);
      if (holder !== undefined && holder !== pid && isAlive(holder)) throw new DataDirBusyError(dataDir, holder);
      rmSync(file, { force: true });
    }
    throw new Error(`Could not take the lock ${file}`);
  } finally {
    rmSync(draft, { force: true });
  }
}
