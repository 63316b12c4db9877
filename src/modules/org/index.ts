/** The org module's public door (organization tree, management bodies). */
export { registerOrgRoutes } from './server/org.routes.js';
