// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import type { ImportPreview } from '../people.contract.js';

interface Row {
  name: string;
  male: boolean;
  /** dd/mm/yyyy text, or a Date written as a date cell (an Excel serial). */
  dob: string | Date;
  idNumber: string;
  unit: string;
}

/** A workbook as offices make it: title rows, a two-row header with "Ngày sinh" merged over Nam | Nữ, an STT column. */
async function officeWorkbook(rows: readonly Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.getCell('A1').value = 'UBND TỈNH THỬ NGHIỆM';
  ws.getCell('A2').value = 'DANH SÁCH CÁN BỘ, CÔNG CHỨC';
  ws.mergeCells('A2:G2');
  ['STT', 'Họ và tên', 'Ngày sinh', null, 'Số CCCD', 'Đơn vị', 'Đối tượng'].forEach((v, i) => {
    if (v) ws.getCell(4, i + 1).value = v;
  });
  ws.getCell('C5').value = 'Nam';
  ws.getCell('D5').value = 'Nữ';
  for (const c of ['A', 'B', 'E', 'F', 'G']) ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells('C4:D4');
  rows.forEach((r, i) => {
    const row = ws.getRow(6 + i);
    row.values = [i + 1, r.name, r.male ? r.dob : null, r.male ? null : r.dob, r.idNumber, r.unit, 'Công chức'];
    if (r.dob instanceof Date) row.getCell(r.male ? 3 : 4).numFmt = 'dd/mm/yyyy';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A plain one-row-header workbook. */
async function flatWorkbook(header: readonly string[], rows: readonly (readonly (string | null)[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow([...header]);
  for (const r of rows) ws.addRow([...r]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Refusal = { error: { code: string; message: string; details: { row?: number; field?: string; message: string }[] } };

describeBackends('people: import from a spreadsheet', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let unit: UnitRef;
  let rows: Row[];

  const url = (path: string, unitId = unit.id) => `/api/imports/people/${path}?unitId=${unitId}`;
  const peopleIn = async (unitId: number) =>
    (await w.db.selectFrom('people').select('id').where('unit_id', '=', unitId).execute()).length;

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    unit = await insertUnit(w.db, w.inside, { kind: 'division', name: 'Phòng Nhập Thử' });
    const code = unit.code;
    rows = [
      { name: 'Nguyễn Văn Ánh', male: true, dob: '05/01/1975', idNumber: '001075912345', unit: code },
      { name: 'Trần Thị Hoà', male: false, dob: new Date(Date.UTC(1980, 1, 29)), idNumber: '001180912346', unit: code },
      { name: 'Lê Văn Bình', male: true, dob: '12/12/1968', idNumber: '001068912347', unit: 'Phòng Nhập Thử' },
    ];
  });

  it('previews a messy workbook: detected columns, sample rows, no issues, nothing written', async () => {
    const file = await officeWorkbook(rows);
    const res = await organizer.upload<ImportPreview>(url('preview'), { fileName: 'ds.xlsx', content: file });
    expect(res.status).toBe(200);
    expect(res.body.headerRow).toBe(4);
    const fields = Object.fromEntries(res.body.columns.map((c) => [c.letter, c.field]));
    expect(fields).toMatchObject({
      A: 'stt',
      B: 'fullName',
      C: 'birthDateMale',
      D: 'birthDateFemale',
      E: 'idNumber',
      F: 'unit',
      G: 'status',
    });
    expect(res.body.sampleRows).toHaveLength(3);
    expect(res.body.sampleRows[0]?.cells.B).toBe('Nguyễn Văn Ánh');
    expect(res.body).toMatchObject({ ok: true, issues: [], errorCount: 0, rowCount: 3 });
    expect(await peopleIn(unit.id)).toBe(0);
  });

  it('refuses the whole file when one row is bad: 422 naming row and column, zero people written', async () => {
    const bad = [...rows, { name: 'Phạm Bad', male: true, dob: '31/02/1990', idNumber: '001090912348', unit: unit.code }];
    const file = await officeWorkbook(bad);
    const preview = await organizer.upload<ImportPreview>(url('preview'), { fileName: 'ds.xlsx', content: file });
    expect(preview.body.ok).toBe(false);
    expect(preview.body.issues[0]).toMatchObject({ row: 9, column: 'C' });

    const res = await organizer.upload<{ error: { code: string; details: { row?: number; field?: string; message: string }[] } }>(
      url('commit'),
      { fileName: 'ds.xlsx', content: file },
    );
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IMPORT_ROWS_INVALID');
    expect(res.body.error.details[0]).toMatchObject({ row: 9 });
    expect(res.body.error.details[0]?.message).toMatch(/^Dòng 9, cột C: /);
    expect(await peopleIn(unit.id)).toBe(0);

    const errors = await organizer.upload(url('errors.xlsx'), { fileName: 'ds.xlsx', content: file });
    expect(errors.status).toBe(200);
    expect(String(errors.headers['content-type'])).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(errors.raw.rawPayload as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.worksheets[0]?.eachRow((r) => texts.push(JSON.stringify(r.values)));
    expect(texts.join('\n')).toContain('31/02/1990');
  });

  it('refuses an unknown unit on the row, naming row and column', async () => {
    const file = await officeWorkbook([{ ...rows[0]!, unit: 'Không Có Đơn Vị Này' }]);
    const res = await organizer.upload<{ error: { details: { row?: number; message: string }[] } }>(url('commit'), {
      fileName: 'ds.xlsx',
      content: file,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]).toMatchObject({ row: 6 });
    expect(res.body.error.details[0]?.message).toMatch(/^Dòng 6, cột F: /);
    expect(await peopleIn(unit.id)).toBe(0);
  });

  it('commits a clean file (created N), and the same file again updates (no duplicates), audited once per import', async () => {
    const file = await officeWorkbook(rows);
    const first = await organizer.upload(url('commit'), { fileName: 'ds.xlsx', content: file });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ created: 3, updated: 0, postsCreated: 0 });
    expect(await peopleIn(unit.id)).toBe(3);

    const again = await organizer.upload(url('commit'), { fileName: 'ds.xlsx', content: file });
    expect(again.body).toEqual({ created: 0, updated: 3, postsCreated: 0 });
    expect(await peopleIn(unit.id)).toBe(3);

    const events = await w.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('action', '=', 'people.import')
      .orderBy('id')
      .execute();
    expect(events).toHaveLength(2);
    const after = JSON.stringify(events[1]?.after);
    expect(after).toContain('"created":0');
    expect(after).toMatch(/"sha256":"[0-9a-f]{64}"/);
    expect(after).not.toContain('Nguyễn');
    expect(after).not.toContain('001075912345');
  });

  it('refuses a file disguised as .xlsx with the importer message', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
    const res = await organizer.upload<{ error: { code: string; message: string } }>(url('preview'), {
      fileName: 'ds.xlsx',
      content: pdf,
    });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('IMPORT_FILE_TYPE');
    expect(res.body.error.message).toContain('đổi đuôi');
  });

  it('needs the CSRF token, a writable unit in scope, and a multipart body', async () => {
    const file = await officeWorkbook(rows);
    const noCsrf = await organizer.upload(url('commit'), { fileName: 'ds.xlsx', content: file }, { csrf: false });
    expect(noCsrf.status).toBe(403);
    const outside = await organizer.upload(url('commit', w.outside.id), { fileName: 'ds.xlsx', content: file });
    expect(outside.status).toBe(404);
    const inspector = await w.client('inspector');
    const readOnly = await inspector.upload(url('commit'), { fileName: 'ds.xlsx', content: file });
    expect(readOnly.status).toBe(403);
    const json = await organizer.post(url('preview'), {});
    expect(json.status).toBe(415);
    expect(await peopleIn(w.outside.id)).toBe(0);
  });

  it('applies the user mapping (by column letter) and refuses an unknown field', async () => {
    const file = await officeWorkbook(rows);
    const mapping = encodeURIComponent(JSON.stringify({ E: null }));
    const res = await organizer.upload<ImportPreview>(`${url('preview')}&mapping=${mapping}`, {
      fileName: 'ds.xlsx',
      content: file,
    });
    expect(res.status).toBe(200);
    expect(res.body.columns.find((c) => c.letter === 'E')).toMatchObject({ field: null });
    const bad = encodeURIComponent(JSON.stringify({ E: 'salary' }));
    const refused = await organizer.upload(`${url('preview')}&mapping=${bad}`, { fileName: 'ds.xlsx', content: file });
    expect(refused.status).toBe(400);
  });

  it('reports unknown units in the same round as the other row problems', async () => {
    const file = await officeWorkbook([
      { ...rows[0]!, idNumber: '001075912399', dob: '31/02/1975' },
      { ...rows[1]!, idNumber: '001180912398', unit: 'Không Có Đơn Vị Này' },
      { ...rows[2]!, idNumber: '001068912397' },
    ]);
    const preview = await organizer.upload<ImportPreview>(url('preview'), { fileName: 'ds.xlsx', content: file });
    expect(preview.status).toBe(200);
    expect(preview.body.issues.map((i) => [i.row, i.column])).toEqual([
      [6, 'C'],
      [7, 'F'],
    ]);
    expect(preview.body.errorCount).toBe(2);
    expect(preview.body.issues[1]?.reason).toContain('Không tìm thấy đơn vị');
    const commit = await organizer.upload<Refusal>(url('commit'), { fileName: 'ds.xlsx', content: file });
    expect(commit.status).toBe(422);
    expect(commit.body.error.details.map((d) => d.row)).toEqual([6, 7]);
    const errors = await organizer.upload(url('errors.xlsx'), { fileName: 'ds.xlsx', content: file });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(errors.raw.rawPayload as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.worksheets[0]?.eachRow((r) => texts.push(JSON.stringify(r.values)));
    expect(texts.join('\n')).toContain('Không Có Đơn Vị Này');
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

  it('answers a truncated upload with 400 naming the file, not 500', async () => {
    const boundary = '----merittruncated';
    const res = await organizer.request<Refusal>('POST', url('preview'), {
      rawBody: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ds.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004 partial`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('không trọn vẹn');
  });

  it('is in the OpenAPI document as a multipart upload', async () => {
    const res = await organizer.get<{ paths: Record<string, { post?: { requestBody?: { content: object } } }> }>(
      '/api/openapi.json',
    );
    for (const p of ['preview', 'commit', 'errors.xlsx']) {
      expect(Object.keys(res.body.paths[`/api/imports/people/${p}`]?.post?.requestBody?.content ?? {})).toEqual([
        'multipart/form-data',
      ]);
    }
  });
});
