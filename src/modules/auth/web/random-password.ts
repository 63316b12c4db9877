// No 0/O, 1/l/I: the password is read aloud or copied by hand.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A temporary password for an administrator to hand over (≈ 93 bits for 16 characters). It has a
 * letter and a digit, as the password policy (password.rules.ts) requires.
 */
export function randomPassword(length = 16): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint32Array(length));
    const value = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
    if (/[a-zA-Z]/.test(value) && /\d/.test(value)) return value;
  }
}
