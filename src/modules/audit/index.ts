/** The audit module's public door (reading and verifying the audit log; writing is the platform's). */
export { registerAuditRoutes } from './server/audit.routes.js';
