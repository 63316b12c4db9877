import type { Journey } from './harness/journey.js';
import { auditJourney } from './journeys/audit.journey.js';
import { orgTreeJourney } from './journeys/org-tree.journey.js';
import { peopleJourney } from './journeys/people.journey.js';
import { phoneJourney } from './journeys/phone.journey.js';
import { reviewsJourney } from './journeys/reviews.journey.js';
import { signInJourney } from './journeys/sign-in.journey.js';
import { votesJourney } from './journeys/votes.journey.js';

/** Every browser journey CI runs, in order (the audit journey reads what the tree journey did). */
export const journeys: Journey[] = [
  signInJourney,
  orgTreeJourney,
  auditJourney,
  phoneJourney,
  peopleJourney,
  votesJourney,
  reviewsJourney,
];

/** Journeys that run only when named with `--only` until they are reliable (none today). */
export const pendingJourneys: Journey[] = [];
