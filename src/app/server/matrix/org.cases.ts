import { orgEndpoints as e } from '../../../modules/org/org.contract.js';
import { insertManagementBody } from '../testing/world.js';
import { everyRole, type Expected, type MatrixCase } from './matrix-case.js';

let seq = 0;
const freshCode = () => `MX-${Date.now().toString(36)}-${(seq++).toString(36)}`;
const EFFECTIVE = '2026-01-01';

/** Readable by every role granted on the subtree; invisible (404) elsewhere and to accounts without grants. */
const read = (ok: number) => ({
  none: 404,
  admin: { inside: ok, outside: 404 },
  organizer: { inside: ok, outside: 404 },
  inspector: { inside: ok, outside: 404 },
  decider: { inside: ok, outside: 404 },
});

/** Writable by administrators and organizers; readable-only roles get 403; outside stays 404. */
const write = (ok: number): MatrixCase['expect'] => {
  const readOnly: Expected = { inside: 403, outside: 404 };
  return {
    none: 404,
    admin: { inside: ok, outside: 404 },
    organizer: { inside: ok, outside: 404 },
    inspector: readOnly,
    decider: readOnly,
  };
};

/** A one-unit CSV for the import endpoints: a fresh code each time, so every commit creates a unit. */
const unitsImportCase = (endpoint: MatrixCase['endpoint']): MatrixCase => ({
  endpoint,
  prepare: async (w, where) => ({
    query: { unitId: String((await w.freshUnit(where)).id) },
    upload: {
      fileName: 'don-vi.csv',
      content: Buffer.from(
        `Mã đơn vị;Tên đơn vị;Loại đơn vị;Ngày thành lập\n${freshCode()};Tổ Thử;Phòng, chi cục;01/08/2025\n`,
        'utf8',
      ),
    },
  }),
  expect: write(200),
});

export const orgCases: MatrixCase[] = [
  unitsImportCase(e.previewUnitsImport),
  unitsImportCase(e.commitUnitsImport),
  unitsImportCase(e.unitsImportErrors),
  { endpoint: e.unitsImportTemplate, prepare: async () => ({}), expect: everyRole(200) },
  {
    endpoint: e.listUnits,
    // Lists are scoped, never refused: outside the subtree they are empty.
    prepare: async (w, where) => ({ query: { parentId: String(w[where].id) } }),
    expect: everyRole(200),
  },
  { endpoint: e.getUnit, prepare: async (w, where) => ({ params: { id: w[where].id } }), expect: read(200) },
  { endpoint: e.getUnitHistory, prepare: async (w, where) => ({ params: { id: w[where].id } }), expect: read(200) },
  {
    endpoint: e.createUnit,
    prepare: async (w, where) => ({
      body: {
        parentId: w[where].id,
        track: 'state',
        kind: 'division',
        code: freshCode(),
        name: 'Phòng Thử',
        validFrom: '2025-08-01',
      },
    }),
    expect: write(201),
  },
  {
    endpoint: e.renameUnit,
    prepare: async (w, where) => ({
      params: { id: (await w.freshUnit(where)).id },
      body: { name: 'Phòng Đổi Tên', effectiveDate: EFFECTIVE },
    }),
    expect: write(200),
  },
  {
    endpoint: e.moveUnit,
    prepare: async (w, where) => ({
      params: { id: (await w.freshUnit(where)).id },
      body: { newParentId: (where === 'inside' ? w.insideChild : w.outsideChild).id, effectiveDate: EFFECTIVE },
    }),
    expect: write(200),
  },
  {
    endpoint: e.mergeUnit,
    prepare: async (w, where) => ({
      params: { id: (await w.freshUnit(where)).id },
      body: { targetId: (await w.freshUnit(where)).id, effectiveDate: EFFECTIVE },
    }),
    expect: write(200),
  },
  {
    endpoint: e.dissolveUnit,
    prepare: async (w, where) => ({ params: { id: (await w.freshUnit(where)).id }, body: { effectiveDate: EFFECTIVE } }),
    expect: write(200),
  },
  {
    endpoint: e.createManagementBody,
    prepare: async (w, where) => ({
      body: { unitId: (await w.freshUnit(where)).id, kind: 'head_of_unit', name: 'Thủ trưởng đơn vị', validFrom: '2025-08-01' },
    }),
    expect: write(201),
  },
  {
    endpoint: e.closeManagementBody,
    prepare: async (w, where) => ({
      params: { id: await insertManagementBody(w.db, await w.freshUnit(where)) },
      body: { validTo: '2025-12-31' },
    }),
    expect: write(200),
  },
];
