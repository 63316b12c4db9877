import { randomInt } from 'node:crypto';
import { checkPasswordPolicy } from '../password.rules.js';

// No 0/O, 1/l/I: the password is read off a terminal and typed.
const LETTERS = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LETTERS + DIGITS;

export interface GeneratePasswordOptions {
  /** The account it is for: a draw that contains it is thrown away, as the policy would refuse it. */
  readonly username?: string;
  /** A uniform integer in [0, max); crypto's `randomInt` (no modulo bias) unless a test fixes it. */
  readonly pick?: (max: number) => number;
}

/**
 * A password Merit chooses and shows once on a console (`merit create-admin`, `merit reset-password`,
 * the demo): four groups of four from 57 unambiguous characters (about 93 bits), drawn again until
 * the password policy (password.rules.ts) accepts it.
 */
export function generatePassword({ username = '', pick = randomInt }: GeneratePasswordOptions = {}): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[pick(ALPHABET.length)]).join(''));
    const password = groups.join('-');
    if (checkPasswordPolicy(password, { username }).length === 0) return password;
  }
}
