import { sql } from 'kysely';
import { hashPassword } from '../../../modules/auth/index.js';
import { createManagementBodyRecord, createUnitRecord, mergeUnitRecord } from '../../../modules/org/index.js';
import { systemAuditContext, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import {
  DEMO_ACCOUNTS,
  demoPasswordIssues,
  generateDemoPassword,
  insertDemoAccounts,
  type CreatedDemoAccount,
} from './demo-accounts.js';
import { demoProvince, type DemoUnit } from './demo-province.js';
import { seedDemoPeople } from './seed-demo-people.js';

export interface DemoSeedResult {
  readonly rootName: string;
  readonly units: number;
  readonly managementBodies: number;
  readonly people: number;
  readonly accounts: readonly CreatedDemoAccount[];
  readonly password: string;
  /** True when Merit chose the password (it is shown once and never stored in clear). */
  readonly passwordGenerated: boolean;
  /** Where a chosen password falls short of the password policy (empty for a generated one). */
  readonly passwordIssues: readonly string[];
}

export interface SeedDemoOptions {
  /** MERIT_DEMO_PASSWORD; a strong random one when absent. */
  readonly password?: string | undefined;
  readonly audit?: AuditContext;
}

/** True when the organization tree has no unit: the only state the demo is loaded into. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('org_units').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Loads the demo province into an empty database in one transaction, through the org module's
 * writers, as the system actor (every unit, body, account and grant is audited). Returns null and
 * changes nothing when the database already has units.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<DemoSeedResult | null> {
  // The usual case at start-up: the database is in use. Answer before spending time on hashing.
  if (!(await isDatabaseEmpty(db))) return null;
  const password = options.password ?? generateDemoPassword();
  // Hashing is slow on purpose; do it before the transaction holds any lock.
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(password)));
  const audit = options.audit ?? systemAuditContext('demo-seed');
  const { root, merges } = demoProvince();

  return db.transaction().execute(async (trx) => {
    // Two processes seeding the same server database: the second waits here, then finds it full.
    await sql`lock table org_units in exclusive mode`.execute(trx);
    if (!(await isDatabaseEmpty(trx))) return null;

    const units = new Map<string, { id: number; name: string }>();
    const bodies = new Map<string, number>();
    const create = async (spec: DemoUnit, parentId: number | null): Promise<void> => {
      const unit = await createUnitRecord(trx, audit, {
        parentId,
        track: spec.track,
        kind: spec.kind,
        code: spec.code,
        name: spec.name,
        validFrom: spec.validFrom,
      });
      units.set(spec.code, { id: unit.id, name: unit.name });
      for (const body of spec.bodies ?? []) {
        const created = await createManagementBodyRecord(trx, audit, { unitId: unit.id, ...body, validFrom: spec.validFrom });
        bodies.set(body.name, created.id);
      }
      for (const child of spec.children ?? []) await create(child, unit.id);
    };
    await create(root, null);

    for (const merge of merges) {
      const unit = units.get(merge.unitCode);
      const target = units.get(merge.targetCode);
      if (!unit || !target) throw new Error(`Demo merge ${merge.unitCode} → ${merge.targetCode}: unknown unit`);
      await mergeUnitRecord(trx, audit, {
        unitId: unit.id,
        targetId: target.id,
        effectiveDate: merge.effectiveDate,
        documentRef: merge.documentRef,
      });
    }

    const people = await seedDemoPeople(trx, audit, units);
    const accounts = await insertDemoAccounts(trx, audit, units, bodies, hashes);
    return {
      rootName: root.name,
      units: units.size,
      managementBodies: bodies.size,
      people,
      accounts,
      password,
      passwordGenerated: options.password === undefined,
      passwordIssues: demoPasswordIssues(password),
    };
  });
}
