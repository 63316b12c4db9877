/** The auth module's public door (accounts, sessions, grants). */
export { createActorResolver } from './server/actor-resolver.js';
export { registerAuthRoutes } from './server/auth.routes.js';
/** For seeding accounts (demo data, CLI, fixtures): argon2id with the password policy's normalisation. */
export { hashPassword } from './server/password-hash.js';
export { checkPasswordPolicy } from './password.rules.js';
/** A password Merit chooses and prints once (CLI, demo); it passes the policy. */
export { generatePassword, type GeneratePasswordOptions } from './server/password-generator.js';
/**
 * Accounts written by the system, not by an administrator (demo seeder, `merit create-admin`,
 * `merit reset-password`): audited as the system, in the caller's transaction.
 */
export {
  createSystemAccount,
  resetAccountBySystem,
  type SystemAccountInput,
  type SystemAccountResult,
  type SystemResetInput,
  type SystemResetResult,
} from './server/system-accounts.service.js';
/** For browser journeys and fixtures that must type a real two-factor code. */
export { totpForSecret } from './totp.rules.js';
