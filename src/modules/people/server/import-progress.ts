import type { ImportPhase, ImportProgress } from '../people-import.schemas.js';

/**
 * In-memory progress of the imports running in this process: the browser picks a random import id
 * (≥ 20 characters: unguessable), sends it with the upload and polls `GET /api/imports/people/progress`.
 * The id is the capability: the poll answers without reading the session (a stateless endpoint), so
 * it answers even while the embedded database's one connection is busy with the import's
 * transaction; it reveals only a phase and two counts. The first account to report under an id owns
 * it (another account cannot overwrite it). Nothing is durable or shared between processes — a
 * progress bar, not a job queue: the upload stays synchronous and answers the final result.
 */
export const PROGRESS_TTL_MS = 10 * 60_000;
export const PROGRESS_MAX_PER_ACCOUNT = 20;
/** All accounts together: the memory this can take stays bounded. */
export const PROGRESS_MAX_ENTRIES = 10_000;

interface Entry {
  owner: number;
  phase: ImportPhase;
  done: number;
  total: number;
  touched: number;
}

export class ImportProgressStore {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly clock: () => number = Date.now) {}

  set(accountId: number, importId: string | undefined, phase: ImportPhase, done = 0, total = 0): void {
    if (!importId) return;
    this.sweep();
    const existing = this.entries.get(importId);
    if (existing && existing.owner !== accountId) return;
    if (!existing) this.makeRoom(accountId);
    this.entries.set(importId, { owner: accountId, phase, done, total, touched: this.clock() });
  }

  get(importId: string): ImportProgress {
    this.sweep();
    const e = this.entries.get(importId);
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

  private makeRoom(accountId: number): void {
    const oldestFirst = (a: [string, Entry], b: [string, Entry]) => a[1].touched - b[1].touched;
    const mine = [...this.entries].filter(([, e]) => e.owner === accountId).sort(oldestFirst);
    for (const [k] of mine.slice(0, Math.max(0, mine.length - PROGRESS_MAX_PER_ACCOUNT + 1))) this.entries.delete(k);
    if (this.entries.size >= PROGRESS_MAX_ENTRIES) {
      const all = [...this.entries].sort(oldestFirst);
      for (const [k] of all.slice(0, this.entries.size - PROGRESS_MAX_ENTRIES + 1)) this.entries.delete(k);
    }
  }
}

export type ProgressReporter = ReturnType<ImportProgressStore['reporter']>;
