// The rollup review_level_stats is kept by a trigger; after any sequence of writes it must equal the
// plain GROUP BY over reviews joined to each ancestor unit (issue 4 §Benchmarks: "keep them exact").
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { buildWorld, insertPerson, insertUnit, type UnitRef, type World } from '../../../app/server/testing/world.js';
import { insertDecided, insertYearCycle, plainCells, rollupCells } from './reviews-stats-test-kit.js';

/** Few runs with a fixed seed: each run writes to the database of both backends. */
const RUNS = 15;
const SEED = 20261122;
const LEVELS = [null, 'HTXS', 'HTT', 'HT', 'KHT', 'NOT_RATED'] as const;
const GENDERS = [null, 'male', 'female'] as const;
const BANDS = [null, 'under_30', '40_49', '60_plus'] as const;
const STATUSES = [null, 'civil_servant', 'public_employee'] as const;

type Cmd =
  | { kind: 'upsert'; slot: number; unit: number; level: number; gender: number; band: number; status: number }
  | { kind: 'rerate'; slot: number; level: number }
  | { kind: 'delete'; slot: number };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({
    kind: fc.constant('upsert' as const),
    slot: fc.nat(11),
    unit: fc.nat(4),
    level: fc.nat(LEVELS.length - 1),
    gender: fc.nat(GENDERS.length - 1),
    band: fc.nat(BANDS.length - 1),
    status: fc.nat(STATUSES.length - 1),
  }),
  fc.record({ kind: fc.constant('rerate' as const), slot: fc.nat(11), level: fc.nat(LEVELS.length - 1) }),
  fc.record({ kind: fc.constant('delete' as const), slot: fc.nat(11) }),
);

describeBackends('reviews: the level rollup equals the plain GROUP BY', (ctx) => {
  let w: World;
  let units: UnitRef[];
  let cycles: number[];
  let people: number[];

  beforeAll(async () => {
    w = await buildWorld(ctx());
    const root = await insertUnit(w.db, w.inside, { name: 'Sở Nội vụ' });
    const a = await insertUnit(w.db, root, { kind: 'division' });
    const b = await insertUnit(w.db, root, { kind: 'division' });
    const a1 = await insertUnit(w.db, a, { kind: 'division' });
    units = [root, a, b, a1, w.insideChild];
    cycles = [await insertYearCycle(w.db, w.inside, 2025), await insertYearCycle(w.db, root, 2026)];
    people = [];
    for (let i = 0; i < 6; i++) people.push((await insertPerson(w.db, root, `Người Thứ ${i}`)).id);
  });

  /** Slot → (cycle, person): 2 cycles × 6 people. */
  const at = (slot: number) => ({ cycleId: cycles[slot % 2]!, personId: people[Math.floor(slot / 2)]! });

  async function apply(c: Cmd) {
    const { cycleId, personId } = at(c.slot);
    const existing = await w.db
      .selectFrom('reviews')
      .select('id')
      .where('cycle_id', '=', cycleId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    if (c.kind === 'delete') {
      if (existing) await w.db.deleteFrom('reviews').where('id', '=', existing.id).execute();
      return;
    }
    const level = LEVELS[c.level]!;
    const decided = { level, decided_at: level ? new Date() : null, status: level ? 'decided' : 'pending' };
    if (c.kind === 'rerate') {
      if (existing) await w.db.updateTable('reviews').set(decided).where('id', '=', existing.id).execute();
      return;
    }
    const unit = units[c.unit]!;
    const fields = { gender: GENDERS[c.gender]!, ageBand: BANDS[c.band]!, personStatus: STATUSES[c.status]! };
    if (!existing) {
      await insertDecided(w.db, cycleId, unit, { level, ...fields }, personId);
      return;
    }
    // a move of the snapshot fields (unit, gender, age band, status) together with the level
    await w.db
      .updateTable('reviews')
      .set({
        ...decided,
        unit_id: unit.id,
        unit_path: unit.path,
        gender: fields.gender,
        age_band: fields.ageBand,
        person_status: fields.personStatus,
      })
      .where('id', '=', existing.id)
      .execute();
  }

  it('after every batch of random decisions, re-ratings, moves and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { minLength: 1, maxLength: 12 }), async (batch) => {
        for (const c of batch) await apply(c);
        expect(await rollupCells(w.db, cycles)).toEqual(await plainCells(w.db, cycles));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // and the sequences did decide something
    expect((await plainCells(w.db, cycles)).length).toBeGreaterThan(0);
  }, 120_000);
});
