import { describe, expect, it } from 'vitest';
import { ImportProgressStore, PROGRESS_MAX_PER_ACCOUNT, PROGRESS_TTL_MS } from './import-progress.js';

const ID = 'imp-aaaaaaaaaaaaaaaaaaaa';

describe('import progress store', () => {
  it('reads by id; the first account to report owns the id; unknown ids read as waiting', () => {
    const store = new ImportProgressStore();
    store.set(1, ID, 'writing', 500, 2000);
    expect(store.get(ID)).toEqual({ importId: ID, phase: 'writing', done: 500, total: 2000 });
    store.set(2, ID, 'failed');
    expect(store.get(ID).phase).toBe('writing');
    expect(store.get('imp-unknown-unknown-unknown')).toEqual({
      importId: 'imp-unknown-unknown-unknown',
      phase: 'waiting',
      done: 0,
      total: 0,
    });
    store.reporter(1, undefined)('done');
    expect(store.get(ID).phase).toBe('writing');
  });

  it('forgets entries after the TTL and bounds the entries per account', () => {
    let now = 0;
    const store = new ImportProgressStore(() => now);
    store.set(1, 'imp-old000000000000000000', 'done', 1, 1);
    now = PROGRESS_TTL_MS + 1;
    expect(store.get('imp-old000000000000000000').phase).toBe('waiting');
    const id = (i: number) => `imp-${String(i).padStart(20, '0')}`;
    for (let i = 0; i <= PROGRESS_MAX_PER_ACCOUNT; i++) {
      now += 1;
      store.set(1, id(i), 'reading');
    }
    expect(store.get(id(0)).phase).toBe('waiting');
    expect(store.get(id(PROGRESS_MAX_PER_ACCOUNT)).phase).toBe('reading');
    // Another account's entries are not evicted by the first account's.
    store.set(2, 'imp-other0000000000000000', 'writing');
    now += 1;
    store.set(1, id(99), 'reading');
    expect(store.get('imp-other0000000000000000').phase).toBe('writing');
  });
});
