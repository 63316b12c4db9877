import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { buildWorld, type World } from '../../../app/server/testing/world.js';
import { systemAuditContext } from '../../../platform/server/audit/audit-log.js';
import { PersonInputSchema, type PersonInputParsed } from '../person.schemas.js';
import { findPeopleByIdNumbers, upsertPeople } from './upsert-people.service.js';

describeBackends('people: upsert by ID number (importer door)', (ctx) => {
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(ctx());
  });

  const row = (ten: string, idNumber: string | null, extra: Partial<PersonInputParsed> = {}) =>
    PersonInputSchema.parse({
      hoDem: 'Phạm Văn',
      ten,
      gender: 'male',
      dateOfBirth: '1975-01-01',
      status: 'cadre',
      unitId: w.inside.id,
      idNumber,
      ...extra,
    });

  const upsert = (
    rows: readonly PersonInputParsed[],
    extra: { chunkSize?: number; onProgress?: (w: number, t: number) => void } = {},
  ) =>
    ctx()
      .db.transaction()
      .execute((trx) => upsertPeople(trx, systemAuditContext(), rows, { matchBy: 'idNumber', ...extra }));

  it('creates, then updates instead of duplicating; rows without an ID number are inserted', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => row('Nam', `0010750${String(i).padStart(5, '0')}`));
    const first = await upsert([...rows, row('Không Số', null)]);
    expect(first).toMatchObject({ created: 1201, updated: 0 });
    expect(first.ids).toHaveLength(1201);
    expect(new Set(first.ids).size).toBe(1201);
    const second = await upsert([row('Bắc', '001075000007'), row('Mới', '001075099999')]);
    expect(second).toMatchObject({ created: 1, updated: 1 });
    // ids in input order: the updated row keeps its id
    expect(second.ids[0]).toBe(first.ids[7]);
    const found = await findPeopleByIdNumbers(ctx().db, ['001075000007']);
    expect(found).toEqual([expect.objectContaining({ fullName: 'Phạm Văn Bắc', version: 2 })]);
    const stored = await ctx()
      .db.selectFrom('people')
      .select(['name_sort_key', 'search_text', 'created_at', 'updated_at'])
      .where('id_number', '=', '001075000007')
      .executeTakeFirstOrThrow();
    expect(stored.search_text).toBe('pham van bac 001075000007');
    expect(new Date(stored.updated_at).getTime()).toBeGreaterThanOrEqual(new Date(stored.created_at).getTime());
  });

  it('keeps the last row of a repeated ID number, and records one audit event with masked numbers', async () => {
    const result = await upsert([
      row('Một', '002080000001'),
      row('Hai', '002080000002'),
      row('Một Sau', '002080000001', { phone: '0912345678' }),
    ]);
    expect(result).toMatchObject({ created: 2, updated: 0 });
    expect(result.ids).toHaveLength(2);
    const [one] = await findPeopleByIdNumbers(ctx().db, ['002080000001']);
    expect(one).toMatchObject({ id: result.ids[0], fullName: 'Phạm Văn Một Sau', version: 1 });
    const audit = await ctx()
      .db.selectFrom('audit_events')
      .select(['action', 'after'])
      .where('action', '=', 'people.person.upsert')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const after = (typeof audit.after === 'string' ? JSON.parse(audit.after) : audit.after) as Record<string, unknown>;
    expect(after).toEqual({ created: 2, updated: 0, idNumbers: ['0020******01', '0020******02'] });
    expect(JSON.stringify(after)).not.toContain('Một');
  });

  it('writes across chunk boundaries, reports progress after each chunk, and returns ids in input order', async () => {
    await upsert([row('Cũ', '003090000002'), row('Cũ', '003090000005')]);
    const before = await findPeopleByIdNumbers(ctx().db, ['003090000002', '003090000005']);
    const rows = [
      ...Array.from({ length: 7 }, (_, i) => row(`Số${i}`, `00309000000${i}`)),
      row('Không Số Một', null),
      row('Không Số Hai', null),
    ];
    const progress: [number, number][] = [];
    const result = await upsert(rows, { chunkSize: 3, onProgress: (n, total) => progress.push([n, total]) });
    expect(result).toMatchObject({ created: 7, updated: 2 });
    expect(progress).toEqual([
      [3, 9],
      [6, 9],
      [9, 9],
    ]);
    const byId = new Map(before.map((p) => [p.idNumber, p.id]));
    expect(result.ids[2]).toBe(byId.get('003090000002'));
    expect(result.ids[5]).toBe(byId.get('003090000005'));
    const names = await ctx().db.selectFrom('people').select(['id', 'ten']).where('id', 'in', result.ids).execute();
    const tenOf = new Map(names.map((n) => [n.id, n.ten]));
    expect(result.ids.map((id) => tenOf.get(id))).toEqual([...rows.map((r) => r.ten)]);
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    await expect(
      ctx()
        .db.transaction()
        .execute(async (trx) => {
          await upsertPeople(trx, systemAuditContext(), [row('Hủy', '004070000001'), row('Hủy', null)], {
            matchBy: 'idNumber',
            chunkSize: 1,
          });
          throw new Error('a later row was invalid');
        }),
    ).rejects.toThrow('a later row was invalid');
    expect(await findPeopleByIdNumbers(ctx().db, ['004070000001'])).toEqual([]);
    const cancelled = await ctx().db.selectFrom('people').select('id').where('ten', '=', 'Hủy').execute();
    expect(cancelled).toEqual([]);
  });

  it('stores text with quotes, backslashes, tabs, newlines, braces and commas exactly', async () => {
    const tricky = [
      'He said "xin chào", then {left}',
      'C:\\Users\\x\\ and \\\\server, a\\"b',
      'tab\there\nnew line\r\nCRLF',
      'NULL',
      "'single' quotes; semi-colon",
      'Ðặng ẞ 😀 ǅ \u00a0nbsp',
      '',
    ];
    const rows = tricky.map((text, i) =>
      // Not through the schema (which folds tabs): upsertPeople stores what it is given.
      ({
        ...row('Ký', `00508000000${i}`),
        otherNames: text,
        address: text,
        birthplace: `${text}!`,
        email: i === 3 ? null : text,
      }),
    );
    const result = await upsert(rows, { chunkSize: 4 });
    expect(result.created).toBe(tricky.length);
    const stored = await ctx()
      .db.selectFrom('people')
      .select(['id', 'other_names', 'address', 'birthplace', 'email'])
      .where('id', 'in', result.ids)
      .execute();
    const byId = new Map(stored.map((s) => [s.id, s]));
    result.ids.forEach((id, i) => {
      expect(byId.get(id)).toEqual({
        id,
        other_names: tricky[i],
        address: tricky[i],
        birthplace: `${tricky[i]}!`,
        email: i === 3 ? null : tricky[i],
      });
    });
    const count = await sql<{ n: number }>`select count(*)::int as n from people where other_names = 'NULL'`.execute(ctx().db);
    expect(count.rows[0]?.n).toBe(1);
  });

  it('stores dates, numbers and null fields', async () => {
    const result = await upsert([
      row('Số Liệu', '006070000001', {
        dateOfBirth: '1970-02-28',
        birthDatePrecision: 'year',
        partyJoinDate: '1999-12-31',
        partyOfficialDate: null,
        salaryStep: 3,
        salaryCoefficient: 4.98,
        gender: 'female',
      }),
    ]);
    const stored = await ctx()
      .db.selectFrom('people')
      .select([
        'date_of_birth',
        'birth_date_precision',
        'party_join_date',
        'party_official_date',
        'salary_step',
        'salary_coefficient',
        'gender',
        'unit_id',
        'party_cell_id',
        'version',
      ])
      .where('id', '=', result.ids[0] as number)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      date_of_birth: '1970-02-28',
      birth_date_precision: 'year',
      party_join_date: '1999-12-31',
      party_official_date: null,
      salary_step: 3,
      salary_coefficient: 4.98,
      gender: 'female',
      unit_id: w.inside.id,
      party_cell_id: null,
      version: 1,
    });
  });

  it('does nothing for no rows', async () => {
    expect(await upsert([])).toEqual({ created: 0, updated: 0, ids: [] });
  });
});
