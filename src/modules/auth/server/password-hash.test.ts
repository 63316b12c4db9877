import { describe, expect, it } from 'vitest';
import { hashPassword, verifyNothing, verifyPassword } from './password-hash.js';

describe('password hashing', () => {
  it('hashes with argon2id and a fresh salt each time', async () => {
    const a = await hashPassword('Sông Hồng chảy 2 mùa');
    const b = await hashPassword('Sông Hồng chảy 2 mùa');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password, however its diacritics were composed', async () => {
    const stored = await hashPassword('Sông Hồng chảy 2 mùa'.normalize('NFC'));
    expect(await verifyPassword(stored, 'Sông Hồng chảy 2 mùa'.normalize('NFD'))).toBe(true);
    expect(await verifyPassword(stored, 'Sông Hồng chảy 3 mùa')).toBe(false);
  });

  it('answers false, not an exception, for a stored value that is not a hash', async () => {
    expect(await verifyPassword('not-a-real-hash', 'anything')).toBe(false);
    expect(await verifyNothing('anything')).toBe(false);
  });
});
