import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  COMMON_PASSWORDS,
  normalizePassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from './password.rules.js';

const codes = (password: string, username = 'nguyenvana', previous?: string) =>
  checkPasswordPolicy(password, { username, ...(previous !== undefined ? { previous } : {}) }).map((r) => r.code);

describe('checkPasswordPolicy', () => {
  it('accepts a long password with letters and digits', () => {
    expect(codes('Sông Hồng chảy 2 mùa')).toEqual([]);
    expect(codes('correct horse battery 9')).toEqual([]);
  });

  it(`refuses fewer than ${PASSWORD_MIN_LENGTH} characters, counting characters, not bytes`, () => {
    expect(codes('abc12345678')).toEqual(['TOO_SHORT']);
    expect(codes('abc123456789')).not.toContain('TOO_SHORT');
    // 12 Vietnamese characters: more than 12 UTF-16 code units when decomposed, still 12 characters.
    expect(codes('Đường1234567'.normalize('NFD'))).toEqual([]);
  });

  it(`refuses more than ${PASSWORD_MAX_LENGTH} characters`, () => {
    expect(codes(`a1${'x'.repeat(PASSWORD_MAX_LENGTH - 1)}`)).toEqual(['TOO_LONG']);
    expect(codes(`a1${'x'.repeat(PASSWORD_MAX_LENGTH - 2)}`)).toEqual([]);
  });

  it('needs at least one letter and one digit', () => {
    expect(codes('chỉ có chữ cái thôi')).toEqual(['NEEDS_LETTER_AND_DIGIT']);
    expect(codes('0123 4567 8901 2345')).toEqual(['NEEDS_LETTER_AND_DIGIT']);
  });

  it('refuses a password containing the username, whatever the case', () => {
    expect(codes('xx-NguyenVanA-2025', 'nguyenvana')).toEqual(['CONTAINS_USERNAME']);
  });

  it('refuses common passwords, whatever the case', () => {
    expect(codes('Password1234')).toEqual(['TOO_COMMON']);
    expect(codes('MATKHAU123456')).toEqual(['TOO_COMMON']);
    for (const p of COMMON_PASSWORDS) expect(codes(p, 'someone')).toContain('TOO_COMMON');
  });

  it('refuses the current password as the new one', () => {
    expect(codes('Sông Hồng chảy 2 mùa', 'x', 'Sông Hồng chảy 2 mùa'.normalize('NFD'))).toEqual(['SAME_AS_CURRENT']);
  });

  it('gives every reason at once, in Vietnamese and English', () => {
    const reasons = checkPasswordPolicy('abc', { username: 'abc' });
    expect(reasons.map((r) => r.code)).toEqual(['TOO_SHORT', 'NEEDS_LETTER_AND_DIGIT', 'CONTAINS_USERNAME']);
    for (const r of reasons) {
      expect(r.vi).toMatch(/Mật khẩu/);
      expect(r.en).toMatch(/password/);
    }
  });

  it('judges the same password the same however it was composed (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (p) => {
        expect(codes(p.normalize('NFD'))).toEqual(codes(p.normalize('NFC')));
        expect(normalizePassword(p.normalize('NFD'))).toBe(normalizePassword(p.normalize('NFC')));
      }),
    );
  });
});
