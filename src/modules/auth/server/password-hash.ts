import { hash, verify } from '@node-rs/argon2';
import { normalizePassword } from '../password.rules.js';

/**
 * Password hashing with argon2id. The library's defaults are argon2id, m = 19 MiB, t = 2, p = 1 —
 * the first configuration OWASP's Password Storage Cheat Sheet recommends (and RFC 9106 §4's
 * memory-constrained profile in spirit). The PHC string carries its parameters, so raising them later
 * still verifies old hashes.
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password));
}

/** False for a wrong password and for a stored value that is not an argon2 hash (never throws). */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, normalizePassword(password));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Spends the time of a real verification when the username is unknown, so response time does not
 * tell which usernames exist (ASVS V2.2 / OWASP Authentication Cheat Sheet). Always false.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hashPassword('merit-dummy-password-0');
  await verifyPassword(await dummy, password);
  return false;
}
