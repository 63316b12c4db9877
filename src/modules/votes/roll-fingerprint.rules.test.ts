import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollFingerprint } from './roll-fingerprint.rules.js';

const roll = [
  { personId: 3, name: 'Nguyễn Văn An' },
  { personId: null, name: 'Trần Thị Bình' },
  { personId: 1, name: 'Lê Văn Cường' },
];

describe('roll fingerprint', () => {
  it('is a SHA-256 that ignores the order the roll was typed in', () => {
    const fp = rollFingerprint(7, roll);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    fc.assert(
      fc.property(fc.shuffledSubarray(roll, { minLength: 3, maxLength: 3 }), (shuffled) => {
        expect(rollFingerprint(7, shuffled)).toBe(fp);
      }),
    );
  });

  it('changes with the round, a member added, removed or renamed', () => {
    const fp = rollFingerprint(7, roll);
    expect(rollFingerprint(8, roll)).not.toBe(fp);
    expect(rollFingerprint(7, roll.slice(1))).not.toBe(fp);
    expect(rollFingerprint(7, [...roll, { personId: null, name: 'Phạm Văn Dũng' }])).not.toBe(fp);
    expect(rollFingerprint(7, [{ ...roll[0]!, name: 'Nguyễn Văn Ân' }, ...roll.slice(1)])).not.toBe(fp);
  });

  it('reads composed and decomposed Vietnamese the same', () => {
    const nfd = roll.map((m) => ({ ...m, name: m.name.normalize('NFD') }));
    expect(rollFingerprint(7, nfd)).toBe(rollFingerprint(7, roll));
  });
});
