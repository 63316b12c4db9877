import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from '../password.rules.js';
import { generatePassword } from './password-generator.js';

describe('generated passwords', () => {
  it('are four groups of four unambiguous characters that pass the policy, never twice the same', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const password = generatePassword({ username: 'quantri' });
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}$/);
      expect(checkPasswordPolicy(password, { username: 'quantri' })).toEqual([]);
      seen.add(password);
    }
    expect(seen.size).toBe(50);
  });

  it('draws again when the policy refuses a draw: no digit, or the username inside', () => {
    // 57 characters: index 0 is 'a', 56 is '9'. The first draw has no digit, the second holds "aaaa".
    const third = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 0 : 56));
    const draws = [...Array<number>(16).fill(0), ...Array<number>(4).fill(0), ...Array<number>(12).fill(56), ...third];
    let call = 0;
    const pick = (max: number) => {
      expect(max).toBe(57);
      return draws[call++] ?? 0;
    };
    const password = generatePassword({ username: 'aaaa', pick });
    expect(call).toBe(48);
    expect(password).toBe('a9a9-a9a9-a9a9-a9a9');
  });
});
