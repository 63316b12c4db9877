// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { countRows } from '../../../app/server/testing/world.js';
import type { ErrorBody } from '../../../shared/app-error.js';
import { viSortKey } from '../../../shared/vi-sort.js';
import { freshCode, orgKit, type OrgKit } from './org-test-kit.js';

describeBackends('org: creating units', (ctx) => {
  let kit: OrgKit;
  beforeAll(async () => {
    kit = await orgKit(ctx());
  });

  const create = (body: Record<string, unknown>) =>
    kit.post<ErrorBody>('/api/org/units', {
      parentId: kit.world.inside.id,
      track: 'state',
      kind: 'division',
      code: freshCode(),
      name: 'Phòng Tổ chức',
      validFrom: '2025-08-01',
      ...body,
    });

  it('creates a child with its path, breadcrumbs, history and audit event', async () => {
    const auditBefore = await countRows(ctx().db, 'audit_events');
    const unit = await kit.createUnit(kit.world.inside.id, 'Phòng Tổ chức cán bộ', {
      shortName: 'TCCB',
      documentRef: '12/QĐ-SNV',
    });
    expect(unit.path).toBe(`${kit.world.inside.path}${unit.id}/`);
    expect(unit.depth).toBe(3);
    expect(unit.ancestors.map((a) => a.id)).toEqual([kit.world.root.id, kit.world.inside.id]);
    expect(unit.can).toEqual({ edit: true, createChild: true });
    expect(unit.version).toBe(1);

    const [created] = await kit.history(unit.id);
    expect(created).toMatchObject({ kind: 'created', effectiveDate: '2025-08-01', documentRef: '12/QĐ-SNV' });
    expect(created?.actorLabel).toContain(kit.world.accounts.organizer.username);

    expect(await countRows(ctx().db, 'audit_events')).toBe(auditBefore + 1);
    const audit = await ctx()
      .db.selectFrom('audit_events')
      .selectAll()
      .where('entity_id', '=', String(unit.id))
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'org.unit.create', entity_type: 'org_unit', unit_id: unit.id });
    expect(audit.authority).toMatch(new RegExp(`^organizer@${kit.world.inside.path} \\(grant \\d+\\)$`));
  });

  it('stores a non-NFC Vietnamese name as NFC, with its sort key', async () => {
    const nfd = 'Phòng Nghiệp vụ Hưởng'.normalize('NFD');
    const res = await create({ name: `  ${nfd}  ` });
    expect(res.status).toBe(201);
    const row = await ctx()
      .db.selectFrom('org_units')
      .select(['name', 'sort_key', 'search_text'])
      .where('name', '=', 'Phòng Nghiệp vụ Hưởng'.normalize('NFC'))
      .executeTakeFirstOrThrow();
    expect(row.name).toBe(row.name.normalize('NFC'));
    expect(row.sort_key).toBe(viSortKey('Phòng Nghiệp vụ Hưởng'));
    expect(row.search_text).toContain('phong nghiep vu huong');
  });

  it.each([
    ['a 10,000-character name', { name: 'A'.repeat(10_000) }, 'body.name'],
    ['control characters', { name: 'Phòng\u0007 Tổ chức' }, 'body.name'],
    ['an unknown field', { colour: 'red' }, 'body'],
    ['a malformed code', { code: 'mã có dấu' }, 'body.code'],
    ['an unknown kind', { kind: 'kingdom' }, 'body.kind'],
  ])('refuses %s with 400 naming the field, creating nothing', async (_label, body, field) => {
    const before = await countRows(ctx().db, 'org_units');
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.map((d) => d.field)).toContain(field);
    expect(await countRows(ctx().db, 'org_units')).toBe(before);
  });

  it('refuses a code already used by an active unit, case-insensitively, with 409 naming `code`', async () => {
    const code = freshCode('DUP');
    expect((await create({ code })).status).toBe(201);
    const res = await create({ code: code.toLowerCase() });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('UNIT_CODE_TAKEN');
    expect(res.body.error.details[0]?.field).toBe('body.code');
    expect(res.body.error.message).toContain('Mã đơn vị');
  });

  it('refuses a kind of another track, and a start before the parent, each on its field', async () => {
    const wrongTrack = await create({ kind: 'party_cell' });
    expect(wrongTrack.status).toBe(422);
    expect(wrongTrack.body.error.code).toBe('KIND_TRACK_MISMATCH');
    expect(wrongTrack.body.error.details.map((d) => d.field)).toEqual(['body.kind']);
    const early = await create({ validFrom: '2020-01-01' });
    expect(early.body.error.code).toBe('EFFECTIVE_DATE_TOO_EARLY');
    expect(early.body.error.details.map((d) => d.field)).toEqual(['body.validFrom']);
  });

  it('refuses a kind that may not sit under the parent (a Tỉnh ủy under a chi bộ), with 422 on `kind`', async () => {
    const admin = kit.rootAdmin;
    const party = (kind: string) => ({ track: 'party', kind });
    const province = await kit.createUnit(kit.world.root.id, 'Tỉnh ủy Cấp Kiểm', party('provincial_party_committee'), admin);
    const grassroots = await kit.createUnit(province.id, 'Đảng bộ xã Kiểm', party('grassroots_party_committee'), admin);
    const cell = await kit.createUnit(grassroots.id, 'Chi bộ thôn Kiểm', party('party_cell'), admin);

    const before = await countRows(ctx().db, 'org_units');
    const body = {
      ...party('provincial_party_committee'),
      parentId: cell.id,
      code: freshCode(),
      name: 'Tỉnh ủy Sai Chỗ',
      validFrom: '2025-08-01',
    };
    const res = await admin.post<ErrorBody>('/api/org/units', body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('KIND_PARENT_MISMATCH');
    expect(res.body.error.details.map((d) => d.field)).toEqual(['body.kind']);
    expect(res.body.error.message).toContain('"Tỉnh ủy, Thành ủy" không thể trực thuộc đơn vị loại "Chi bộ"');
    expect(await countRows(ctx().db, 'org_units')).toBe(before);

    // A chi bộ belongs to the party's tree, not under a Sở.
    const cellUnderDepartment = await create({ track: 'party', kind: 'party_cell', name: 'Chi bộ Sở' });
    expect(cellUnderDepartment.body.error.code).toBe('KIND_PARENT_MISMATCH');
    expect(cellUnderDepartment.body.error.message).toContain('"Chi bộ" không thể trực thuộc đơn vị loại "Sở, ban, ngành"');
  });

  it('lets an inspector read but not create (403), and hides units outside the scope (404)', async () => {
    const inspector = await kit.world.client('inspector');
    expect((await inspector.get(`/api/org/units/${kit.world.inside.id}`)).status).toBe(200);
    const body = {
      parentId: kit.world.inside.id,
      track: 'state',
      kind: 'division',
      code: freshCode(),
      name: 'X',
      validFrom: '2025-08-01',
    };
    expect((await inspector.post('/api/org/units', body)).status).toBe(403);
    expect((await kit.organizer.post('/api/org/units', { ...body, parentId: kit.world.outside.id })).status).toBe(404);
    expect((await kit.organizer.get(`/api/org/units/${kit.world.outside.id}`)).status).toBe(404);
    expect((await kit.organizer.get(`/api/org/units/999999`)).status).toBe(404);
  });
});
