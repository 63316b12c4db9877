/** The auth module's public door (accounts, sessions, grants). */
export { createActorResolver } from './server/actor-resolver.js';
export { registerAuthRoutes } from './server/auth.routes.js';
/** For seeding accounts (demo data, CLI, fixtures): argon2id with the password policy's normalisation. */
export { hashPassword } from './server/password-hash.js';
export { checkPasswordPolicy } from './password.rules.js';
/** For browser journeys and fixtures that must type a real two-factor code. */
export { totpForSecret } from './totp.rules.js';
