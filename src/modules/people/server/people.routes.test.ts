// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, countRows, insertManagementBody, insertUnit, type World } from '../../../app/server/testing/world.js';
import type { PersonDetail, PersonSummary } from '../people.contract.js';
import { hoAndDem } from '../person-name.rules.js';

const collator = new Intl.Collator('vi');
const official = (a: PersonSummary, b: PersonSummary) => {
  const pa = hoAndDem(a.hoDem);
  const pb = hoAndDem(b.hoDem);
  return collator.compare(a.ten, b.ten) || collator.compare(pa.dem, pb.dem) || collator.compare(pa.ho, pb.ho);
};

const NAMES = [
  'Nguyễn Văn Hưng',
  'Trần Thị Hải',
  'Lê Hạ',
  'Phạm Văn Hà',
  'Đỗ Hả',
  'Bùi Đào',
  'Hoàng Dũng',
  'Vũ Bình',
  'Ngô Ân',
  'Dương Ăn',
  'Nguyễn Văn Ánh',
  'Lý An',
  'Nguyễn An',
  'Trần Văn An',
];

describeBackends('people: records, lists and histories', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let inspector: TestClient;
  const body = (fields: Record<string, unknown> = {}) => ({
    hoDem: 'Nguyễn Văn',
    ten: 'Ánh',
    gender: 'male',
    dateOfBirth: '1990-04-01',
    status: 'civil_servant',
    unitId: w.inside.id,
    ...fields,
  });
  const create = async (fields: Record<string, unknown> = {}) => {
    const res = await organizer.post<PersonDetail>('/api/people', body(fields));
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const list = async (query: Record<string, string>, client = organizer) => {
    const res = await client.get<{ items: PersonSummary[]; total: number }>(
      `/api/people?${new URLSearchParams(query).toString()}`,
    );
    if (res.status !== 200) throw new Error(`list: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    inspector = await w.client('inspector');
  });

  it('creates a record (NFC, audited with the ID number masked) and reads it back', async () => {
    const auditBefore = await countRows(ctx().db, 'audit_events');
    const p = await create({
      hoDem: ' Nguye\u0302\u0303n  Va\u0306n '.normalize('NFD'),
      ten: 'A\u0301nh',
      idNumber: '001090012345',
    });
    expect(p.hoDem).toBe('Nguyễn Văn');
    expect(p.fullName).toBe('Nguyễn Văn Ánh');
    expect(p.idNumber).toBe('001090012345');
    expect(p.idNumberMasked).toBe('0010******45');
    expect(p.can.edit).toBe(true);
    expect(await countRows(ctx().db, 'audit_events')).toBe(auditBefore + 1);
    const audit = await ctx()
      .db.selectFrom('audit_events')
      .select(['action', 'after'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('people.person.create');
    expect(JSON.stringify(audit.after)).not.toContain('001090012345');
    // A reader sees the record but not the full ID number.
    const seen = await inspector.get<PersonDetail>(`/api/people/${p.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.idNumber).toBeNull();
    expect(seen.body.idNumberMasked).toBe('0010******45');
    expect(seen.body.can.edit).toBe(false);
  });

  it('refuses an invalid or duplicate ID number, and unknown fields, changing nothing', async () => {
    const before = await countRows(ctx().db, 'audit_events');
    const bad = await organizer.post<{ error: { code: string; details: { field: string }[] } }>(
      '/api/people',
      body({ idNumber: '001190012345' }),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('INVALID_ID_NUMBER');
    expect(bad.body.error.details[0]?.field).toBe('body.idNumber');
    const first = await create({ ten: 'Bình', idNumber: '001085000111', dateOfBirth: '1985-02-02' });
    const afterFirst = await countRows(ctx().db, 'audit_events');
    const dup = await organizer.post<{ error: { code: string; details: { field: string }[] } }>(
      '/api/people',
      body({ ten: 'Cường', idNumber: '001085000111', dateOfBirth: '1985-03-03' }),
    );
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('ID_NUMBER_TAKEN');
    expect(dup.body.error.details[0]?.field).toBe('body.idNumber');
    expect(await countRows(ctx().db, 'audit_events')).toBe(afterFirst);
    expect(afterFirst).toBe(before + 1);
    const unknown = await organizer.post('/api/people', body({ salary: 1 }));
    expect(unknown.status).toBe(400);
    expect((await list({ search: '001085000111' })).items.map((i) => i.id)).toEqual([first.id]);
  });

  it('updates with the version read; a stale version is 409', async () => {
    const p = await create({ ten: 'Dung' });
    const ok = await organizer.patch<PersonDetail>(`/api/people/${p.id}`, { ten: 'Dũng', version: p.version });
    expect(ok.status).toBe(200);
    expect(ok.body.fullName).toBe('Nguyễn Văn Dũng');
    expect(ok.body.religion).toBe('Không');
    expect(ok.body.version).toBe(p.version + 1);
    const stale = await organizer.patch(`/api/people/${p.id}`, { ten: 'Dụng', version: p.version });
    expect(stale.status).toBe(409);
    expect((await inspector.patch(`/api/people/${p.id}`, { ten: 'X', version: ok.body.version })).status).toBe(403);
  });

  it('lists in Vietnamese order (tên → đệm → họ), masks ID numbers, and searches without diacritics', async () => {
    const unit = await insertUnit(ctx().db, w.inside, { kind: 'division', name: 'Phòng Thứ tự' });
    let i = 0;
    for (const name of NAMES) {
      const words = name.split(' ');
      const ten = words.pop() ?? '';
      i += 1;
      await create({
        hoDem: words.join(' '),
        ten,
        unitId: unit.id,
        idNumber: `0010800${String(i).padStart(5, '0')}`,
        dateOfBirth: '1980-01-01',
      });
    }
    const { items, total } = await list({ unitId: String(unit.id), pageSize: '100' });
    expect(total).toBe(NAMES.length);
    expect(items.map((p) => p.fullName)).toEqual([...items].sort(official).map((p) => p.fullName));
    expect(items.slice(0, 4).map((p) => p.fullName)).toEqual(
      ['Lý An', 'Nguyễn An', 'Trần Văn An', 'Nguyễn Văn Ánh'].sort((a, b) =>
        official(
          { hoDem: a.split(' ').slice(0, -1).join(' '), ten: a.split(' ').at(-1) } as PersonSummary,
          { hoDem: b.split(' ').slice(0, -1).join(' '), ten: b.split(' ').at(-1) } as PersonSummary,
        ),
      ),
    );
    expect(items.every((p) => p.idNumberMasked !== null && /^\d{4}\*{6}\d{2}$/.test(p.idNumberMasked))).toBe(true);
    expect(JSON.stringify(items)).not.toMatch(/\d{12}/);
    const anh = items.find((p) => p.fullName === 'Nguyễn Văn Ánh');
    for (const q of ['nguyen van anh', 'Ánh', 'NGUYEN ANH']) {
      expect((await list({ unitId: String(unit.id), search: q })).items.map((p) => p.id)).toContain(anh?.id);
    }
    expect((await list({ unitId: String(unit.id), search: '80000011' })).items.map((p) => p.fullName)).toEqual([
      'Nguyễn Văn Ánh',
    ]);
    const page2 = await list({ unitId: String(unit.id), pageSize: '5', page: '2' });
    expect(page2.items.map((p) => p.id)).toEqual(items.slice(5, 10).map((p) => p.id));
  });

  it('filters by status, gender, age band, party membership, post title and management body; scoped to the caller', async () => {
    const unit = await insertUnit(ctx().db, w.inside, { kind: 'division' });
    const young = await create({
      ten: 'Trẻ',
      unitId: unit.id,
      dateOfBirth: '2000-01-01',
      gender: 'female',
      hoDem: 'Lê Thị',
      status: 'public_employee',
    });
    const old = await create({ ten: 'Già', unitId: unit.id, dateOfBirth: '1960-01-01', partyJoinDate: '1990-01-01' });
    const u = String(unit.id);
    expect((await list({ unitId: u, gender: 'female' })).items.map((p) => p.id)).toEqual([young.id]);
    expect((await list({ unitId: u, status: 'public_employee' })).items.map((p) => p.id)).toEqual([young.id]);
    expect((await list({ unitId: u, ageBand: '60_plus' })).items.map((p) => p.id)).toEqual([old.id]);
    expect((await list({ unitId: u, partyMember: 'true' })).items.map((p) => p.id)).toEqual([old.id]);
    const post = await organizer.post<PersonDetail>(`/api/people/${old.id}/posts`, {
      unitId: unit.id,
      title: 'Trưởng phòng',
      isHead: true,
      startDate: '2020-01-01',
    });
    expect(post.status).toBe(201);
    expect((await list({ unitId: u, postTitle: 'truong phong' })).items.map((p) => [p.id, p.postTitles])).toEqual([
      [old.id, ['Trưởng phòng']],
    ]);
    const mgmt = await organizer.post(`/api/people/${young.id}/management`, {
      track: 'state',
      managementBodyId: w.insideBodyId,
      validFrom: '2024-01-01',
    });
    expect(mgmt.status).toBe(201);
    expect((await list({ unitId: u, managementBodyId: String(w.insideBodyId) })).items.map((p) => p.id)).toEqual([young.id]);
    // Outside the caller's subtree: empty, and the record itself is 404.
    const outsider = await w.freshPerson('outside');
    expect((await list({ unitId: String(outsider.unit.id) })).total).toBe(0);
    expect((await organizer.get(`/api/people/${outsider.id}`)).status).toBe(404);
  });

  it('keeps histories: posts end, management closes the previous one, entries can be deleted (audited)', async () => {
    const p = await create({ ten: 'Sử' });
    const withPost = await organizer.post<PersonDetail>(`/api/people/${p.id}/posts`, {
      unitId: w.inside.id,
      title: 'Phó Giám đốc',
      isDeputy: true,
      startDate: '2022-01-01',
    });
    const postId = withPost.body.posts[0]?.id ?? 0;
    expect((await organizer.post(`/api/people/${p.id}/posts/${postId}/end`, { endDate: '2021-01-01' })).status).toBe(422);
    const ended = await organizer.post<PersonDetail>(`/api/people/${p.id}/posts/${postId}/end`, { endDate: '2025-06-30' });
    expect(ended.body.posts[0]?.endDate).toBe('2025-06-30');
    expect((await organizer.post(`/api/people/${p.id}/posts/${postId}/end`, { endDate: '2025-07-30' })).status).toBe(409);
    const wrongTrack = await organizer.post<{ error: { code: string; details: { field: string }[] } }>(
      `/api/people/${p.id}/management`,
      { track: 'party', managementBodyId: w.insideBodyId, validFrom: '2020-01-01' },
    );
    expect(wrongTrack.status).toBe(422);
    expect(wrongTrack.body.error.code).toBe('MANAGEMENT_BODY_WRONG_TRACK');
    expect(wrongTrack.body.error.details[0]?.field).toBe('body.managementBodyId');
    const partyUnit = await insertUnit(ctx().db, w.root, { track: 'party', kind: 'party_committee' });
    const partyBodyId = await insertManagementBody(ctx().db, partyUnit, 'standing_committee');
    await organizer.post(`/api/people/${p.id}/management`, {
      track: 'party',
      managementBodyId: partyBodyId,
      validFrom: '2020-01-01',
    });
    const second = await organizer.post<PersonDetail>(`/api/people/${p.id}/management`, {
      track: 'party',
      managementBodyId: partyBodyId,
      validFrom: '2025-01-01',
    });
    expect(second.body.management.map((m) => [m.validFrom, m.validTo])).toEqual([
      ['2025-01-01', null],
      ['2020-01-01', '2024-12-31'],
    ]);
    const disc = await organizer.post<PersonDetail>(`/api/people/${p.id}/discipline`, {
      form: 'khien_trach',
      reason: 'Nhập sai',
      decidedOn: '2024-01-01',
    });
    expect(disc.status).toBe(201);
    const itemId = disc.body.discipline[0]?.id ?? 0;
    expect((await inspector.request('DELETE', `/api/people/${p.id}/discipline/${itemId}`, { body: {} })).status).toBe(403);
    const del = await organizer.request<PersonDetail>('DELETE', `/api/people/${p.id}/discipline/${itemId}`, { body: {} });
    expect(del.status).toBe(200);
    expect(del.body.discipline).toEqual([]);
    const audit = await ctx()
      .db.selectFrom('audit_events')
      .select(['action', 'before'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.action).toBe('people.discipline.delete');
    expect(JSON.stringify(audit.before)).toContain('Nhập sai');
    expect((await organizer.request('DELETE', `/api/people/${p.id}/discipline/${itemId}`, { body: {} })).status).toBe(404);
  });
});
