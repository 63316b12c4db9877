import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirBusyError, LOCK_FILE, lockDataDir } from './data-dir-lock.js';

describe('data dir lock', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'merit-lock-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('lets one live process hold the directory, and the next take it once released', () => {
    const dir = freshDir();
    // The parent process (the test runner) plays the running server.
    const server = lockDataDir(dir, process.ppid);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(DataDirBusyError);
    server.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const cli = lockDataDir(dir);
    cli.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not remove a lock another process took after a stale one', () => {
    const dir = freshDir();
    const gone = lockDataDir(dir, 2_147_483_646);
    const server = lockDataDir(dir, process.ppid);
    gone.release();
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.ppid}\n`);
    server.release();
  });
});
