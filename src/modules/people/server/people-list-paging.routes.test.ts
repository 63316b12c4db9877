// The people list at scale (docs/decisions/008-people-list-at-scale.md): the capped total, keyset
// cursors in every order, and the trigram-indexed search, on both backends.
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import type { TestClient } from '../../../app/server/testing/test-client.js';
import { buildWorld, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import type { Db } from '../../../platform/server/db/database.js';
import { viSearchText } from '../../../shared/vi-sort.js';
import { encodePeopleCursor } from '../people-list-cursor.js';
import { PEOPLE_EXACT_TOTAL_CAP, type PeoplePage, type PersonSort } from '../people.contract.js';
import { personNameSortKey } from '../person-name.rules.js';

const HO_DEM = ['Nguyễn Văn', 'Trần Thị', 'Lê', 'Vũ Đức', 'Phạm Thanh'];
const TEN = ['An', 'Ánh', 'Bình', 'Hưng', 'Lan', 'Thu'];
const INSERT_CHUNK = 500;

/** `n` people straight into the table (fixtures), names and birth dates repeating so that ties occur. */
async function insertPeople(db: Db, units: readonly UnitRef[], n: number, idPrefix: string): Promise<void> {
  for (let start = 0; start < n; start += INSERT_CHUNK) {
    const rows = [];
    for (let i = start; i < Math.min(n, start + INSERT_CHUNK); i++) {
      const hoDem = HO_DEM[i % HO_DEM.length] ?? '';
      const ten = TEN[Math.floor(i / HO_DEM.length) % TEN.length] ?? '';
      const fullName = `${hoDem} ${ten}`;
      const idNumber = `${idPrefix}${String(i).padStart(12 - idPrefix.length, '0')}`;
      rows.push({
        ho_dem: hoDem,
        ten,
        full_name: fullName,
        name_sort_key: personNameSortKey(hoDem, ten),
        search_text: viSearchText(`${fullName} ${idNumber}`),
        gender: 'male',
        date_of_birth: `19${70 + (i % 4)}-0${1 + (i % 3)}-01`,
        status: 'civil_servant',
        unit_id: units[i % units.length]?.id ?? 0,
        id_number: idNumber,
      });
    }
    await db.insertInto('people').values(rows).execute();
  }
}

describeBackends('people: list totals, cursors and search at scale', (ctx) => {
  let w: World;
  let organizer: TestClient;
  let big: UnitRef;
  let small: UnitRef;
  const SMALL = 37;
  const BIG = PEOPLE_EXACT_TOTAL_CAP + 30;

  const get = async (query: Record<string, string | number>) =>
    organizer.get<PeoplePage>(
      `/api/people?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString()}`,
    );
  const list = async (query: Record<string, string | number>) => {
    const res = await get(query);
    if (res.status !== 200) throw new Error(`list: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    w = await buildWorld(ctx());
    organizer = await w.client('organizer');
    big = await insertUnit(ctx().db, w.inside, { name: 'Sở Đông Người' });
    small = await insertUnit(ctx().db, w.inside, { name: 'Phòng Ít Người', kind: 'division' });
    // The small unit's people sit in three sub-units, so that the unit order has something to order.
    const subs = [
      await insertUnit(ctx().db, small, { name: 'Tổ C', kind: 'division' }),
      await insertUnit(ctx().db, small, { name: 'Tổ A', kind: 'division' }),
      await insertUnit(ctx().db, small, { name: 'Tổ B', kind: 'division' }),
    ];
    await insertPeople(ctx().db, subs, SMALL, '0010');
    await insertPeople(ctx().db, [big], BIG, '0020');
  }, 120_000);

  it('counts exactly up to the cap, then says "more than" with totalIsExact false', async () => {
    const smallPage = await list({ unitId: small.id });
    expect(smallPage).toMatchObject({ total: SMALL, totalIsExact: true, prevCursor: null });
    const bigPage = await list({ unitId: big.id });
    expect(bigPage.total).toBe(PEOPLE_EXACT_TOTAL_CAP);
    expect(bigPage.totalIsExact).toBe(false);
    expect(bigPage.nextCursor).not.toBeNull();
    // A search narrowing the big unit under the cap is exact again: "hung" is one given name in six.
    const hung = await list({ unitId: big.id, search: 'hung', pageSize: 5 });
    const expected = await ctx()
      .db.selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit_id', '=', big.id)
      .where('ten', '=', 'Hưng')
      .executeTakeFirstOrThrow();
    expect(hung).toMatchObject({ total: Number(expected.n), totalIsExact: true });
    expect(hung.items.every((p) => p.ten === 'Hưng')).toBe(true);
  });

  it('goes past the numbered pages by cursor and back, rows identical to the offset pages', async () => {
    const pageSize = 500;
    const lastNumbered = PEOPLE_EXACT_TOTAL_CAP / pageSize;
    const numbered = await list({ unitId: big.id, pageSize, page: lastNumbered });
    expect(numbered.items).toHaveLength(pageSize);
    const beyond = await list({ unitId: big.id, pageSize, page: lastNumbered + 1, cursor: numbered.nextCursor ?? '' });
    expect(beyond.page).toBe(lastNumbered + 1);
    expect(beyond.items).toHaveLength(BIG - PEOPLE_EXACT_TOTAL_CAP);
    expect(beyond.nextCursor).toBeNull();
    const offset = await list({ unitId: big.id, pageSize, page: lastNumbered + 1 });
    expect(beyond.items.map((p) => p.id)).toEqual(offset.items.map((p) => p.id));
    const back = await list({ unitId: big.id, pageSize, page: lastNumbered, cursor: beyond.prevCursor ?? '' });
    expect(back.items.map((p) => p.id)).toEqual(numbered.items.map((p) => p.id));
  });

  it('walks every order by cursor, forwards and backwards, without a duplicate or a missing row', async () => {
    const sorts: PersonSort[] = ['name', 'dateOfBirth', 'unit'];
    const whole = new Map<PersonSort, number[]>();
    for (const sort of sorts) {
      const all = await list({ unitId: small.id, sort, pageSize: 100 });
      expect(all.items).toHaveLength(SMALL);
      whole.set(
        sort,
        all.items.map((p) => p.id),
      );
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sorts), fc.integer({ min: 3, max: 11 }), async (sort, pageSize) => {
        const forwards: number[] = [];
        let page = await list({ unitId: small.id, sort, pageSize });
        forwards.push(...page.items.map((p) => p.id));
        while (page.nextCursor !== null) {
          expect(page.items).toHaveLength(pageSize);
          page = await list({ unitId: small.id, sort, pageSize, cursor: page.nextCursor });
          forwards.push(...page.items.map((p) => p.id));
        }
        expect(forwards).toEqual(whole.get(sort));
        const backwards: number[] = [...page.items.map((p) => p.id)];
        while (page.prevCursor !== null) {
          page = await list({ unitId: small.id, sort, pageSize, cursor: page.prevCursor });
          backwards.unshift(...page.items.map((p) => p.id));
        }
        expect(backwards).toEqual(whole.get(sort));
      }),
      { numRuns: 6 },
    );
  });

  it('refuses a cursor it did not write, or one of another order', async () => {
    expect((await get({ cursor: 'not-a-cursor' })).status).toBe(400);
    const forged = encodePeopleCursor({ sort: 'name', side: 'after', key: ['x', 'not an id'] });
    expect((await get({ cursor: forged })).status).toBe(400);
    const byName = (await list({ unitId: small.id, pageSize: 5 })).nextCursor ?? '';
    expect((await get({ unitId: small.id, sort: 'dateOfBirth', cursor: byName })).status).toBe(400);
  });

  it('searches through the trigram index: name words at the start of a word, ID fragments anywhere', async () => {
    const names = async (search: string) =>
      new Set((await list({ unitId: small.id, search, pageSize: 100 })).items.map((p) => p.fullName));
    expect([...(await names('nguyen van anh'))]).toEqual(['Nguyễn Văn Ánh']);
    // A name word begins a word: "anh" finds every Ánh, not Thanh; a prefix typed so far finds it too.
    const anh = await names('Ánh');
    for (const h of HO_DEM) expect(anh.has(`${h} Ánh`)).toBe(true);
    expect([...anh].every((n) => / anh( |$)/.test(viSearchText(n)))).toBe(true);
    expect(anh.has('Phạm Thanh Lan')).toBe(false);
    expect((await names('tha')).has('Phạm Thanh Lan')).toBe(true);
    // "an" begins a word in An and Ánh; inside Lan, Thanh or Văn it does not count.
    expect([...(await names('an'))].every((n) => /(^| )(An|Ánh)( |$)/.test(n))).toBe(true);
    expect((await names('an')).has('Lê Lan')).toBe(false);
    expect(await names('vu')).toEqual(new Set(TEN.map((t) => `Vũ Đức ${t}`)));
    // The ID numbers are 0010 + 8 digits: a 6-digit fragment from the middle finds exactly its owner.
    const fragment = await list({ unitId: small.id, search: '000012' });
    expect(fragment.items).toHaveLength(1);
    expect(fragment.items[0]?.idNumberMasked).toBe('0010******12');
  });
});
