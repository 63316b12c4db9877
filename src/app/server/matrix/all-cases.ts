import { auditCases } from './audit.cases.js';
import { authCases } from './auth.cases.js';
import { calendarCases } from './calendar.cases.js';
import type { MatrixCase } from './matrix-case.js';
import { orgCases } from './org.cases.js';
import { peopleCases } from './people.cases.js';
import { platformCases } from './platform.cases.js';
import { reviewsCases } from './reviews.cases.js';
import { votesCases } from './votes.cases.js';

/** Every module's cases. An endpoint bound in the app without a case here fails the matrix test. */
export const allCases: MatrixCase[] = [
  ...platformCases,
  ...authCases,
  ...orgCases,
  ...peopleCases,
  ...votesCases,
  ...reviewsCases,
  ...auditCases,
  ...calendarCases,
];
