import type { ImportPhase, ImportProgress } from '../people-import.schemas.js';

/**
 * In-memory progress of the imports running in this process, per (account, import id): the browser
 * picks the id, sends it with the upload and polls `GET /api/imports/people/progress`. Nothing here
 * is durable or shared between processes — it is a progress bar, not a job queue: the upload stays
 * synchronous and answers the final result. Entries expire, and an account holds a bounded number.
 */
export const PROGRESS_TTL_MS = 10 * 60_000;
export const PROGRESS_MAX_PER_ACCOUNT = 20;

interface Entry {
  phase: ImportPhase;
  done: number;
  total: number;
  touched: number;
}

export class ImportProgressStore {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly clock: () => number = Date.now) {}

  private key(accountId: number, importId: string) {
    return `${accountId}:${importId}`;
  }

  set(accountId: number, importId: string | undefined, phase: ImportPhase, done = 0, total = 0): void {
    if (!importId) return;
    this.sweep();
    const k = this.key(accountId, importId);
    if (!this.entries.has(k)) this.evictOldest(accountId);
    this.entries.set(k, { phase, done, total, touched: this.clock() });
  }

  get(accountId: number, importId: string): ImportProgress {
    this.sweep();
    const e = this.entries.get(this.key(accountId, importId));
    return e ? { importId, phase: e.phase, done: e.done, total: e.total } : { importId, phase: 'waiting', done: 0, total: 0 };
  }

  /** A reporter bound to one import (a no-op without an id). */
  reporter(accountId: number, importId: string | undefined) {
    return (phase: ImportPhase, done = 0, total = 0) => this.set(accountId, importId, phase, done, total);
  }

  private sweep(): void {
    const cutoff = this.clock() - PROGRESS_TTL_MS;
    for (const [k, e] of this.entries) if (e.touched < cutoff) this.entries.delete(k);
  }

  private evictOldest(accountId: number): void {
    const prefix = `${accountId}:`;
    const mine = [...this.entries].filter(([k]) => k.startsWith(prefix));
    if (mine.length < PROGRESS_MAX_PER_ACCOUNT) return;
    mine.sort((a, b) => a[1].touched - b[1].touched);
    for (const [k] of mine.slice(0, mine.length - PROGRESS_MAX_PER_ACCOUNT + 1)) this.entries.delete(k);
  }
}

export type ProgressReporter = ReturnType<ImportProgressStore['reporter']>;
