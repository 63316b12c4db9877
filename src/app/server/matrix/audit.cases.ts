import type { MatrixCase } from './matrix-case.js';

export const auditCases: MatrixCase[] = [];
