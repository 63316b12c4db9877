/** The auth module's public door (accounts, sessions, grants). */
export { createActorResolver } from './server/actor-resolver.js';
export { registerAuthRoutes } from './server/auth.routes.js';
