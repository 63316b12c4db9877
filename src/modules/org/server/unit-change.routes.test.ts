// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { countRows } from '../../../app/server/testing/world.js';
import type { ErrorBody } from '../../../shared/app-error.js';
import type { ManagementBody } from '../org.contract.js';
import { orgKit, type OrgKit } from './org-test-kit.js';

describeBackends('org: renaming, dissolving, management bodies', (ctx) => {
  let kit: OrgKit;
  beforeAll(async () => {
    kit = await orgKit(ctx());
  });

  it('renames a unit; its history keeps the old name', async () => {
    const unit = await kit.createUnit(kit.world.inside.id, 'Phòng Cải cách hành chính');
    const res = await kit.post(`/api/org/units/${unit.id}/rename`, {
      name: 'Phòng Cải cách và Văn thư',
      effectiveDate: '2026-01-01',
      documentRef: '99/QĐ-UBND',
      version: unit.version,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Phòng Cải cách và Văn thư', version: unit.version + 1 });
    const [renamed] = await kit.history(unit.id);
    expect(renamed).toMatchObject({
      kind: 'renamed',
      effectiveDate: '2026-01-01',
      documentRef: '99/QĐ-UBND',
      before: { name: 'Phòng Cải cách hành chính' },
      after: { name: 'Phòng Cải cách và Văn thư' },
    });
    // The search text follows the new name.
    const found = await kit.list({ search: 'cai cach va van thu' });
    expect(found.map((u) => u.id)).toContain(unit.id);
  });

  it('refuses a rename with a stale version (409 CONFLICT) and changes nothing', async () => {
    const unit = await kit.createUnit(kit.world.inside.id, 'Phòng Văn thư');
    await kit.post(`/api/org/units/${unit.id}/rename`, { name: 'Phòng Văn thư - Lưu trữ', effectiveDate: '2026-01-01' });
    const res = await kit.post<ErrorBody>(`/api/org/units/${unit.id}/rename`, {
      name: 'Tên khác',
      effectiveDate: '2026-01-01',
      version: unit.version,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
    expect((await kit.getUnit(unit.id)).name).toBe('Phòng Văn thư - Lưu trữ');
  });

  it('refuses to dissolve a unit with active children, naming them; dissolves once they are gone', async () => {
    const parent = await kit.createUnit(kit.world.inside.id, 'Phòng Giải thể');
    const child = await kit.createUnit(parent.id, 'Tổ Còn hoạt động');
    const refused = await kit.post<ErrorBody>(`/api/org/units/${parent.id}/dissolve`, { effectiveDate: '2026-01-01' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    expect(refused.body.error.message).toContain('Tổ Còn hoạt động');

    expect((await kit.post(`/api/org/units/${child.id}/dissolve`, { effectiveDate: '2026-01-01' })).status).toBe(200);
    const res = await kit.post(`/api/org/units/${parent.id}/dissolve`, { effectiveDate: '2026-01-01', note: 'Theo đề án' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'dissolved', validTo: '2025-12-31', can: { edit: false, createChild: false } });

    // Still findable: by id, and among the children when inactive ones are asked for.
    expect((await kit.getUnit(parent.id)).status).toBe('dissolved');
    const active = await kit.list({ parentId: String(kit.world.inside.id) });
    expect(active.map((u) => u.id)).not.toContain(parent.id);
    const all = await kit.list({ parentId: String(kit.world.inside.id), includeInactive: 'true' });
    expect(all.map((u) => u.id)).toContain(parent.id);
    // A dissolved unit takes no more changes.
    const again = await kit.post<ErrorBody>(`/api/org/units/${parent.id}/rename`, { name: 'X', effectiveDate: '2026-02-01' });
    expect(again.body.error.code).toBe('UNIT_INACTIVE');
  });

  it('creates and closes management bodies, listed on the unit', async () => {
    const admin = kit.rootAdmin;
    const party = { track: 'party', kind: 'provincial_party_committee' };
    const unit = await kit.createUnit(kit.world.root.id, 'Tỉnh ủy Thử Nghiệm', party, admin);
    const created = await kit.post<ManagementBody>(
      '/api/org/management-bodies',
      {
        unitId: unit.id,
        kind: 'standing_committee',
        name: 'Ban Thường vụ  Tỉnh ủy Thử Nghiệm'.normalize('NFD'),
        validFrom: '2025-08-01',
      },
      admin,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ unitId: unit.id, name: 'Ban Thường vụ Tỉnh ủy Thử Nghiệm', validTo: null });
    const closeUrl = `/api/org/management-bodies/${created.body.id}/close`;
    const early = await kit.post<ErrorBody>(closeUrl, { validTo: '2025-07-31' }, admin);
    expect(early.body.error.code).toBe('EFFECTIVE_DATE_TOO_EARLY');
    expect(early.body.error.details.map((d) => d.field)).toEqual(['body.validTo']);
    const closed = await kit.post<ManagementBody>(closeUrl, { validTo: '2025-12-31' }, admin);
    expect(closed.body.validTo).toBe('2025-12-31');
    const twice = await kit.post<ErrorBody>(closeUrl, { validTo: '2026-01-31' }, admin);
    expect(twice.body.error.code).toBe('BODY_ALREADY_CLOSED');
    expect(twice.body.error.details).toEqual([]);
    const detail = await kit.getUnit(unit.id, admin);
    expect(detail.managementBodies.map((b) => b.id)).toEqual([created.body.id]);
    const kinds = (await kit.history(unit.id, admin)).map((h) => h.kind);
    expect(kinds.slice(0, 2)).toEqual(['body-closed', 'body-created']);
  });

  it('names the field of each refusal: the date on the date, none when the unit itself is the reason', async () => {
    const unit = await kit.createUnit(kit.world.inside.id, 'Phòng Trường', { validFrom: '2025-09-01' });
    await kit.createUnit(unit.id, 'Tổ Trường', { validFrom: '2025-09-01' });
    const fields = (res: { body: ErrorBody }) => res.body.error.details.map((d) => d.field);

    const earlyRename = await kit.post<ErrorBody>(`/api/org/units/${unit.id}/rename`, { name: 'X', effectiveDate: '2025-08-01' });
    expect(earlyRename.body.error.code).toBe('EFFECTIVE_DATE_TOO_EARLY');
    expect(fields(earlyRename)).toEqual(['body.effectiveDate']);

    const busy = await kit.post<ErrorBody>(`/api/org/units/${unit.id}/dissolve`, { effectiveDate: '2026-01-01' });
    expect(busy.body.error.code).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    expect(fields(busy)).toEqual([]);

    const earlyBody = await kit.post<ErrorBody>('/api/org/management-bodies', {
      unitId: unit.id,
      kind: 'head_of_unit',
      name: 'Trưởng phòng',
      validFrom: '2025-08-01',
    });
    expect(earlyBody.body.error.code).toBe('EFFECTIVE_DATE_TOO_EARLY');
    expect(fields(earlyBody)).toEqual(['body.validFrom']);

    const gone = await kit.createUnit(kit.world.inside.id, 'Phòng Đã giải thể');
    await kit.post(`/api/org/units/${gone.id}/dissolve`, { effectiveDate: '2026-01-01' });
    const renameGone = await kit.post<ErrorBody>(`/api/org/units/${gone.id}/rename`, { name: 'X', effectiveDate: '2026-02-01' });
    expect(renameGone.body.error.code).toBe('UNIT_INACTIVE');
    expect(fields(renameGone)).toEqual([]);
    const bodyOnGone = await kit.post<ErrorBody>('/api/org/management-bodies', {
      unitId: gone.id,
      kind: 'head_of_unit',
      name: 'Trưởng phòng',
      validFrom: '2026-02-01',
    });
    expect(bodyOnGone.body.error.code).toBe('UNIT_INACTIVE');
    expect(fields(bodyOnGone)).toEqual(['body.unitId']);
  });

  it('records exactly one audit event per write, in the same transaction', async () => {
    const db = ctx().db;
    const writes: [string, (id: number, other: number) => { url: string; body: unknown }][] = [
      ['rename', (id) => ({ url: `/api/org/units/${id}/rename`, body: { name: 'Đổi tên', effectiveDate: '2026-01-01' } })],
      ['move', (id, other) => ({ url: `/api/org/units/${id}/move`, body: { newParentId: other, effectiveDate: '2026-01-01' } })],
      ['merge', (id, other) => ({ url: `/api/org/units/${id}/merge`, body: { targetId: other, effectiveDate: '2026-01-01' } })],
      ['dissolve', (id) => ({ url: `/api/org/units/${id}/dissolve`, body: { effectiveDate: '2026-01-01' } })],
      [
        'body',
        (id) => ({
          url: '/api/org/management-bodies',
          body: { unitId: id, kind: 'head_of_unit', name: 'Thủ trưởng', validFrom: '2025-08-01' },
        }),
      ],
    ];
    for (const [action, make] of writes) {
      const unit = await kit.createUnit(kit.world.inside.id, `Phòng ${action}`);
      const other = await kit.createUnit(kit.world.inside.id, `Phòng đích ${action}`);
      const { url, body } = make(unit.id, other.id);
      const before = await countRows(db, 'audit_events');
      const eventsBefore = await countRows(db, 'org_unit_events');
      const res = await kit.post(url, body);
      expect(res.status, action).toBeLessThan(300);
      expect(await countRows(db, 'audit_events'), action).toBe(before + 1);
      expect(await countRows(db, 'org_unit_events'), action).toBeGreaterThan(eventsBefore);
    }
  });

  it('refuses read-only roles with 403 on every write, and writes nothing', async () => {
    const unit = await kit.createUnit(kit.world.inside.id, 'Phòng Chỉ đọc');
    const before = await countRows(ctx().db, 'audit_events');
    for (const role of ['inspector', 'decider'] as const) {
      const client = await kit.world.client(role);
      expect((await client.get(`/api/org/units/${unit.id}`)).status).toBe(200);
      const res = await client.post(`/api/org/units/${unit.id}/rename`, { name: 'Không được', effectiveDate: '2026-01-01' });
      expect(res.status).toBe(403);
    }
    expect(await countRows(ctx().db, 'audit_events')).toBe(before);
  });
});
