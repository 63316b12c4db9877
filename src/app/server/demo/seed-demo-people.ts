import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { viSearchText } from '../../../shared/vi-sort.js';
import { postRoleFlags, upsertPeople, type PersonInputParsed } from '../../../modules/people/index.js';
import { generatePeople, type GeneratedPerson } from './demo-people.js';

/** How many people the demo province holds: enough to page, filter and search; quick to seed. */
export const DEMO_PEOPLE_COUNT = 2_000;
/** Another seed than the benchmarks', so demo and bench people differ. */
export const DEMO_PEOPLE_SEED = 20_260_101;

const POST_CHUNK = 1_000;

/** A post start date the person was at least 22 for, between 2010 and 2025, fixed by their number. */
function postStart(p: GeneratedPerson): string {
  const year = Math.min(2025, Math.max(Number(p.dateOfBirth.slice(0, 4)) + 22, 2010 + (p.seq % 15)));
  return `${year}-${String(1 + (p.seq % 12)).padStart(2, '0')}-01`;
}

function personInput(p: GeneratedPerson, unitId: number, partyCellId: number | null): PersonInputParsed {
  return {
    hoDem: p.hoDem,
    ten: p.ten,
    gender: p.gender,
    dateOfBirth: p.dateOfBirth,
    birthDatePrecision: 'day',
    ethnicity: p.ethnicity as PersonInputParsed['ethnicity'],
    religion: p.religion,
    homeTown: p.homeTown,
    idNumber: p.idNumber,
    phone: p.phone,
    status: p.status,
    unitId,
    educationLevel: p.educationLevel,
    educationMajor: p.educationMajor,
    politicalTheory: p.politicalTheory,
    partyJoinDate: p.partyJoinDate,
    partyOfficialDate: p.partyOfficialDate,
    partyCellId,
    civilServiceRank: p.civilServiceRank,
    civilServiceRankCode: p.civilServiceRankCode,
    salaryStep: p.salaryStep,
    salaryCoefficient: p.salaryCoefficient,
  };
}

/**
 * The demo's people (generated, deterministic) with their current post, written as the importer
 * writes them (upsertPeople, audited) into the units the demo just created.
 */
export async function seedDemoPeople(
  trx: Db,
  audit: AuditContext,
  units: ReadonlyMap<string, { readonly id: number }>,
): Promise<number> {
  const generated = [...generatePeople(DEMO_PEOPLE_COUNT, DEMO_PEOPLE_SEED)].filter((p) => units.has(p.unitCode));
  const unitOf = (code: string) => (units.get(code) as { id: number }).id;
  const rows = generated.map((p) =>
    personInput(p, unitOf(p.unitCode), p.partyCellCode && units.has(p.partyCellCode) ? unitOf(p.partyCellCode) : null),
  );
  // Ids come back in the rows' order (every demo ID number is distinct).
  const { ids } = await upsertPeople(trx, audit, rows, { matchBy: 'idNumber', authority: 'demo-seed' });
  const posts = generated.map((p, i) => {
    const { isHead, isDeputy } = postRoleFlags(p.position);
    return {
      person_id: ids[i] as number,
      unit_id: unitOf(p.unitCode),
      title: p.position,
      title_search: viSearchText(p.position),
      is_head: isHead,
      is_deputy: isDeputy,
      start_date: postStart(p),
    };
  });
  for (let i = 0; i < posts.length; i += POST_CHUNK) {
    await trx
      .insertInto('person_posts')
      .values(posts.slice(i, i + POST_CHUNK))
      .execute();
  }
  await recordAudit(trx, audit, {
    action: 'people.posts.seed',
    entityType: 'person',
    entityId: null,
    unitId: null,
    authority: 'demo-seed',
    after: { posts: posts.length },
  });
  return rows.length;
}
