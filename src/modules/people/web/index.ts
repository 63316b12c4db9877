/**
 * The people module's public door for other modules' UI (e.g. the votes organizer picking subjects).
 * Pages are not exported: the router lazy-loads them, and a page imported statically here would defeat
 * that split.
 */
export { peopleEndpoints, type PersonSummary } from '../people.contract.js';
export { usePeopleLabels } from './people-labels.js';
