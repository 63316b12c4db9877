// The commit's chunked pipeline (validate a chunk while the previous one is written), with chunks of
// two rows so that a small file crosses several chunk boundaries. The route tests cover the endpoint.
import { beforeAll, expect, it } from 'vitest';
import type { AppError } from '../../../shared/app-error.js';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { buildWorld, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import { systemAuditContext } from '../../../platform/server/audit/audit-log.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { commitImport } from './commit-import.js';

const HEADER = ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Đối tượng', 'Chức vụ'];
const CHUNK = { chunkRows: 2 };

/** Row n: a man born in 1970 + n % 25 with a consistent CCCD number (unique per n). */
const person = (n: number, title = ''): string[] => {
  const year = 1970 + (n % 25);
  const name = `Lê Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Khoa'][n % 6] ?? 'An'}`;
  return [name, `01/01/${year}`, 'Nam', `0010${year % 100}8${String(n).padStart(5, '0')}`, 'Công chức', title];
};

const csv = (rows: readonly (readonly string[])[]) => Buffer.from([HEADER, ...rows].map((r) => r.join(',')).join('\r\n'), 'utf8');

describeBackends('people: the import commit, chunk by chunk', (ctx) => {
  let w: World;
  const actor = (unit: UnitRef, locale: 'vi' | 'en' = 'vi'): AccountActor => ({
    kind: 'account',
    accountId: 0,
    username: 'chunks',
    displayName: 'Chunks',
    grants: [{ grantId: 0, role: 'organizer', unitId: unit.id, unitPath: unit.path, managementBodyId: null }],
    sessionId: 'chunks',
    csrfToken: 'chunks',
    stage: 'ready',
    mfaEnabled: true,
    locale,
  });
  const peopleIn = async (unitId: number) =>
    (await w.db.selectFrom('people').select('id').where('unit_id', '=', unitId).execute()).length;
  const refusal = async (run: Promise<unknown>): Promise<AppError> => {
    const error = await run.then(
      () => null,
      (e: unknown) => e as AppError,
    );
    if (!error) throw new Error('expected a refusal');
    return error;
  };

  beforeAll(async () => {
    w = await buildWorld(ctx());
  });

  it('writes a clean file of several chunks, with the posts on the right people, and progress per chunk', async () => {
    const unit = await insertUnit(w.db, w.inside, { kind: 'division', name: 'Phòng Khối Sạch' });
    const rows = [person(1, 'Trưởng phòng'), person(2), person(3, 'Chuyên viên'), person(4), person(5, 'Phó trưởng phòng')];
    const phases: string[] = [];
    const result = await commitImport(
      w.db,
      actor(w.inside),
      systemAuditContext('t'),
      { unitId: unit.id, fileName: 'k.csv', buffer: csv(rows) },
      (phase, done, total) => phases.push(`${phase} ${done ?? 0}/${total ?? 0}`),
      CHUNK,
    );
    expect(result).toEqual({ created: 5, updated: 0, postsCreated: 3 });
    expect(phases).toEqual(['reading 0/0', 'checking 0/5', 'writing 2/5', 'writing 4/5', 'writing 5/5']);
    const posts = await w.db
      .selectFrom('person_posts as pp')
      .innerJoin('people as p', 'p.id', 'pp.person_id')
      .select(['p.id_number', 'pp.title', 'pp.is_head', 'pp.is_deputy'])
      .where('pp.unit_id', '=', unit.id)
      .orderBy('p.id_number')
      .execute();
    expect(posts).toEqual([
      { id_number: person(1)[3], title: 'Trưởng phòng', is_head: true, is_deputy: false },
      { id_number: person(3)[3], title: 'Chuyên viên', is_head: false, is_deputy: false },
      { id_number: person(5)[3], title: 'Phó trưởng phòng', is_head: false, is_deputy: true },
    ]);
    const again = await commitImport(w.db, actor(w.inside), systemAuditContext('t'), {
      unitId: unit.id,
      fileName: 'k.csv',
      buffer: csv(rows),
    });
    expect(again).toEqual({ created: 0, updated: 5, postsCreated: 0 });
    // A post moves the version (inserted with it: 2); an update moves it by one more, a new post too.
    const retitled = [...rows.slice(0, 4), person(5, 'Trưởng phòng')];
    const third = await commitImport(w.db, actor(w.inside), systemAuditContext('t'), {
      unitId: unit.id,
      fileName: 'k.csv',
      buffer: csv(retitled),
    });
    expect(third).toEqual({ created: 0, updated: 5, postsCreated: 1 });
    const versions = await w.db
      .selectFrom('people')
      .select(['id_number', 'version'])
      .where('unit_id', '=', unit.id)
      .orderBy('id_number')
      .execute();
    expect(versions.map((v) => v.version)).toEqual([4, 3, 4, 3, 5]);
  });

  it('rolls back what earlier chunks wrote when a later chunk (the last) is bad, naming the problems of every chunk', async () => {
    const unit = await insertUnit(w.db, w.inside, { kind: 'division', name: 'Phòng Khối Lỗi' });
    const badDate = person(14);
    badDate[1] = '31/02/1989';
    const badStatus = person(16);
    badStatus[4] = 'Không biết';
    // Chunks (2 rows each, sheet rows 2–7): [1, 2] clean and written, [3, bad date], [5, bad status].
    const rows = [person(11), person(12), person(13), badDate, person(15), badStatus];
    const phases: string[] = [];
    const error = await refusal(
      commitImport(
        w.db,
        actor(w.inside),
        systemAuditContext('t'),
        { unitId: unit.id, fileName: 'k.csv', buffer: csv(rows) },
        (phase, done, total) => phases.push(`${phase} ${done ?? 0}/${total ?? 0}`),
        CHUNK,
      ),
    );
    expect(phases).toContain('writing 2/6'); // the first chunk was written before the problems were found
    expect(error.status).toBe(422);
    expect(error.code).toBe('IMPORT_ROWS_INVALID');
    expect(error.details.map((d) => d.row)).toEqual([5, 7]);
    expect(error.details[0]?.message).toMatch(/^Dòng 5, cột B: /);
    expect(error.details[1]?.message).toMatch(/^Dòng 7, cột E: /);
    expect(await peopleIn(unit.id)).toBe(0);
    const ids = rows.map((r) => r[3] as string);
    expect(await w.db.selectFrom('people').select('id').where('id_number', 'in', ids).execute()).toEqual([]);
  });

  it('reports an ID number repeated in a later chunk, in English for an English caller, and writes nothing', async () => {
    const unit = await insertUnit(w.db, w.inside, { kind: 'division', name: 'Phòng Khối Trùng' });
    const rows = [person(21), person(22), person(23), person(21)];
    const error = await refusal(
      commitImport(
        w.db,
        actor(w.inside, 'en'),
        systemAuditContext('t'),
        { unitId: unit.id, fileName: 'k.csv', buffer: csv(rows) },
        undefined,
        CHUNK,
      ),
    );
    expect(error.code).toBe('IMPORT_ROWS_INVALID');
    expect(error.details).toHaveLength(1);
    expect(error.details[0]).toMatchObject({ row: 5 });
    expect(error.details[0]?.message).toMatch(/^Row 5, column D: The ID number duplicates row 2 of the same file/);
    expect(await peopleIn(unit.id)).toBe(0);
  });

  it('reports unknown units from every chunk when the rows are otherwise valid', async () => {
    const unit = await insertUnit(w.db, w.inside, { kind: 'division', name: 'Phòng Khối Đơn Vị' });
    const withUnit = (n: number, ref: string) => [...person(n), ref];
    const header = [...HEADER, 'Đơn vị'];
    const body = [withUnit(31, unit.code), withUnit(32, 'Không Có A'), withUnit(33, unit.code), withUnit(34, 'Không Có B')];
    const buffer = Buffer.from([header, ...body].map((r) => r.join(',')).join('\r\n'), 'utf8');
    const error = await refusal(
      commitImport(
        w.db,
        actor(w.inside),
        systemAuditContext('t'),
        { unitId: unit.id, fileName: 'k.csv', buffer },
        undefined,
        CHUNK,
      ),
    );
    expect(error.details.map((d) => d.row)).toEqual([3, 5]);
    expect(error.details[0]?.message).toMatch(/^Dòng 3, cột G: Không tìm thấy đơn vị/);
    expect(await peopleIn(unit.id)).toBe(0);
  });
});
