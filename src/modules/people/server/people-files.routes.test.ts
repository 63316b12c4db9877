// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertUnit, type World } from '../../../app/server/testing/world.js';
import type { PersonDetail } from '../people.contract.js';

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'merit-2c-'));
  try {
    const file = join(dir, 'form.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describeBackends('people: export and the 2C form', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let inspector: TestClient;
  let unitId: number;
  let anh: PersonDetail;

  const create = async (fields: Record<string, unknown>) => {
    const res = await organizer.post<PersonDetail>('/api/people', {
      gender: 'male',
      dateOfBirth: '1980-01-02',
      status: 'civil_servant',
      unitId,
      ...fields,
    });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    inspector = await w.client('inspector');
    unitId = (await insertUnit(ctx().db, w.inside, { kind: 'division', name: 'Phòng Tổ chức cán bộ' })).id;
    anh = await create({ hoDem: 'Nguyễn Văn', ten: 'Ánh', idNumber: '001080012345', partyJoinDate: '2010-05-19' });
    await create({ hoDem: 'Trần Thị', ten: 'Bình', gender: 'female', dateOfBirth: '1991-07-08' });
    // A formula-looking name: must come out as text, never as a formula.
    await create({ hoDem: '=cmd|', ten: 'An', otherNames: null });
    await organizer.post(`/api/people/${anh.id}/posts`, { unitId, title: 'Trưởng phòng', isHead: true, startDate: '2020-01-01' });
  });

  const exportFile = async (client: TestClient, format: 'xlsx' | 'csv') => {
    const res = await client.get(`/api/people/export?${new URLSearchParams({ unitId: String(unitId), format }).toString()}`);
    expect(res.status).toBe(200);
    return res;
  };

  it('exports the filtered list to .xlsx: Vietnamese headers, NFC, list order, no formulas, full IDs for an organizer', async () => {
    const res = await exportFile(organizer, 'xlsx');
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(
      /^attachment; filename="danh-sach-can-bo-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''danh-sach-can-bo-/,
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Danh sách cán bộ');
    const headerRow = [1, 2, 3, 4, 5].find((r) => ws.getRow(r).getCell(1).value === 'STT')!;
    const headers = (ws.getRow(headerRow).values as unknown[]).slice(1);
    expect(headers).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Chức vụ',
      'Đơn vị',
      'Đối tượng',
      'Đảng viên',
      'Trình độ chuyên môn',
      'Lý luận chính trị',
      'Số CCCD',
    ]);
    for (const h of headers) expect(h).toBe(String(h).normalize('NFC'));

    const data = [1, 2, 3].map((i) => ws.getRow(headerRow + i));
    // Vietnamese order: tên first (An, Ánh, Bình).
    expect(data.map((r) => r.getCell(2).value)).toEqual(['=cmd| An', 'Nguyễn Văn Ánh', 'Trần Thị Bình']);
    expect(data.map((r) => r.getCell(1).value)).toEqual([1, 2, 3]);
    const formulaLike = data[0]!.getCell(2);
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike.formula).toBeUndefined();
    const anhRow = data[1]!;
    expect(anhRow.getCell(2).value).toBe('Nguyễn Văn Ánh'.normalize('NFC'));
    expect(anhRow.getCell(4).value).toBe('Nam');
    expect(anhRow.getCell(5).value).toBe('Trưởng phòng');
    expect(anhRow.getCell(6).value).toBe('Phòng Tổ chức cán bộ');
    expect(anhRow.getCell(7).value).toBe('Công chức');
    expect(anhRow.getCell(8).value).toBe('Có');
    expect(anhRow.getCell(11).value).toBe('001080012345');
    const dob = anhRow.getCell(3).value as Date;
    expect(dob.toISOString().slice(0, 10)).toBe('1980-01-02');
  });

  it('masks ID numbers for a reader and stays within the caller’s scope', async () => {
    const res = await exportFile(inspector, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.raw.rawPayload as unknown as ArrayBuffer);
    const values: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain('0010******45');
    expect(values).not.toContain('001080012345');

    // Without a grant the list is empty (scoped, never refused): the header line only.
    const none = await w.client('none');
    const csv = await none.get(`/api/people/export?format=csv&unitId=${unitId}`);
    expect(csv.status).toBe(200);
    expect(csv.raw.rawPayload.toString('utf8').trim().split('\r\n')).toHaveLength(1);
  });

  it('exports .csv with a BOM, the header line, `;` and the formula guard', async () => {
    const res = await exportFile(organizer, 'csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(res.headers['content-disposition'])).toContain('.csv"');
    const bytes = res.raw.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'STT;Họ và tên;Ngày sinh;Giới tính;Chức vụ;Đơn vị;Đối tượng;Đảng viên;Trình độ chuyên môn;Lý luận chính trị;Số CCCD',
    );
    expect(lines[1]).toMatch(/^1;'=cmd\| An;/);
    expect(lines[2]).toBe('2;Nguyễn Văn Ánh;02/01/1980;Nam;Trưởng phòng;Phòng Tổ chức cán bộ;Công chức;Có;;;001080012345');
    expect(lines[3]).toMatch(/^3;Trần Thị Bình;08\/07\/1991;Nữ;/);
  });

  it('refuses an unknown format', async () => {
    const res = await organizer.get('/api/people/export?format=pdf');
    expect(res.status).toBe(400);
  });

  it.skipIf(!hasPdftotext)('prints the 2C form as a PDF with the name in capitals, in both variants', async () => {
    for (const variant of ['BNV-2008', 'TCTW-98']) {
      const res = await organizer.get(`/api/people/${anh.id}/form-2c.pdf?variant=${variant}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.raw.rawPayload;
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const text = pdfText(pdf);
      expect(text).toContain('NGUYỄN VĂN ÁNH');
      expect(text).toContain(variant === 'BNV-2008' ? '2C-BNV/2008' : '2C/TCTW-98');
    }
  });

  it('answers 404 for a person outside the caller’s scope, 400 for an unknown variant', async () => {
    const outside = await w.freshPerson('outside');
    expect((await organizer.get(`/api/people/${outside.id}/form-2c.pdf`)).status).toBe(404);
    expect((await organizer.get(`/api/people/${anh.id}/form-2c.pdf?variant=X`)).status).toBe(400);
  });

  it('serves the blank import template, which the importer reads back column by column', async () => {
    const res = await organizer.get('/api/imports/people/template.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain('mau-nhap-danh-sach-can-bo.xlsx');
    const preview = await organizer.upload<{ ok: boolean; rowCount: number; columns: { field: string | null }[] }>(
      `/api/imports/people/preview?unitId=${w.inside.id}`,
      { fileName: 'mau.xlsx', content: res.raw.rawPayload },
    );
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ ok: true, rowCount: 2 });
    expect(preview.body.columns.every((c) => c.field !== null)).toBe(true);
  });
});
