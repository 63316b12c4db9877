import type { Journey } from './harness/journey.js';

/** Every browser journey, in the order they run. */
export const journeys: Journey[] = [];
