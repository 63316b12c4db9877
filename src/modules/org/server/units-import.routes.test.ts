// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { countRows } from '../../../app/server/testing/world.js';
import { encodeTcvn3 } from '../../../platform/server/spreadsheet/detect-encoding.js';
import type { UnitsImportPreview } from '../org.contract.js';
import { unitsCsv, unitsWorkbook, type UnitFixtureRow } from '../import/units-import-test-kit.js';
import { freshCode, orgKit, type OrgKit } from './org-test-kit.js';

interface ErrorResponse {
  error: { code: string; message: string; details: { row?: number; field?: string; message: string }[] };
}

describeBackends('org: importing units from a spreadsheet', (ctx) => {
  let kit: OrgKit;
  beforeAll(async () => {
    kit = await orgKit(ctx());
  });

  const url = (path: string, unitId: number) => `/api/imports/units/${path}?unitId=${unitId}`;
  /** A fresh "Phòng" under the organizer's Sở, the import's unit. */
  const freshTarget = () => kit.createUnit(kit.world.inside.id, 'Phòng Nhập Thử');
  const upload = <T>(path: string, unitId: number, content: Buffer, fileName = 'co-cau.xlsx', client = kit.organizer) =>
    client.upload<T>(url(path, unitId), { fileName, content });
  const unitsUnder = async (path: string) =>
    ctx()
      .db.selectFrom('org_units')
      .select(['id', 'code', 'name', 'short_name', 'parent_id', 'path', 'kind'])
      .where('path', 'like', `${path}%`)
      .where('path', '!=', path)
      .orderBy('id')
      .execute();
  const phong = (code: string, fields: Partial<UnitFixtureRow> = {}): UnitFixtureRow => ({
    code,
    name: `Tổ ${code}`,
    kind: 'Phòng, chi cục',
    track: 'Chính quyền',
    validFrom: '01/08/2025',
    ...fields,
  });

  it('previews then commits a messy workbook, children before parents in the file: a tree, histories, audit', async () => {
    const target = await freshTarget();
    const p = freshCode('P');
    const rows = [
      phong(`${p}-A1`, { parent: `${p}-A` }),
      phong(`${p}-A`, { name: '  Tổ   Tổng hợp '.normalize('NFD'), shortName: 'TH' }),
      phong(`${p}-B`, { validFrom: new Date(Date.UTC(2025, 8, 1)) }),
    ];
    const file = await unitsWorkbook(rows);

    const preview = await upload<UnitsImportPreview>('preview', target.id, file);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ ok: true, errorCount: 0, rowCount: 3, headerRow: 4, toCreate: 3, toUpdate: 0 });
    expect(preview.body.columns.find((c) => c.letter === 'B')).toMatchObject({ field: 'code' });
    expect(preview.body.sampleRows[0]?.row).toBe(7);
    expect(await unitsUnder(target.path)).toEqual([]);

    const auditBefore = await countRows(ctx().db, 'audit_events');
    const res = await upload<{ created: number }>('commit', target.id, file);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const units = await unitsUnder(target.path);
    const byCode = Object.fromEntries(units.map((u) => [u.code, u]));
    const a = byCode[`${p}-A`];
    expect(a).toMatchObject({ parent_id: target.id, name: 'Tổ Tổng hợp', short_name: 'TH', kind: 'division' });
    expect(a?.name).toBe('Tổ Tổng hợp'.normalize('NFC'));
    expect(byCode[`${p}-A1`]?.parent_id).toBe(a?.id);
    expect(byCode[`${p}-A1`]?.path).toBe(`${a?.path}${byCode[`${p}-A1`]?.id}/`);
    expect((await kit.history(a?.id as number))[0]).toMatchObject({ kind: 'created', effectiveDate: '2025-08-01' });
    expect((await kit.getUnit(byCode[`${p}-B`]?.id as number)).validFrom).toBe('2025-09-01');

    expect(await countRows(ctx().db, 'audit_events')).toBe(auditBefore + 4);
    const event = await ctx()
      .db.selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'org.units.import')
      .where('unit_id', '=', target.id)
      .executeTakeFirstOrThrow();
    expect(event.after).toMatchObject({ fileName: 'co-cau.xlsx', rows: 3, created: 3, updated: 0 });
    expect(JSON.stringify(event.after)).toMatch(/"sha256":"[0-9a-f]{64}"/);
    expect(event.authority).toMatch(/^organizer@/);
  });

  it('re-importing updates names through the rename (history kept) instead of duplicating; a new parent is refused', async () => {
    const target = await freshTarget();
    const p = freshCode('R');
    const rows = [phong(`${p}-A`), phong(`${p}-B`, { parent: `${p}-A` })];
    expect((await upload('commit', target.id, unitsCsv(rows), 'dv.csv')).status).toBe(200);

    const renamed = [phong(`${p}-A`, { name: 'Tổ Mới', shortName: 'TM' }), rows[1] as UnitFixtureRow];
    const again = await upload('commit', target.id, unitsCsv(renamed), 'dv.csv');
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const units = await unitsUnder(target.path);
    expect(units).toHaveLength(2);
    const a = units.find((u) => u.code === `${p}-A`);
    expect(a).toMatchObject({ name: 'Tổ Mới', short_name: 'TM' });
    const history = await kit.history(a?.id as number);
    expect(history.map((h) => h.kind)).toContain('renamed');
    expect(history.find((h) => h.kind === 'renamed')?.before).toMatchObject({ name: `Tổ ${p}-A` });

    const moved = [phong(`${p}-B`, { parent: null }), phong(`${p}-A`, { parent: `${p}-B`, name: 'Tổ Khác' })];
    const refused = await upload<ErrorResponse>('commit', target.id, unitsCsv(moved), 'dv.csv');
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Dòng 3, cột G: .*nhập tệp không chuyển đơn vị.*Chuyển đơn vị/),
    ]);
    expect((await unitsUnder(target.path)).find((u) => u.code === `${p}-A`)?.name).toBe('Tổ Mới');
  });

  it.each([
    ['a cycle', (p: string) => [phong(`${p}-A`, { parent: `${p}-B` }), phong(`${p}-B`, { parent: `${p}-A` })], /Vòng lặp/],
    ['an unknown parent', (p: string) => [phong(`${p}-A`, { parent: `${p}-NONE` })], /Không tìm thấy đơn vị cấp trên/],
    ['duplicate codes', (p: string) => [phong(`${p}-A`), phong(`${p}-a`)], /trùng với dòng 2/],
    ['a TCVN3 row', (p: string) => [phong(`${p}-A`, { name: encodeTcvn3('Tổ Tổng hợp') })], /bảng mã cũ TCVN3/],
    ['a kind not allowed under the parent', (p: string) => [phong(`${p}-A`, { kind: 'Chi bộ', track: null })], /Chi bộ/],
  ])('refuses %s: 422 naming row and column, nothing written', async (_label, build, reason) => {
    const target = await freshTarget();
    const p = freshCode('E');
    const before = await countRows(ctx().db, 'org_units');
    const auditBefore = await countRows(ctx().db, 'audit_events');
    const res = await upload<ErrorResponse>('commit', target.id, unitsCsv(build(p)), 'dv.csv');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IMPORT_ROWS_INVALID');
    expect(res.body.error.details[0]?.message).toMatch(/^Dòng \d+, cột [A-H]: /);
    expect(res.body.error.details.map((d) => d.message).join('\n')).toMatch(reason);
    expect(await countRows(ctx().db, 'org_units')).toBe(before);
    expect(await countRows(ctx().db, 'audit_events')).toBe(auditBefore);
  });

  it('does not leak units outside the caller’s authority: a parent or a code there reads as unknown', async () => {
    const target = await freshTarget();
    const p = freshCode('L');
    const outside = kit.world.outsideChild; // "Phòng Ngân sách", under "Sở Tài chính"
    const res = await upload<ErrorResponse>(
      'commit',
      target.id,
      unitsCsv([phong(`${p}-A`, { parent: kit.world.outside.code }), phong(outside.code, { name: 'Tên Lạ' })]),
      'dv.csv',
    );
    expect(res.status).toBe(422);
    const messages = res.body.error.details.map((d) => d.message);
    expect(messages).toEqual([
      expect.stringMatching(/^Dòng 2, cột G: Không tìm thấy đơn vị cấp trên có mã .* trong tệp hoặc trong phạm vi thẩm quyền/),
      expect.stringMatching(/^Dòng 3, cột B: Mã đơn vị đã được dùng cho một đơn vị khác ngoài phạm vi thẩm quyền/),
    ]);
    expect(messages.join(' ')).not.toMatch(/Ngân sách|Tài chính/);
    const untouched = await ctx()
      .db.selectFrom('org_units')
      .select('name')
      .where('id', '=', outside.id)
      .executeTakeFirstOrThrow();
    expect(untouched.name).toBe('Phòng Ngân sách');
  });

  it('is all or nothing: one bad row among good ones writes nothing; the errors workbook names it', async () => {
    const target = await freshTarget();
    const p = freshCode('N');
    const rows = [phong(`${p}-A`), phong(`${p}-B`, { parent: `${p}-A` }), phong(`${p}-C`, { validFrom: '31/02/2025' })];
    const file = await unitsWorkbook(rows);
    const res = await upload<ErrorResponse>('commit', target.id, file);
    expect(res.status).toBe(422);
    expect(res.body.error.details).toHaveLength(1);
    expect(res.body.error.details[0]).toMatchObject({ row: 9 });
    expect(res.body.error.details[0]?.message).toMatch(/^Dòng 9, cột H: /);
    expect(await unitsUnder(target.path)).toEqual([]);

    const preview = await upload<UnitsImportPreview>('preview', target.id, file);
    expect(preview.body).toMatchObject({ ok: false, errorCount: 1, toCreate: 0 });
    expect(preview.body.issues[0]).toMatchObject({ row: 9, column: 'H', header: 'Ngày thành lập', value: '31/02/2025' });

    const errors = await upload('errors.xlsx', target.id, file);
    expect(errors.status).toBe(200);
    expect(String(errors.headers['content-type'])).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(errors.raw.rawPayload as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.worksheets[0]?.eachRow((r) => texts.push(JSON.stringify(r.values)));
    expect(texts.join('\n')).toContain('31/02/2025');
    expect(texts.join('\n')).toContain('Ngày thành lập');
  });

  it('refuses an empty file and a header-only file with their own codes', async () => {
    const target = await freshTarget();
    const empty = await upload<ErrorResponse>('commit', target.id, Buffer.alloc(0), 'dv.csv');
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('IMPORT_EMPTY_FILE');
    const headerOnly = await upload<ErrorResponse>('commit', target.id, await unitsWorkbook([]));
    expect(headerOnly.status).toBe(422);
    expect(headerOnly.body.error.code).toBe('IMPORT_HEADER_ONLY');
    const preview = await upload<UnitsImportPreview>('preview', target.id, await unitsWorkbook([]));
    expect(preview.body).toMatchObject({ ok: false, errorCount: 1 });
  });

  it('answers an English caller in English, and checks the unit before reading the upload', async () => {
    const target = await freshTarget();
    const english = await kit.clientWith([{ role: 'organizer', unit: kit.world.inside }]);
    expect((await english.post('/api/auth/locale', { locale: 'en' })).status).toBe(200);
    const res = await upload<ErrorResponse>(
      'commit',
      target.id,
      unitsCsv([phong('X', { parent: 'NOWHERE-X' })]),
      'dv.csv',
      english,
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]?.message).toMatch(/^Row 2, column G: No parent unit with code "NOWHERE-X"/);

    const file = unitsCsv([phong(freshCode('O'))]);
    expect((await upload('commit', kit.world.outside.id, file, 'dv.csv')).status).toBe(404);
    const inspector = await kit.world.client('inspector');
    expect((await upload('commit', target.id, file, 'dv.csv', inspector)).status).toBe(403);
  });

  it('applies the user mapping by column letter, refuses an unknown field, and is in OpenAPI as a multipart upload', async () => {
    const target = await freshTarget();
    const file = unitsCsv([phong(freshCode('M'), { shortName: 'BỎ QUA' })]);
    const mapping = encodeURIComponent(JSON.stringify({ D: null }));
    const res = await kit.organizer.upload<UnitsImportPreview>(`${url('preview', target.id)}&mapping=${mapping}`, {
      fileName: 'dv.csv',
      content: file,
    });
    expect(res.status).toBe(200);
    expect(res.body.columns.find((c) => c.letter === 'D')).toMatchObject({ field: null });
    const bad = encodeURIComponent(JSON.stringify({ D: 'salary' }));
    const refused = await kit.organizer.upload(`${url('preview', target.id)}&mapping=${bad}`, {
      fileName: 'dv.csv',
      content: file,
    });
    expect(refused.status).toBe(400);

    const doc = await kit.organizer.get<{ paths: Record<string, { post?: { requestBody?: { content: object } } }> }>(
      '/api/openapi.json',
    );
    for (const p of ['preview', 'commit', 'errors.xlsx']) {
      expect(Object.keys(doc.body.paths[`/api/imports/units/${p}`]?.post?.requestBody?.content ?? {})).toEqual([
        'multipart/form-data',
      ]);
    }
  });

  it('serves a blank template that previews clean under a department (two new divisions)', async () => {
    const res = await kit.organizer.get('/api/imports/units/template.xlsx');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('mau-nhap-don-vi.xlsx');
    const preview = await upload<UnitsImportPreview>('preview', kit.world.inside.id, res.raw.rawPayload, 'mau.xlsx');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ ok: true, toCreate: 2, toUpdate: 0 });
    expect(preview.body.columns.every((c) => c.field !== null)).toBe(true);
  });
});
