import { describe, expect, it } from 'vitest';
import { currentStep, groupFingerprint, ROUND_STEPS, voteUrl } from './round-view.js';

describe('voteUrl', () => {
  it('builds the absolute address the QR carries, whatever the origin ends with', () => {
    expect(voteUrl('https://merit.example.vn', 12, 'ABCD-EFGH-JKMN')).toBe(
      'https://merit.example.vn/vote/12?code=ABCD-EFGH-JKMN',
    );
    expect(voteUrl('http://localhost:3991/', 3, 'A B')).toBe('http://localhost:3991/vote/3?code=A%20B');
    expect(new URL(voteUrl('http://h', 7, 'x&y=z')).searchParams.get('code')).toBe('x&y=z');
  });
});

describe('groupFingerprint', () => {
  it('splits a SHA-256 into four lines of four groups of four, lower case, nothing lost', () => {
    const hex = 'AB'.repeat(32);
    const lines = groupFingerprint(hex);
    expect(lines).toHaveLength(4);
    expect(lines.every((l) => l.length === 4 && l.every((g) => g === 'abab'))).toBe(true);
    expect(lines.flat().join('')).toBe(hex.toLowerCase());
  });

  it('keeps a short tail and handles an empty value', () => {
    expect(groupFingerprint('abcdef', 4, 4)).toEqual([['abcd', 'ef']]);
    expect(groupFingerprint('')).toEqual([]);
  });
});

describe('currentStep', () => {
  const base = { status: 'draft' as const, rollFingerprint: null, quorumReached: false, codesIssued: 0 };
  const step = (r: Parameters<typeof currentStep>[0]) => ROUND_STEPS[currentStep(r)] ?? 'done';

  it('walks the in-room workflow in order', () => {
    expect(step(base)).toBe('setup');
    expect(step({ ...base, rollFingerprint: 'ab' })).toBe('attendance');
    expect(step({ ...base, rollFingerprint: 'ab', quorumReached: true })).toBe('open');
    expect(step({ ...base, status: 'open', rollFingerprint: 'ab', quorumReached: true })).toBe('codes');
    expect(step({ ...base, status: 'open', rollFingerprint: 'ab', quorumReached: true, codesIssued: 12 })).toBe('close');
    expect(step({ ...base, status: 'closed', rollFingerprint: 'ab', codesIssued: 12 })).toBe('publish');
    expect(step({ ...base, status: 'published', rollFingerprint: 'ab', codesIssued: 12 })).toBe('done');
  });
});
