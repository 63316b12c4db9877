/**
 * The people module's public door (personal records, histories, lists). Other modules and the
 * importer/exporter use these. `upsertPeople` does not check the policy (the caller has) and must run
 * inside the caller's transaction.
 */
export { registerPeopleRoutes } from './server/people.routes.js';
export { registerPeopleHooks } from './server/people-hooks.js';

// Reading.
export { getPersonDetail } from './server/person.service.js';
export { listPeople, listPeopleForExport, EXPORT_CHUNK_SIZE, type PeopleFilter } from './server/person-list.queries.js';

// Writing in bulk (importer).
export { upsertPeople, findPeopleByIdNumbers, UPSERT_CHUNK_SIZE, type UpsertOptions } from './server/upsert-people.service.js';
export { validatePerson, personSnapshot } from './server/person.service.js';

// Pure rules and policy.
export { checkIdNumber, decodeIdNumber, maskIdNumber, CCCD_PROVINCE_CODES, type IdRefusal } from './person-id.rules.js';
export { splitFullName, joinFullName, personNameSortKey, comparePersonNames, personSearchText } from './person-name.rules.js';
export { AGE_BANDS, AGE_BAND_CODES, ageAt, ageBandOf, localToday, type AgeBand } from './age-band.rules.js';
export {
  canEditPerson,
  canReadPerson,
  canSeeFullIdNumber,
  peopleAuthority,
  PEOPLE_READ_ROLES,
  PEOPLE_WRITE_ROLES,
} from './people.policy.js';
export { postRoleFlags } from './post-title.rules.js';
export { PeopleErrors } from './people.errors.js';
export type { PersonInput, PersonInputParsed } from './person.schemas.js';
export type { PersonDetail, PersonSummary, ListPeopleQuery } from './people.contract.js';
