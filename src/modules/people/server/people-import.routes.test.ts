// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import type { ImportPreview } from '../people.contract.js';

import ExcelJS from 'exceljs';
import { officeWorkbook, type Refusal, type Row } from './people-import-test-kit.js';

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
