import { auditEndpoints } from '../../../modules/audit/audit.contract.js';
import type { MatrixCase } from './matrix-case.js';

/** Only administrators and inspectors read the audit log; a unit outside their subtree is a 404. */
export const auditCases: MatrixCase[] = [
  {
    endpoint: auditEndpoints.listAuditEvents,
    prepare: async (world, where) => ({ query: { unitId: String(world[where].id) } }),
    expect: {
      none: 403,
      admin: { inside: 200, outside: 404 },
      organizer: 403,
      inspector: { inside: 200, outside: 404 },
      decider: 403,
    },
  },
  {
    endpoint: auditEndpoints.verifyAudit,
    prepare: async () => ({}),
    expect: { none: 403, admin: 200, organizer: 403, inspector: 200, decider: 403 },
  },
];
