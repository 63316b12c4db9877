// Route tests go through the whole app (STYLE §9), whose test harness lives with the composition root.
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { insertAccount, signIn } from '../../../app/server/testing/world.js';
import { freshCode, orgKit, type OrgKit } from './org-test-kit.js';

// Names whose plain code-point order is wrong for Vietnamese (Hưng before Hải, Đ after Z, …).
const NAMES = [
  'Hưng',
  'Hải',
  'Hạ',
  'Hà',
  'Hả',
  'Đào',
  'Dũng',
  'Bình',
  'Ân',
  'Ăn',
  'Ánh',
  'An',
  'Zoe',
  'Ê',
  'E',
  'Ôn',
  'On',
  'Ơn',
  'Uy',
  'Ưu',
];

describeBackends('org: listing and searching units', (ctx) => {
  let kit: OrgKit;
  beforeAll(async () => {
    kit = await orgKit(ctx());
  });

  it('lists children in Vietnamese order (Intl.Collator("vi")), with their child counts', async () => {
    const parent = await kit.createUnit(kit.world.inside.id, 'Phòng Thứ tự');
    const units = [];
    for (const name of NAMES) units.push(await kit.createUnit(parent.id, `Tổ ${name}`));
    await kit.createUnit(units[0]?.id ?? 0, 'Nhóm con');
    const items = await kit.list({ parentId: String(parent.id) });
    const expected = NAMES.map((n) => `Tổ ${n}`).sort(new Intl.Collator('vi').compare);
    expect(items.map((u) => u.name)).toEqual(expected);
    expect(items.find((u) => u.name === 'Tổ Hưng')?.childCount).toBe(1);
    expect((await kit.getUnit(parent.id)).childCount).toBe(NAMES.length);
  });

  it('finds "Sở Nội vụ" when searching "so noi vu", and by code, only in scope', async () => {
    const rootAdmin = await insertAccount(ctx().db, kit.world.root, [{ role: 'admin', unit: kit.world.root }]);
    const admin = await signIn(ctx().db, ctx().client(), rootAdmin);
    const committee = await kit.createUnit(
      kit.world.root.id,
      'Ủy ban nhân dân tỉnh',
      { kind: 'province_people_committee' },
      admin,
    );
    const unit = await kit.createUnit(committee.id, 'Sở Nội vụ', { kind: 'department', code: 'SO-NV-2' }, admin);
    expect((await kit.list({ search: 'so noi vu' }, admin)).map((u) => u.id)).toContain(unit.id);
    expect((await kit.list({ search: 'Sở Nội Vụ' }, admin)).map((u) => u.id)).toContain(unit.id);
    expect((await kit.list({ search: 'so-nv-2' }, admin)).map((u) => u.id)).toEqual([unit.id]);
    // The organizer's scope is the fixture's "Sở Nội vụ" subtree: the new one at the root is not in it.
    expect((await kit.list({ search: 'so noi vu' })).map((u) => u.id)).not.toContain(unit.id);
    // LIKE wildcards in the search are literal.
    expect(await kit.list({ search: '%' }, admin)).toEqual([]);
  });

  it('lists, without a parent, the units the grants name (the smallest covering set)', async () => {
    const { inside, insideChild, outsideChild } = kit.world;
    expect((await kit.list({})).map((u) => u.id)).toEqual([inside.id]);
    const nested = await kit.clientWith([
      { role: 'inspector', unit: inside },
      { role: 'organizer', unit: insideChild },
    ]);
    expect((await kit.list({}, nested)).map((u) => u.id)).toEqual([inside.id]);
    const two = await kit.clientWith([
      { role: 'inspector', unit: insideChild },
      { role: 'admin', unit: outsideChild },
    ]);
    // "Phòng Công chức" before "Phòng Ngân sách".
    expect((await kit.list({}, two)).map((u) => u.id)).toEqual([insideChild.id, outsideChild.id]);
    expect(await kit.list({}, await kit.world.client('none'))).toEqual([]);
  });

  it('scopes children lists: outside the subtree they are empty', async () => {
    expect(await kit.list({ parentId: String(kit.world.outside.id) })).toEqual([]);
    // Children of an ancestor: only the part of the scope below it.
    expect((await kit.list({ parentId: String(kit.world.root.id) })).map((u) => u.id)).toEqual([kit.world.inside.id]);
  });

  it('filters by track', async () => {
    const { root } = kit.world;
    const party = await kit.createUnit(
      root.id,
      'Tỉnh ủy Khối',
      { track: 'party', kind: 'provincial_party_committee' },
      kit.rootAdmin,
    );
    await kit.createUnit(root.id, 'Hội đồng nhân dân Khối', { kind: 'province_people_council' }, kit.rootAdmin);
    const found = await kit.list({ search: 'khoi', track: 'party' }, kit.rootAdmin);
    expect(found.map((u) => u.id)).toEqual([party.id]);
  });

  it('orders search hits by relevance: the code, names starting with it, a word starting with it, the rest', async () => {
    const inside = kit.world.inside.id;
    const names = [
      'Văn phòng Lạc Việt',
      'Tổ Đalạc Việt',
      'Lạc Việt Hưng',
      'Phòng (Lạc Việt)',
      'Lạc Việt An',
      'Ban Lạc Việt',
      'Lạc Việt Hải',
    ];
    for (const name of names) await kit.createUnit(inside, name);
    const expected = [
      // Names starting with the query, in Vietnamese order.
      'Lạc Việt An',
      'Lạc Việt Hải',
      'Lạc Việt Hưng',
      // A word of the name starting with it.
      'Ban Lạc Việt',
      'Phòng (Lạc Việt)',
      'Văn phòng Lạc Việt',
      // Inside a word.
      'Tổ Đalạc Việt',
    ];
    expect((await kit.list({ search: 'lac viet' })).map((u) => u.name)).toEqual(expected);
    expect((await kit.list({ search: 'Lạc Việt', limit: '3' })).map((u) => u.name)).toEqual(expected.slice(0, 3));

    // A code typed exactly comes first, even before names that start with it.
    const code = freshCode('LV');
    const byCode = await kit.createUnit(inside, 'Tổ Mã riêng', { code });
    await kit.createUnit(inside, `${code} Phòng`);
    await kit.createUnit(inside, `Phòng ${code}`);
    const hits = await kit.list({ search: code.toLowerCase() });
    expect(hits.map((u) => u.name)).toEqual(['Tổ Mã riêng', `${code} Phòng`, `Phòng ${code}`]);
    expect(hits[0]?.id).toBe(byCode.id);
  });
});
