import { describe, expect, it } from 'vitest';
import { diffFields } from './audit-diff-fields.js';

describe('diffFields', () => {
  it('lists changed, added and removed fields with dotted keys', () => {
    const before = { name: 'Xã An Bình', parent: { id: 1, name: 'Tỉnh A' }, code: 'X1', gone: true };
    const after = { name: 'Phường An Bình', parent: { id: 2, name: 'Tỉnh B' }, code: 'X1', added: 'mới' };
    expect(diffFields(before, after)).toEqual([
      { key: 'name', before: 'Xã An Bình', after: 'Phường An Bình' },
      { key: 'parent.id', before: 1, after: 2 },
      { key: 'parent.name', before: 'Tỉnh A', after: 'Tỉnh B' },
      { key: 'gone', before: true, after: undefined },
      { key: 'added', before: undefined, after: 'mới' },
    ]);
  });

  it('treats a creation as every field going from nothing to its value', () => {
    expect(diffFields(null, { name: 'Chi bộ 1', validTo: null, tags: ['a'] })).toEqual([
      { key: 'name', before: undefined, after: 'Chi bộ 1' },
      { key: 'tags', before: undefined, after: ['a'] },
    ]);
  });

  it('keeps a field that became null, and finds nothing when nothing changed', () => {
    expect(diffFields({ validTo: '2026-01-01' }, { validTo: null })).toEqual([
      { key: 'validTo', before: '2026-01-01', after: null },
    ]);
    expect(diffFields({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
});
