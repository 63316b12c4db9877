import type { Migration } from 'kysely';
import * as m01 from './2026-11-21-01-platform-audit.js';
import * as m02 from './2026-11-21-02-org-units.js';
import * as m03 from './2026-11-21-03-auth-accounts.js';
import * as m04 from './2026-11-21-04-auth-mfa-pending.js';
import * as m05 from './2026-11-21-05-org-event-actors.js';
import * as m06 from './2026-11-22-01-people-registry.js';
import * as m07 from './2026-11-22-02-people-list-indexes.js';
import * as m09 from './2026-11-22-04-votes.js';
import * as m10 from './2026-11-22-05-votes-remote.js';
import * as m11 from './2026-11-22-06-votes-paper.js';
import * as m12 from './2026-11-22-07-votes-follow-ups.js';
import * as m13 from './2026-11-22-08-reviews.js';
import * as m14 from './2026-11-22-09-reviews-steps.js';
import * as m15 from './2026-11-22-10-vote-mark-counts.js';
import * as m16 from './2026-11-22-11-audit-chain-after-commit.js';
import * as m17 from './2026-11-22-12-votes-key-destroyed-at-close.js';
import * as m18 from './2026-11-22-13-days-off.js';

/** Every migration, by name; names sort in the order they run. Frozen once landed. */
export const migrations: Record<string, Migration> = {
  '2026-11-21-01-platform-audit': m01,
  '2026-11-21-02-org-units': m02,
  '2026-11-21-03-auth-accounts': m03,
  '2026-11-21-04-auth-mfa-pending': m04,
  '2026-11-21-05-org-event-actors': m05,
  '2026-11-22-01-people-registry': m06,
  '2026-11-22-02-people-list-indexes': m07,
  '2026-11-22-04-votes': m09,
  '2026-11-22-05-votes-remote': m10,
  '2026-11-22-06-votes-paper': m11,
  '2026-11-22-07-votes-follow-ups': m12,
  '2026-11-22-08-reviews': m13,
  '2026-11-22-09-reviews-steps': m14,
  '2026-11-22-10-vote-mark-counts': m15,
  '2026-11-22-11-audit-chain-after-commit': m16,
  '2026-11-22-12-votes-key-destroyed-at-close': m17,
  '2026-11-22-13-days-off': m18,
};
