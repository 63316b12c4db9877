import type { Refusal } from '../../shared/result.js';

/**
 * Password policy. Sources: NIST SP 800-63B §5.1.1.2 (memorized secret verifiers) and OWASP ASVS
 * 4.0.3 V2.1 (password security).
 */

/** ASVS V2.1.1: at least 12 characters (NIST's floor is 8; we follow the stricter ASVS). */
export const PASSWORD_MIN_LENGTH = 12;
/**
 * NIST 800-63B §5.1.1.2 and ASVS V2.1.2: allow at least 64 characters, so pass phrases fit. ASVS
 * 4.0.3 V2.1.2 also says to deny more than 128; we cap at 256 (as the contract does) so long
 * Vietnamese pass phrases fit, while one request still cannot make the hash work on megabytes.
 */
export const PASSWORD_MAX_LENGTH = 256;
/**
 * NIST 800-63B §5.1.1.2 and ASVS V2.1.7: refuse values known to be common or breached. A short
 * offline list (no third-party call); compared after lower-casing. Only entries ≥ 12 characters
 * matter, since shorter ones already fail the length rule.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '111111111111',
  '000000000000',
  '123123123123',
  '1qaz2wsx3edc',
  '1q2w3e4r5t6y',
  'qwertyuiop12',
  'qwerty123456',
  'qwertyuiop123',
  'abc123456789',
  'abcd12345678',
  'password1234',
  'password12345',
  'password123456',
  'passw0rd1234',
  'iloveyou1234',
  'admin1234567',
  'administrator1',
  'administrator123',
  'welcome12345',
  'letmein12345',
  'matkhau12345',
  'matkhau123456',
  'matkhau@12345',
  'vietnam12345',
  'vietnam123456',
  'anhyeuem1234',
  'anhyeuem123456',
  'merit1234567',
  'merit@123456',
]);

/**
 * NIST 800-63B §5.1.1.2 recommends normalising Unicode before hashing, so the same password typed on
 * two Vietnamese keyboards (precomposed vs. combining marks) hashes the same. Used for hashing,
 * verifying and every rule below.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

export interface PasswordContext {
  /** The account's username: a password containing it is refused (ASVS V2.1.7 spirit, NIST "context-specific words"). */
  readonly username: string;
  /** The password being replaced, when known: the new one must differ. */
  readonly previous?: string;
}

/**
 * Every reason a password is refused, in both languages; empty when it is acceptable.
 * The letter-and-digit requirement is a composition rule NIST and ASVS V2.1.9 advise against; it is
 * kept because the product requires it, and kept minimal (any letter, any digit — no symbols).
 */
export function checkPasswordPolicy(password: string, context: PasswordContext): Refusal[] {
  const value = normalizePassword(password);
  const length = [...value].length;
  const reasons: Refusal[] = [];
  if (length < PASSWORD_MIN_LENGTH)
    reasons.push({
      code: 'TOO_SHORT',
      vi: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`,
      en: `The password must have at least ${PASSWORD_MIN_LENGTH} characters`,
    });
  if (length > PASSWORD_MAX_LENGTH)
    reasons.push({
      code: 'TOO_LONG',
      vi: `Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự`,
      en: `The password must not exceed ${PASSWORD_MAX_LENGTH} characters`,
    });
  if (!/\p{L}/u.test(value) || !/\p{Nd}/u.test(value))
    reasons.push({
      code: 'NEEDS_LETTER_AND_DIGIT',
      vi: 'Mật khẩu phải có cả chữ cái và chữ số',
      en: 'The password must contain both letters and digits',
    });
  const lower = value.toLowerCase();
  const username = context.username.trim().toLowerCase();
  if (username.length > 0 && lower.includes(username))
    reasons.push({
      code: 'CONTAINS_USERNAME',
      vi: 'Mật khẩu không được chứa tên đăng nhập',
      en: 'The password must not contain the username',
    });
  if (COMMON_PASSWORDS.has(lower))
    reasons.push({
      code: 'TOO_COMMON',
      vi: 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác',
      en: 'This password is too common and easy to guess; choose another',
    });
  if (context.previous !== undefined && normalizePassword(context.previous) === value)
    reasons.push({
      code: 'SAME_AS_CURRENT',
      vi: 'Mật khẩu mới phải khác mật khẩu hiện tại',
      en: 'The new password must differ from the current one',
    });
  return reasons;
}
