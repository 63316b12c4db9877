import { describe, expect, it } from 'vitest';
import { ImportProgressStore, PROGRESS_MAX_PER_ACCOUNT, PROGRESS_TTL_MS } from './import-progress.js';

describe('import progress store', () => {
  it('keeps each account’s imports apart and reads unknown ids as waiting', () => {
    const store = new ImportProgressStore();
    store.set(1, 'imp-aaaaaaaa', 'writing', 500, 2000);
    expect(store.get(1, 'imp-aaaaaaaa')).toEqual({ importId: 'imp-aaaaaaaa', phase: 'writing', done: 500, total: 2000 });
    expect(store.get(2, 'imp-aaaaaaaa')).toEqual({ importId: 'imp-aaaaaaaa', phase: 'waiting', done: 0, total: 0 });
    store.reporter(1, undefined)('done');
    expect(store.get(1, 'imp-aaaaaaaa').phase).toBe('writing');
  });

  it('forgets entries after the TTL and bounds the entries per account', () => {
    let now = 0;
    const store = new ImportProgressStore(() => now);
    store.set(1, 'imp-old00000', 'done', 1, 1);
    now = PROGRESS_TTL_MS + 1;
    expect(store.get(1, 'imp-old00000').phase).toBe('waiting');
    for (let i = 0; i <= PROGRESS_MAX_PER_ACCOUNT; i++) {
      now += 1;
      store.set(1, `imp-${String(i).padStart(8, '0')}`, 'reading');
    }
    expect(store.get(1, 'imp-00000000').phase).toBe('waiting');
    expect(store.get(1, `imp-${String(PROGRESS_MAX_PER_ACCOUNT).padStart(8, '0')}`).phase).toBe('reading');
  });
});
