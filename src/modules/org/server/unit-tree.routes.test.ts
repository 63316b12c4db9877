// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { countRows } from '../../../app/server/testing/world.js';
import type { ErrorBody } from '../../../shared/app-error.js';
import { listSubtreeUnitIds } from '../index.js';
import type { UnitDetail } from '../org.contract.js';
import { orgKit, pathsOf, type OrgKit } from './org-test-kit.js';

const EFFECTIVE = '2026-01-01';

describeBackends('org: moving and merging subtrees', (ctx) => {
  let kit: OrgKit;
  beforeAll(async () => {
    kit = await orgKit(ctx());
  });

  /** A → B → C under `inside`, and a separate D. */
  async function chain() {
    const inside = kit.world.inside.id;
    const a = await kit.createUnit(inside, 'Phòng A');
    const b = await kit.createUnit(a.id, 'Tổ B');
    const c = await kit.createUnit(b.id, 'Nhóm C');
    const d = await kit.createUnit(inside, 'Phòng D');
    return { a, b, c, d };
  }

  async function snapshot() {
    const db = ctx().db;
    const paths = await db.selectFrom('org_units').select(['id', 'path', 'depth', 'parent_id', 'status']).orderBy('id').execute();
    return {
      units: await countRows(db, 'org_units'),
      events: await countRows(db, 'org_unit_events'),
      audit: await countRows(db, 'audit_events'),
      paths,
    };
  }

  describe('move', () => {
    it('moves a unit with its whole subtree: every path and depth below is rewritten', async () => {
      const { a, b, c, d } = await chain();
      const auditBefore = await countRows(ctx().db, 'audit_events');
      const res = await kit.post(`/api/org/units/${a.id}/move`, {
        newParentId: d.id,
        effectiveDate: EFFECTIVE,
        version: a.version,
      });
      expect(res.status).toBe(200);
      expect(res.body.parentId).toBe(d.id);
      expect(res.body.version).toBe(a.version + 1);
      const after = await pathsOf(ctx(), [a.id, b.id, c.id]);
      expect(after[a.id]).toEqual({ path: `${d.path}${a.id}/`, depth: d.depth + 1 });
      expect(after[b.id]).toEqual({ path: `${d.path}${a.id}/${b.id}/`, depth: d.depth + 2 });
      expect(after[c.id]).toEqual({ path: `${d.path}${a.id}/${b.id}/${c.id}/`, depth: d.depth + 3 });
      expect((await kit.getUnit(c.id)).ancestors.map((u) => u.id)).toEqual([
        kit.world.root.id,
        kit.world.inside.id,
        d.id,
        a.id,
        b.id,
      ]);
      const [moved] = await kit.history(a.id);
      expect(moved).toMatchObject({ kind: 'moved', relatedUnit: { id: d.id } });
      expect(await countRows(ctx().db, 'audit_events')).toBe(auditBefore + 1);
    });

    it('refuses a move under its own descendant (cycle) and changes nothing', async () => {
      const { a, c } = await chain();
      const before = await snapshot();
      const res = await kit.post<ErrorBody>(`/api/org/units/${a.id}/move`, { newParentId: c.id, effectiveDate: EFFECTIVE });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('UNIT_MOVE_CYCLE');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a new parent whose kind may not take the unit, on `newParentId`, and changes nothing', async () => {
      const inside = kit.world.inside.id;
      const school = await kit.createUnit(inside, 'Trường Chính trị', { kind: 'public_service_unit' });
      const division = await kit.createUnit(inside, 'Phòng Đào tạo');
      const before = await snapshot();
      const res = await kit.post<ErrorBody>(`/api/org/units/${school.id}/move`, {
        newParentId: division.id,
        effectiveDate: EFFECTIVE,
      });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('KIND_PARENT_MISMATCH');
      expect(res.body.error.details.map((d) => d.field)).toEqual(['body.newParentId']);
      expect(res.body.error.message).toContain('"Đơn vị sự nghiệp công lập" không thể trực thuộc đơn vị loại "Phòng, chi cục"');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a stale version with 409 CONFLICT', async () => {
      const { a, d } = await chain();
      const res = await kit.post<ErrorBody>(`/api/org/units/${a.id}/move`, {
        newParentId: d.id,
        effectiveDate: EFFECTIVE,
        version: 99,
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('CONFLICT');
    });

    it('needs authority over the new parent too (outside the scope: 404)', async () => {
      const { a } = await chain();
      const res = await kit.post(`/api/org/units/${a.id}/move`, { newParentId: kit.world.outside.id, effectiveDate: EFFECTIVE });
      expect(res.status).toBe(404);
    });
  });

  describe('merge', () => {
    it('moves the active children under the target; the source stays findable, merged', async () => {
      const inside = kit.world.inside.id;
      const source = await kit.createUnit(inside, 'Phòng Cũ');
      const x = await kit.createUnit(source.id, 'Tổ X');
      const xx = await kit.createUnit(x.id, 'Nhóm XX');
      const gone = await kit.createUnit(source.id, 'Tổ Đã giải thể');
      expect((await kit.post(`/api/org/units/${gone.id}/dissolve`, { effectiveDate: '2025-12-01' })).status).toBe(200);
      const target = await kit.createUnit(inside, 'Phòng Mới');
      const body = await kit.post(`/api/org/management-bodies`, {
        unitId: source.id,
        kind: 'head_of_unit',
        name: 'Trưởng phòng',
        validFrom: '2025-08-01',
      });
      expect(body.status).toBe(201);

      const res = await kit.post(`/api/org/units/${source.id}/merge`, {
        targetId: target.id,
        effectiveDate: EFFECTIVE,
        documentRef: '5/NQ',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'merged',
        validTo: '2025-12-31',
        mergedInto: { id: target.id },
        mergedIntoId: target.id,
      });
      expect(res.body.managementBodies[0]?.validTo).toBe('2025-12-31');

      const paths = await pathsOf(ctx(), [x.id, xx.id, gone.id]);
      expect(paths[x.id]?.path).toBe(`${target.path}${x.id}/`);
      expect(paths[xx.id]?.path).toBe(`${target.path}${x.id}/${xx.id}/`);
      expect(paths[gone.id]?.path).toBe(gone.path);
      expect((await kit.getUnit(x.id)).parentId).toBe(target.id);

      const targetDetail: UnitDetail = await kit.getUnit(target.id);
      expect(targetDetail.predecessors.map((p) => p.id)).toEqual([source.id]);
      expect(targetDetail.childCount).toBe(1);

      const history = await kit.history(target.id);
      const kinds = history.map((h) => `${h.unitId}:${h.kind}`);
      expect(kinds).toContain(`${target.id}:absorbed`);
      expect(kinds).toContain(`${source.id}:merged`);
      expect(kinds).toContain(`${source.id}:created`);
      expect(kinds).toContain(`${source.id}:body-closed`);
      expect(history.find((h) => h.kind === 'absorbed')?.relatedUnit?.id).toBe(source.id);
      const times = history.map((h) => h.at);
      expect([...times].sort().reverse()).toEqual(times);

      const db = ctx().db;
      const withPredecessors = await listSubtreeUnitIds(db, target.id, { includeMergedPredecessors: true });
      expect(withPredecessors).toEqual(expect.arrayContaining([target.id, x.id, xx.id, source.id, gone.id]));
      const plain = await listSubtreeUnitIds(db, target.id, { includeMergedPredecessors: false });
      expect(plain.sort()).toEqual([target.id, x.id, xx.id].sort());
    });

    it('refuses a merge into its own descendant and changes nothing', async () => {
      const { a, c } = await chain();
      const before = await snapshot();
      const res = await kit.post<ErrorBody>(`/api/org/units/${a.id}/merge`, { targetId: c.id, effectiveDate: EFFECTIVE });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('UNIT_MERGE_INTO_DESCENDANT');
      expect(res.body.error.details.map((d) => d.field)).toEqual(['body.targetId']);
      expect(await snapshot()).toEqual(before);
    });

    it('reports an effective date before the unit began on `effectiveDate`, not on the target', async () => {
      const source = await kit.createUnit(kit.world.inside.id, 'Phòng Mới Lập', { validFrom: '2025-09-01' });
      const target = await kit.createUnit(kit.world.inside.id, 'Phòng Nhận Mới Lập');
      const res = await kit.post<ErrorBody>(`/api/org/units/${source.id}/merge`, {
        targetId: target.id,
        effectiveDate: '2025-09-01',
      });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('EFFECTIVE_DATE_TOO_EARLY');
      expect(res.body.error.details.map((d) => d.field)).toEqual(['body.effectiveDate']);
      expect(res.body.error.message).toContain('phải sau ngày thành lập 2025-09-01');
    });

    it('needs a target whose kind may take the children: chi bộ go to a đảng bộ, not to a party board', async () => {
      const admin = kit.rootAdmin;
      const party = (kind: string) => ({ track: 'party', kind });
      const committee = await kit.createUnit(kit.world.root.id, 'Tỉnh ủy Sáp Nhập', party('provincial_party_committee'), admin);
      const source = await kit.createUnit(committee.id, 'Đảng bộ xã Cũ', party('grassroots_party_committee'), admin);
      const cell = await kit.createUnit(source.id, 'Chi bộ thôn Đông', party('party_cell'), admin);
      const board = await kit.createUnit(committee.id, 'Ban Tổ chức Thử', party('party_advisory_board'), admin);
      const target = await kit.createUnit(committee.id, 'Đảng bộ xã Mới', party('grassroots_party_committee'), admin);

      const before = await snapshot();
      const refused = await kit.post<ErrorBody>(
        `/api/org/units/${source.id}/merge`,
        { targetId: board.id, effectiveDate: EFFECTIVE },
        admin,
      );
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('KIND_PARENT_MISMATCH');
      expect(refused.body.error.details.map((d) => d.field)).toEqual(['body.targetId']);
      expect(refused.body.error.message).toContain('"Chi bộ thôn Đông"');
      expect(await snapshot()).toEqual(before);

      const merged = await kit.post(
        `/api/org/units/${source.id}/merge`,
        { targetId: target.id, effectiveDate: EFFECTIVE },
        admin,
      );
      expect(merged.status).toBe(200);
      expect((await kit.getUnit(cell.id, admin)).parentId).toBe(target.id);
    });

    it('keeps a merged unit readable by whoever holds its successor', async () => {
      const source = await kit.createUnit(kit.world.inside.id, 'Phòng Sáp nhập');
      const target = await kit.createUnit(kit.world.inside.id, 'Phòng Tiếp nhận');
      await kit.post(`/api/org/units/${source.id}/merge`, { targetId: target.id, effectiveDate: EFFECTIVE });
      const targetRef = { id: target.id, path: target.path, code: target.code };
      const successorInspector = await kit.clientWith([{ role: 'inspector', unit: targetRef }]);
      const seen = await kit.getUnit(source.id, successorInspector);
      expect(seen.mergedInto?.id).toBe(target.id);
      expect(seen.can).toEqual({ edit: false, createChild: false });
    });
  });
});
