import { registerUnitMergeHook } from '../../org/index.js';
import { carryPeopleOnUnitMerge } from './people-unit-merge.service.js';

/** What the people module does when the org tree changes (called once by the composition root). */
export function registerPeopleHooks(): void {
  registerUnitMergeHook('people', carryPeopleOnUnitMerge);
}
