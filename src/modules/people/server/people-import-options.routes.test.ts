// Route tests go through the whole app (STYLE §9). The import's options: posts from "Chức vụ", the
// default "Đối tượng", and the commit's progress (the file and its errors: people-import.routes.test.ts).
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertUnit, type World } from '../../../app/server/testing/world.js';
import type { ImportPreview } from '../people.contract.js';
import { flatWorkbook } from './people-import-test-kit.js';

describeBackends('people: import options (posts, default status, progress)', (ctx) => {
  let w: World;
  let organizer: TestClient;
  const url = (path: string, unitId: number) => `/api/imports/people/${path}?unitId=${unitId}`;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
  });

  it('opens a post per "Chức vụ" (head/deputy from the title, from the import date) and a re-import adds none', async () => {
    const postUnit = await insertUnit(w.db, w.inside, { kind: 'division', name: 'Phòng Chức Vụ' });
    const header = ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Chức vụ', 'Đối tượng'];
    const file = await flatWorkbook(header, [
      ['Đặng Văn Trưởng', '01/01/1970', 'Nam', '001070900001', 'Trưởng phòng', 'Công chức'],
      ['Ngô Thị Phó', '02/02/1980', 'Nữ', '001180900002', 'Phó Trưởng phòng', 'Công chức'],
      ['Hồ Văn Viên', '03/03/1990', 'Nam', '001090900003', 'Chuyên viên', 'Công chức'],
      ['Mai Văn Không', '04/04/1991', 'Nam', '001091900004', null, 'Công chức'],
    ]);
    const preview = await organizer.upload<ImportPreview>(url('preview', postUnit.id), { fileName: 'cv.xlsx', content: file });
    expect(preview.body).toMatchObject({ ok: true, postCount: 3 });
    expect(preview.body.postsStartDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const first = await organizer.upload(url('commit', postUnit.id), { fileName: 'cv.xlsx', content: file });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ created: 4, updated: 0, postsCreated: 3 });
    const posts = await w.db
      .selectFrom('person_posts as pp')
      .innerJoin('people as p', 'p.id', 'pp.person_id')
      .select(['p.id_number', 'pp.title', 'pp.is_head', 'pp.is_deputy', 'pp.unit_id', 'pp.start_date', 'pp.end_date'])
      .where('pp.unit_id', '=', postUnit.id)
      .orderBy('p.id_number')
      .execute();
    expect(posts.map((p) => [p.id_number, p.title, p.is_head, p.is_deputy, p.end_date])).toEqual([
      ['001070900001', 'Trưởng phòng', true, false, null],
      ['001090900003', 'Chuyên viên', false, false, null],
      ['001180900002', 'Phó Trưởng phòng', false, true, null],
    ]);
    expect(String(posts[0]?.start_date).slice(0, 10) === preview.body.postsStartDate || posts[0]?.start_date).toBeTruthy();

    const again = await organizer.upload(url('commit', postUnit.id), { fileName: 'cv.xlsx', content: file });
    expect(again.body).toEqual({ created: 0, updated: 4, postsCreated: 0 });
    const count = await w.db
      .selectFrom('person_posts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('unit_id', '=', postUnit.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
    const audited = await w.db.selectFrom('audit_events').select('after').where('action', '=', 'people.post.import').execute();
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited[0]?.after)).toContain('"created":3');
  });

  it('takes the default "Đối tượng" from the dialog for a file without the column or with a blank cell', async () => {
    const statusUnit = await insertUnit(w.db, w.inside, { kind: 'division', name: 'Phòng Đối Tượng' });
    const noColumn = await flatWorkbook(
      ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD'],
      [['Lý Văn Một', '01/01/1971', 'Nam', '001071900011']],
    );
    const without = await organizer.upload<ImportPreview>(url('preview', statusUnit.id), {
      fileName: 's.xlsx',
      content: noColumn,
    });
    expect(without.body.ok).toBe(false);
    expect(without.body.issues[0]?.reason).toContain('Đối tượng');
    const withDefault = await organizer.upload<ImportPreview>(`${url('preview', statusUnit.id)}&status=cadre`, {
      fileName: 's.xlsx',
      content: noColumn,
    });
    expect(withDefault.body.ok).toBe(true);

    const blankCell = await flatWorkbook(
      ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Đối tượng'],
      [
        ['Lý Văn Hai', '01/01/1972', 'Nam', '001072900012', null],
        ['Lý Văn Ba', '01/01/1973', 'Nam', '001073900013', 'Viên chức'],
      ],
    );
    const commit = await organizer.upload(`${url('commit', statusUnit.id)}&status=worker`, {
      fileName: 's.xlsx',
      content: blankCell,
    });
    expect(commit.status).toBe(200);
    const people = await w.db
      .selectFrom('people')
      .select(['id_number', 'status'])
      .where('unit_id', '=', statusUnit.id)
      .orderBy('id_number')
      .execute();
    expect(people).toEqual([
      { id_number: '001072900012', status: 'worker' },
      { id_number: '001073900013', status: 'public_employee' },
    ]);
    const bad = await organizer.upload(`${url('preview', statusUnit.id)}&status=boss`, { fileName: 's.xlsx', content: noColumn });
    expect(bad.status).toBe(400);
  });

  it("reports the commit's progress to whoever holds the import's random id, without a session", async () => {
    const progressUnit = await insertUnit(w.db, w.inside, { kind: 'division', name: 'Phòng Tiến Độ' });
    const file = await flatWorkbook(
      ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Đối tượng'],
      [
        ['Tạ Văn Một', '01/01/1971', 'Nam', '001071900021', 'Công chức'],
        ['Tạ Văn Hai', '01/01/1972', 'Nam', '001072900022', 'Công chức'],
      ],
    );
    const importId = 'test-import-000000000001';
    const before = await organizer.get(`/api/imports/people/progress?importId=${importId}`);
    expect(before.body).toEqual({ importId, phase: 'waiting', done: 0, total: 0 });
    const res = await organizer.upload(`${url('commit', progressUnit.id)}&importId=${importId}`, {
      fileName: 'p.xlsx',
      content: file,
    });
    expect(res.status).toBe(200);
    const after = await organizer.get(`/api/imports/people/progress?importId=${importId}`);
    expect(after.body).toEqual({ importId, phase: 'done', done: 2, total: 2 });
    // The id is the key: read without a session (so it answers while the embedded database is busy).
    const anonymous = await (await w.client('anonymous')).get(`/api/imports/people/progress?importId=${importId}`);
    expect(anonymous.body).toEqual({ importId, phase: 'done', done: 2, total: 2 });
    const unknown = await organizer.get('/api/imports/people/progress?importId=test-import-999999999999');
    expect(unknown.body).toMatchObject({ phase: 'waiting' });
    // A short, guessable id is refused.
    expect((await organizer.get('/api/imports/people/progress?importId=test-import-0001')).status).toBe(400);
    const bad = await organizer.get('/api/imports/people/progress?importId=x');
    expect(bad.status).toBe(400);

    const failedId = 'test-import-000000000002';
    const refused = await organizer.upload(`${url('commit', progressUnit.id)}&importId=${failedId}`, {
      fileName: 'p.xlsx',
      content: Buffer.from('%PDF-1.4\n'),
    });
    expect(refused.status).toBe(415);
    expect((await organizer.get(`/api/imports/people/progress?importId=${failedId}`)).body).toMatchObject({ phase: 'failed' });
  });
});
