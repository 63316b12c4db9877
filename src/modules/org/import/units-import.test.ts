import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeVni } from '../../../platform/server/spreadsheet/detect-encoding.js';
import { planUnitsImport, type ExistingUnit, type PlannedAction } from './plan-units-import.js';
import { columnsByField, type UnitRow } from './read-unit-rows.js';
import { matchKind, matchTrack } from './unit-import-catalogue.js';
import { parseUnitsFile, type ParsedUnitsFile } from './units-import-file.js';
import { unitsCsv, unitsWorkbook, type UnitFixtureRow } from './units-import-test-kit.js';

const target: ExistingUnit = {
  id: 1,
  code: 'SNV',
  name: 'Sở Nội vụ',
  shortName: null,
  kind: 'department',
  track: 'state',
  path: '/9/1/',
  status: 'active',
  validFrom: '2020-01-01',
  parentId: 9,
  access: 'write',
};

const row = (code: string, fields: Partial<UnitFixtureRow> = {}): UnitFixtureRow => ({
  code,
  name: `Phòng ${code}`,
  kind: 'Phòng, chi cục',
  validFrom: '01/08/2025',
  ...fields,
});

async function parsed(rows: readonly UnitFixtureRow[]): Promise<ParsedUnitsFile> {
  return parseUnitsFile(unitsCsv(rows), 'don-vi.csv');
}

function plan(file: ParsedUnitsFile, existing: readonly ExistingUnit[] = []) {
  const byCode = new Map([target, ...existing].map((u) => [u.code.toLowerCase(), u]));
  return planUnitsImport({ rows: file.rows, columns: file.columns, target, existing: byCode, today: '2026-11-22' });
}

const reasons = (issues: readonly { row: number | null; column: string | null; vi: string }[]) =>
  issues.map((i) => `${i.row}:${i.column}:${i.vi}`);

describe('parseUnitsFile: files as offices make them', () => {
  it('finds the two-row header under title rows, skips the numbering row and the signature block', async () => {
    const file = await parseUnitsFile(
      await unitsWorkbook([
        row('P-TC', { name: '  Phòng   Tổ chức '.normalize('NFD'), shortName: 'TC', kind: 'phong', track: 'Chính quyền' }),
        row('P-TC-1', { parent: 'P-TC', validFrom: new Date(Date.UTC(2025, 7, 2)) }),
        row('P-KH', { validFrom: 45870 }),
      ]),
      'co-cau.xlsx',
    );
    expect(file.fileProblem).toBeNull();
    expect(file.detection?.headerRow).toBe(3);
    expect(file.detection?.columns.map((c) => c.field)).toEqual([
      'stt',
      'code',
      'name',
      'shortName',
      'kind',
      'track',
      'parent',
      'validFrom',
    ]);
    expect(file.detection?.columns[1]?.header).toBe('Thông tin đơn vị / Mã đơn vị');
    expect(file.issues).toEqual([]);
    expect(file.rows.map((r) => r.rowNumber)).toEqual([7, 8, 9]);
    expect(file.rows[0]).toMatchObject({ code: 'P-TC', name: 'Phòng Tổ chức', kind: 'division', track: 'state' });
    expect(file.rows[0]?.name).toBe('Phòng Tổ chức'.normalize('NFC'));
    expect(file.rows[1]).toMatchObject({ parentCode: 'P-TC', validFrom: '2025-08-02' });
    expect(file.rows[2]?.validFrom).toBe('2025-08-01');
  });

  it('refuses a row typed in TCVN3 or VNI, naming the column and the decoded word', async () => {
    const file = await parsed([
      row('A', { name: encodeTcvn3('Phòng Tổ chức cán bộ') }),
      row('B', { name: encodeVni('Phòng Kế hoạch') }),
    ]);
    expect(file.rows.every((r) => r.bad)).toBe(true);
    expect(file.issues).toHaveLength(2);
    expect(file.issues[0]).toMatchObject({ row: 2, column: 'C', field: 'name' });
    expect(file.issues[0]?.vi).toMatch(/bảng mã cũ TCVN3 .*không được nhập/);
    expect(file.issues[1]?.vi).toMatch(/VNI/);
  });

  it('names row, column and reason for bad codes, kinds, tracks and dates', async () => {
    const file = await parsed([
      row('MÃ CÓ DẤU'),
      row('K', { kind: 'Vương quốc' }),
      row('T', { track: 'Khối tư nhân' }),
      row('D', { validFrom: '31/02/2025' }),
      row('Y', { validFrom: '2025' }),
      row('AMB', { kind: 'Ban' }),
    ]);
    expect(reasons(file.issues)).toEqual([
      expect.stringMatching(/^2:B:Mã đơn vị chỉ gồm/),
      expect.stringMatching(/^3:E:Loại đơn vị không có trong danh mục/),
      expect.stringMatching(/^4:F:Khối không hợp lệ/),
      expect.stringMatching(/^5:H:.*không/),
      expect.stringMatching(/^6:H:Ngày thành lập cần đủ/),
      expect.stringMatching(/^7:E:Loại đơn vị chưa rõ, có thể là: "Sở, ban, ngành", "Ban, cơ quan tham mưu/),
    ]);
  });

  it('refuses an empty file, a file without a header and a header-only file', async () => {
    expect((await parseUnitsFile(Buffer.alloc(0), 'a.csv')).fileProblem).toBe('empty');
    expect((await parseUnitsFile(Buffer.from('x;y\n1;2\n'), 'a.csv')).fileProblem).toBe('no-header');
    expect((await parseUnitsFile(unitsCsv([]), 'a.csv')).fileProblem).toBe('header-only');
    const noName = await parseUnitsFile(Buffer.from('Mã đơn vị;Loại đơn vị\nA;Chi bộ\n'), 'a.csv');
    expect(noName.fileProblem).toBe('missing-columns');
    expect(noName.issues[0]?.vi).toMatch(/Thiếu cột "Tên đơn vị"/);
  });
});

describe('the catalogue: kinds and tracks as offices write them', () => {
  it('matches kinds by code, label, part of a label, accent-insensitively; narrows by track', () => {
    expect(matchKind('party_cell', null)).toEqual({ ok: true, kind: 'party_cell' });
    expect(matchKind('CHI BỘ', null)).toEqual({ ok: true, kind: 'party_cell' });
    expect(matchKind('phong, chi cuc', null)).toEqual({ ok: true, kind: 'division' });
    expect(matchKind('Sở', null)).toEqual({ ok: true, kind: 'department' });
    expect(matchKind('Uỷ ban nhân dân xã', null)).toEqual({ ok: true, kind: 'commune_people_committee' });
    expect(matchKind('Ban', 'party')).toEqual({ ok: true, kind: 'party_advisory_board' });
    expect(matchKind('Ban', null).ok).toBe(false);
    expect(matchTrack('MTTQ')).toBe('mass');
    expect(matchTrack('Khối Đảng')).toBe('party');
    expect(matchTrack('chinh quyen')).toBe('state');
  });
});

describe('planUnitsImport', () => {
  it('orders parents first whatever the file order, and puts rows without a parent under the import unit', async () => {
    const file = await parsed([row('C', { parent: 'B' }), row('B', { parent: 'A' }), row('A')]);
    const { actions, issues } = plan(file);
    expect(issues).toEqual([]);
    expect(actions.map((a) => (a.type === 'create' ? [a.code, a.parent] : null))).toEqual([
      ['A', { unitId: 1 }],
      ['B', { code: 'A' }],
      ['C', { code: 'B' }],
    ]);
  });

  it('reports cycles on every row in them, and a row under a cycle', async () => {
    const file = await parsed([
      row('A', { parent: 'B' }),
      row('B', { parent: 'A' }),
      row('C', { parent: 'A' }),
      row('S', { parent: 's' }),
    ]);
    const { actions, issues } = plan(file);
    expect(actions).toEqual([]);
    expect(reasons(issues)).toEqual([
      '2:G:Vòng lặp đơn vị cấp trên: A → B → A',
      '3:G:Vòng lặp đơn vị cấp trên: B → A → B',
      '4:G:Đơn vị cấp trên nằm dưới một vòng lặp (A → B → A)',
      '5:G:Đơn vị không thể là đơn vị cấp trên của chính nó',
    ]);
  });

  it('refuses duplicate codes (case-insensitive), unknown parents and parents outside authority alike', async () => {
    const hidden: ExistingUnit = { ...target, id: 50, code: 'HIDDEN', name: 'Sở Bí mật', access: 'none' };
    const readable: ExistingUnit = { ...target, id: 51, code: 'READ', name: 'Sở Xem', access: 'read' };
    const file = await parsed([
      row('A'),
      row('a'),
      row('B', { parent: 'NOWHERE' }),
      row('C', { parent: 'HIDDEN' }),
      row('D', { parent: 'READ' }),
    ]);
    const { issues } = plan(file, [hidden, readable]);
    expect(reasons(issues)).toEqual([
      '3:B:Mã đơn vị trùng với dòng 2 trong tệp',
      '4:G:Không tìm thấy đơn vị cấp trên có mã "NOWHERE" trong tệp hoặc trong phạm vi thẩm quyền của bạn',
      '5:G:Không tìm thấy đơn vị cấp trên có mã "HIDDEN" trong tệp hoặc trong phạm vi thẩm quyền của bạn',
      '6:G:Bạn không có thẩm quyền thêm đơn vị trực thuộc "Sở Xem"',
    ]);
    expect(issues.some((i) => i.vi.includes('Bí mật'))).toBe(false);
  });

  it('applies the tree rules: allowed parent kind, track of the kind, founded after the parent', async () => {
    const file = await parsed([
      row('CB', { kind: 'Chi bộ' }),
      row('TR', { track: 'Đảng' }),
      row('OLD', { validFrom: '01/01/2019' }),
      row('P'),
      row('PP', { parent: 'P', validFrom: '01/01/2025' }),
    ]);
    const { issues } = plan(file);
    expect(reasons(issues)).toEqual([
      expect.stringMatching(/^2:E:Đơn vị loại "Chi bộ" không thể trực thuộc đơn vị loại "Sở, ban, ngành"/),
      expect.stringMatching(/^3:F:Loại đơn vị "Phòng, chi cục" không thuộc khối đã chọn/),
      expect.stringMatching(/^4:H:Ngày hiệu lực 2019-01-01 phải từ ngày thành lập 2020-01-01/),
      expect.stringMatching(/^6:H:Ngày hiệu lực 2025-01-01 phải từ ngày thành lập 2025-08-01/),
    ]);
  });

  it('updates names of existing codes, keeps unchanged ones, refuses a new parent or kind', async () => {
    const existing = (code: string, over: Partial<ExistingUnit> = {}): ExistingUnit => ({
      ...target,
      id: 100 + code.charCodeAt(0),
      code,
      name: `Phòng ${code}`,
      kind: 'division',
      parentId: target.id,
      path: `/9/1/${code}/`,
      ...over,
    });
    const file = await parsed([
      row('X', { name: 'Phòng X mới', shortName: 'PX' }),
      row('Y'),
      row('Z', { parent: 'Y' }),
      row('W', { kind: 'Chi bộ' }),
    ]);
    const { actions, issues } = plan(file, [existing('X'), existing('Y'), existing('Z'), existing('W')]);
    expect(reasons(issues)).toEqual([
      expect.stringMatching(/^4:G:Đơn vị "Phòng Z" đã có và trực thuộc đơn vị khác; nhập tệp không chuyển đơn vị/),
      expect.stringMatching(/^5:E:Đơn vị "Phòng W" đã có với loại "Phòng, chi cục"; không đổi loại/),
    ]);
    expect(actions).toEqual([]);
    const ok = plan(await parsed([row('X', { name: 'Phòng X mới', shortName: 'PX' }), row('Y')]), [existing('X'), existing('Y')]);
    expect(ok.actions).toEqual<PlannedAction[]>([
      { type: 'rename', row: 2, unitId: 100 + 88, name: 'Phòng X mới', shortName: 'PX' },
      { type: 'unchanged', row: 3, unitId: 100 + 89 },
    ]);
  });

  it('property: any permutation of a valid file gives the same tree, parents always first', () => {
    const trees = fc
      .array(fc.nat(), { minLength: 1, maxLength: 25 })
      .map((picks) => picks.map((p, i) => ({ code: `U${i}`, parent: p % (i + 1) === i ? null : `U${p % (i + 1)}` })));
    fc.assert(
      fc.property(
        trees.chain((tree) =>
          fc.tuple(fc.constant(tree), fc.shuffledSubarray(tree, { minLength: tree.length, maxLength: tree.length })),
        ),
        ([tree, shuffled]) => {
          const toRows = (list: typeof tree): UnitRow[] =>
            list.map((n, i) => ({
              rowNumber: i + 2,
              code: n.code,
              name: `Phòng ${n.code}`,
              shortName: null,
              kind: 'division',
              track: null,
              parentCode: n.parent,
              validFrom: '2025-08-01',
              bad: false,
            }));
          const run = (list: typeof tree) => {
            const columns = columnsByField({ headerRow: 0, headerRowCount: 1, dataStart: 1, columns: [] });
            const result = planUnitsImport({ rows: toRows(list), columns, target, existing: new Map(), today: '2026-11-22' });
            expect(result.issues).toEqual([]);
            const seen = new Set<string>();
            const edges = new Map<string, string>();
            for (const a of result.actions) {
              if (a.type !== 'create') throw new Error('only creates expected');
              if ('code' in a.parent) expect(seen.has(a.parent.code)).toBe(true);
              seen.add(a.code);
              edges.set(a.code, 'code' in a.parent ? a.parent.code : `#${a.parent.unitId}`);
            }
            return edges;
          };
          expect(run(shuffled)).toEqual(run(tree));
        },
      ),
      { numRuns: 200 },
    );
  });
});
