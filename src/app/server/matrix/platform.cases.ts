import { platformEndpoints } from '../../../platform/server/http/platform.routes.js';
import { everyRole, type MatrixCase } from './matrix-case.js';

export const platformCases: MatrixCase[] = [
  { endpoint: platformEndpoints.getHealth, prepare: async () => ({}), expect: { anonymous: 200, ...everyRole(200) } },
];
