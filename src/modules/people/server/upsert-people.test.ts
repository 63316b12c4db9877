import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { systemAuditContext } from '../../../platform/server/audit/audit-log.js';
import { PersonInputSchema } from '../person.schemas.js';
import { findPeopleByIdNumbers, upsertPeople } from './upsert-people.service.js';

describeBackends('people: upsert by ID number (importer door)', (ctx) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(ctx());
  });

  it('creates, then updates instead of duplicating; rows without an ID number are inserted', async () => {
    const row = (ten: string, idNumber: string | null) =>
      PersonInputSchema.parse({
        hoDem: 'Phạm Văn',
        ten,
        gender: 'male',
        dateOfBirth: '1975-01-01',
        status: 'cadre',
        unitId: w.inside.id,
        idNumber,
      });
    const rows = Array.from({ length: 1200 }, (_, i) => row('Nam', `0010750${String(i).padStart(5, '0')}`));
    const first = await ctx()
      .db.transaction()
      .execute((trx) => upsertPeople(trx, systemAuditContext(), [...rows, row('Không Số', null)], { matchBy: 'idNumber' }));
    expect(first).toMatchObject({ created: 1201, updated: 0 });
    const second = await ctx()
      .db.transaction()
      .execute((trx) =>
        upsertPeople(trx, systemAuditContext(), [row('Bắc', '001075000007'), row('Mới', '001075099999')], {
          matchBy: 'idNumber',
        }),
      );
    expect(second).toMatchObject({ created: 1, updated: 1 });
    const found = await findPeopleByIdNumbers(ctx().db, ['001075000007']);
    expect(found).toEqual([expect.objectContaining({ fullName: 'Phạm Văn Bắc', version: 2 })]);
  });
});
