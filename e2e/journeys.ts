import type { Journey } from './harness/journey.js';
import { auditJourney } from './journeys/audit.journey.js';
import { orgTreeJourney } from './journeys/org-tree.journey.js';
import { phoneJourney } from './journeys/phone.journey.js';
import { signInJourney } from './journeys/sign-in.journey.js';

/** Every browser journey, in the order they run (the audit journey reads what the tree journey did). */
export const journeys: Journey[] = [signInJourney, orgTreeJourney, auditJourney, phoneJourney];
