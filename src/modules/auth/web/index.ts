/** The auth module's door for other modules' browser code: who is signed in, and their roles. */
export { hasRole, useLogout, useSession, useSessionAccount, type Role, type SessionAccount } from './use-session.js';
export { roleMessages, ROLES } from './roles.js';
