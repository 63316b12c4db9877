import { peopleEndpoints as e, peopleImportProgressEndpoint } from '../../../modules/people/people.contract.js';
import type { World } from '../testing/world.js';
import { everyRole, type Expected, type MatrixCase, type Where } from './matrix-case.js';

/** Readable by every role granted on the subtree; invisible (404) elsewhere and to accounts without grants. */
const read = (ok: number): MatrixCase['expect'] => ({
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

const personBody = (unitId: number) => ({
  hoDem: 'Trần Thị',
  ten: 'Mai',
  gender: 'female',
  dateOfBirth: '1990-05-06',
  status: 'civil_servant',
  unitId,
});

async function person(w: World, where: Where): Promise<number> {
  return (await w.freshPerson(where)).id;
}

async function withPost(w: World, where: Where) {
  const p = await w.freshPerson(where);
  const { id } = await w.db
    .insertInto('person_posts')
    .values({
      person_id: p.id,
      unit_id: p.unit.id,
      title: 'Trưởng phòng',
      title_search: 'truong phong',
      start_date: '2024-01-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { personId: p.id, postId: id };
}

/** A case that deletes one history entry of a fresh person. */
function deletion(endpoint: MatrixCase['endpoint'], insert: (w: World, personId: number) => Promise<number>): MatrixCase {
  return {
    endpoint,
    prepare: async (w, where) => {
      const personId = await person(w, where);
      return { params: { id: personId, itemId: await insert(w, personId) } };
    },
    expect: write(200),
  };
}

/** A small valid CSV for the import endpoints (no ID number: each commit inserts one person). */
const importFile = {
  fileName: 'ds.csv',
  content: Buffer.from('Họ và tên,Ngày sinh,Giới tính,Đối tượng\nTrần Thị Mai,06/05/1990,Nữ,Công chức\n', 'utf8'),
};
const importCase = (endpoint: MatrixCase['endpoint']): MatrixCase => ({
  endpoint,
  prepare: async (w, where) => ({ query: { unitId: String((await w.freshUnit(where)).id) }, upload: importFile }),
  expect: write(200),
});

export const peopleCases: MatrixCase[] = [
  importCase(e.previewPeopleImport),
  importCase(e.commitPeopleImport),
  importCase(e.peopleImportErrors),
  // Keyed by an unguessable import id, read without a session: an unknown id reads as `waiting`.
  {
    endpoint: peopleImportProgressEndpoint,
    prepare: async () => ({ query: { importId: 'matrix-import-000000000001' } }),
    expect: { anonymous: 200, ...everyRole(200) },
  },
  // Lists are scoped, never refused: outside the subtree they are empty.
  { endpoint: e.listPeople, prepare: async (w, where) => ({ query: { unitId: String(w[where].id) } }), expect: everyRole(200) },
  {
    endpoint: e.exportPeople,
    prepare: async (w, where) => ({ query: { unitId: String(w[where].id), format: 'csv' } }),
    expect: everyRole(200),
  },
  { endpoint: e.peopleImportTemplate, prepare: async () => ({}), expect: everyRole(200) },
  {
    endpoint: e.getPersonForm2c,
    prepare: async (w, where) => ({ params: { id: await person(w, where) }, query: { variant: 'TCTW-98' } }),
    expect: read(200),
  },
  { endpoint: e.getPerson, prepare: async (w, where) => ({ params: { id: await person(w, where) } }), expect: read(200) },
  { endpoint: e.createPerson, prepare: async (w, where) => ({ body: personBody(w[where].id) }), expect: write(201) },
  {
    endpoint: e.updatePerson,
    prepare: async (w, where) => ({ params: { id: await person(w, where) }, body: { ten: 'Mận', version: 1 } }),
    expect: write(200),
  },
  {
    endpoint: e.addPersonPost,
    prepare: async (w, where) => {
      const p = await w.freshPerson(where);
      return {
        params: { id: p.id },
        body: { unitId: p.unit.id, title: 'Phó trưởng phòng', isDeputy: true, startDate: '2025-01-01' },
      };
    },
    expect: write(201),
  },
  {
    endpoint: e.endPersonPost,
    prepare: async (w, where) => {
      const { personId, postId } = await withPost(w, where);
      return { params: { id: personId, postId }, body: { endDate: '2025-12-31' } };
    },
    expect: write(200),
  },
  {
    endpoint: e.setPersonManagement,
    prepare: async (w, where) => ({
      params: { id: await person(w, where) },
      body: { track: 'state', managementBodyId: where === 'inside' ? w.insideBodyId : w.outsideBodyId, validFrom: '2025-07-01' },
    }),
    expect: write(201),
  },
  {
    endpoint: e.addPersonTraining,
    prepare: async (w, where) => ({
      params: { id: await person(w, where) },
      body: { institution: 'Học viện Chính trị quốc gia Hồ Chí Minh', fromDate: '2015-09-01', toDate: '2017-06-30' },
    }),
    expect: write(201),
  },
  {
    endpoint: e.addPersonSalaryGrade,
    prepare: async (w, where) => ({
      params: { id: await person(w, where) },
      body: { rankName: 'Chuyên viên', rankCode: '01.003', step: 3, coefficient: 3, effectiveDate: '2024-01-01' },
    }),
    expect: write(201),
  },
  {
    endpoint: e.addPersonReward,
    prepare: async (w, where) => ({
      params: { id: await person(w, where) },
      body: { form: 'Bằng khen của Chủ tịch UBND tỉnh', decidedOn: '2024-12-20' },
    }),
    expect: write(201),
  },
  {
    endpoint: e.addPersonDiscipline,
    prepare: async (w, where) => ({
      params: { id: await person(w, where) },
      body: { form: 'khien_trach', reason: 'Vi phạm quy chế làm việc', decidedOn: '2024-03-01' },
    }),
    expect: write(201),
  },
  {
    endpoint: e.addPersonPartyEvent,
    prepare: async (w, where) => ({ params: { id: await person(w, where) }, body: { kind: 'joined', eventDate: '2010-05-19' } }),
    expect: write(201),
  },
  {
    endpoint: e.deletePersonPost,
    prepare: async (w, where) => {
      const { personId, postId } = await withPost(w, where);
      return { params: { id: personId, itemId: postId } };
    },
    expect: write(200),
  },
  deletion(e.deletePersonManagement, async (w, personId) => {
    const row = await w.db
      .insertInto('person_management')
      .values({ person_id: personId, track: 'party', management_body_id: w.insideBodyId, valid_from: '2024-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }),
  deletion(e.deletePersonTraining, async (w, personId) => {
    const row = await w.db
      .insertInto('person_training')
      .values({ person_id: personId, institution: 'Trường Chính trị tỉnh', from_date: '2019-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }),
  deletion(e.deletePersonSalaryGrade, async (w, personId) => {
    const row = await w.db
      .insertInto('person_salary_grades')
      .values({ person_id: personId, step: 2, effective_date: '2022-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }),
  deletion(e.deletePersonReward, async (w, personId) => {
    const row = await w.db
      .insertInto('person_rewards')
      .values({ person_id: personId, form: 'Giấy khen', decided_on: '2023-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }),
  deletion(e.deletePersonDiscipline, async (w, personId) => {
    const row = await w.db
      .insertInto('person_discipline')
      .values({ person_id: personId, form: 'canh_cao', reason: 'Thử', decided_on: '2023-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }),
  deletion(e.deletePersonPartyEvent, async (w, personId) => {
    const row = await w.db
      .insertInto('person_party_events')
      .values({ person_id: personId, kind: 'official', event_date: '2011-05-19' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }),
];
