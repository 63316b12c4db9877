import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent } from './fraction.rules.js';
import {
  tallyBallots,
  tallyMarkCounts,
  type CastBallot,
  type MarkCount,
  type SubjectTally,
  type TallyResult,
} from './tally.rules.js';
import { ASSEMBLY_NQ96, type BallotMark, type DenominatorKind } from './vote-constants.js';

const S = 'nguyen-van-a';

/** `low` low, the rest "tín nhiệm", plus invalid ballots. */
function ballots(low: number, confidence: number, invalid: BallotMark[] = []): CastBallot[] {
  return [
    ...Array.from({ length: low }, () => ({ marks: { [S]: 'thap' as const } })),
    ...Array.from({ length: confidence }, () => ({ marks: { [S]: 'tin_nhiem' as const } })),
    ...invalid.map((mark) => ({ marks: { [S]: mark } })),
  ];
}

function only(result: TallyResult): SubjectTally {
  if (!result.ok) throw new Error(result.reason);
  const [first] = result.subjects;
  if (!first) throw new Error('no subject');
  return first;
}

const tally = (cast: CastBallot[], issued = cast.length, summoned = issued, denominator?: DenominatorKind) =>
  only(tallyBallots({ subjects: [{ subjectId: S, issued, summoned }], ballots: cast, denominator }));

describe('thresholds (QĐ 96: > 1/2 low, ≥ 2/3 low; integers only)', () => {
  it.each([
    // returned, low, over half, two thirds
    [9, 4, false, false],
    [9, 5, true, false],
    [9, 6, true, true],
    [8, 4, false, false],
    [8, 5, true, false],
    [8, 6, true, true],
    [3, 2, true, true],
    [2, 1, false, false],
    [1, 1, true, true],
    [12, 6, false, false],
    [12, 7, true, false],
    [12, 8, true, true],
  ] as const)('%i returned, %i low → over half %s, two thirds %s', (returned, low, overHalf, twoThirds) => {
    const t = tally(ballots(low, returned - low));
    expect(t.lowOverHalf).toBe(overHalf);
    expect(t.lowTwoThirds).toBe(twoThirds);
  });

  it('5 of 9 low: out of planning for higher posts, and the considerations (QĐ 96)', () => {
    const t = tally(ballots(5, 4));
    expect(t.band).toBe('over_half');
    expect(t.followUps).toEqual([
      'out_of_planning_for_higher_posts',
      'consider_relief_from_post',
      'consider_resignation',
      'consider_vote_of_confidence',
    ]);
    expect(t.levels.thap).toEqual({ count: 5, fraction: { numerator: 5, denominator: 9 }, display: '55,56%' });
  });

  it('6 of 9 low: dismissal (QĐ 96)', () => {
    const t = tally(ballots(6, 3));
    expect(t.band).toBe('two_thirds');
    expect(t.followUps).toEqual(['dismissal']);
    expect(t.levels.thap.display).toBe('66,67%');
  });

  it('the National Assembly / People’s Council rule set (NQ 96/2023 art. 12) has its own follow-ups', () => {
    const run = (low: number) =>
      only(
        tallyBallots({
          subjects: [{ subjectId: S, issued: 9, summoned: 9 }],
          ballots: ballots(low, 9 - low),
          ruleSet: ASSEMBLY_NQ96,
        }),
      );
    expect(run(4).followUps).toEqual([]);
    expect(run(5).followUps).toEqual(['resign_or_vote_of_confidence']);
    expect(run(6).followUps).toEqual(['propose_dismissal']);
  });

  it('invalid ballots count in "returned" but not in "valid"; the denominator is configurable', () => {
    // 10 returned: 5 low, 3 confidence, 2 invalid; 12 issued; 15 summoned.
    const cast = ballots(5, 3, ['none', 'several']);
    const returned = tally(cast, 12, 15);
    expect(returned).toMatchObject({ issued: 12, summoned: 15, returned: 10, valid: 8, invalid: 2, invalidNoMark: 1 });
    expect(returned).toMatchObject({ denominator: { kind: 'BALLOTS_RETURNED', value: 10 }, lowOverHalf: false });
    const valid = tally(cast, 12, 15, 'VALID');
    expect(valid).toMatchObject({ denominator: { kind: 'VALID', value: 8 }, lowOverHalf: true, lowTwoThirds: false });
    const summoned = tally(cast, 12, 15, 'SUMMONED');
    expect(summoned).toMatchObject({ denominator: { kind: 'SUMMONED', value: 15 }, lowOverHalf: false });
    expect(summoned.levels.thap.display).toBe('33,33%');
  });

  it('no ballots returned: no threshold crossed, no percentage', () => {
    const t = tally([], 5, 5);
    expect(t).toMatchObject({ returned: 0, valid: 0, lowOverHalf: false, lowTwoThirds: false, band: 'below_half' });
    expect(t.levels.thap).toEqual({ count: 0, fraction: null, display: '—' });
  });
});

describe('refusals', () => {
  const subjects = [{ subjectId: S, issued: 2, summoned: 3 }];
  it('a ballot for a person not on the list', () => {
    const r = tallyBallots({ subjects, ballots: [{ marks: { someone: 'cao' } }] });
    expect(r).toMatchObject({ ok: false, code: 'UNKNOWN_SUBJECT', ballotIndex: 0 });
  });
  it('an unknown mark', () => {
    const marks = JSON.parse('{"nguyen-van-a":"yes"}') as CastBallot['marks'];
    expect(tallyBallots({ subjects, ballots: [{ marks }] })).toMatchObject({ ok: false, code: 'UNKNOWN_MARK' });
  });
  it('more ballots returned than issued, or issued than summoned', () => {
    expect(tallyBallots({ subjects, ballots: ballots(3, 0) })).toMatchObject({ ok: false, code: 'MORE_RETURNED_THAN_ISSUED' });
    const over = [{ subjectId: S, issued: 4, summoned: 3 }];
    expect(tallyBallots({ subjects: over, ballots: [] })).toMatchObject({ ok: false, code: 'MORE_ISSUED_THAN_SUMMONED' });
  });
  it('duplicate people and broken counts', () => {
    expect(tallyBallots({ subjects: [...subjects, ...subjects], ballots: [] })).toMatchObject({ code: 'DUPLICATE_SUBJECT' });
    const broken = [{ subjectId: S, issued: -1, summoned: 3 }];
    expect(tallyBallots({ subjects: broken, ballots: [] })).toMatchObject({ code: 'INVALID_COUNT' });
  });
  it('refusal reasons are Vietnamese', () => {
    const r = tallyBallots({ subjects, ballots: ballots(3, 0) });
    expect(r.ok ? '' : r.reason).toMatch(/phiếu thu về/);
  });
});

describe('formatPercent (decimal comma, 2 decimals, half up, integers only)', () => {
  it.each([
    [5, 9, '55,56%'],
    [2, 3, '66,67%'],
    [1, 3, '33,33%'],
    [1, 8, '12,50%'],
    [0, 7, '0,00%'],
    [7, 7, '100,00%'],
    [1, 200_000, '0,00%'],
    [1, 20_000, '0,01%'],
    [3, 0, '—'],
  ] as const)('%i/%i → %s', (n, d, text) => expect(formatPercent(n, d)).toBe(text));
});

const MARK_LIST: BallotMark[] = ['cao', 'tin_nhiem', 'thap', 'none', 'several'];
const SUBJECTS = ['a', 'b', 'c'];
const arbBallot = fc
  .subarray(SUBJECTS, { minLength: 1 })
  .chain((ids) => fc.tuple(...ids.map((id) => fc.constantFrom(...MARK_LIST).map((m) => [id, m] as const))))
  .map((pairs): CastBallot => ({ marks: Object.fromEntries(pairs) }));
const arbBallots = fc.array(arbBallot, { maxLength: 60 });
const subjectsFor = (cast: readonly CastBallot[]) =>
  SUBJECTS.map((subjectId) => ({ subjectId, issued: cast.length, summoned: cast.length + 5 }));
const run = (cast: readonly CastBallot[], denominator?: DenominatorKind) => {
  const r = tallyBallots({ subjects: subjectsFor(cast), ballots: cast, denominator });
  if (!r.ok) throw new Error(r.reason);
  return r.subjects;
};

describe('tally properties', () => {
  it('level counts sum to valid; valid + invalid = returned; returned ≤ issued', () => {
    fc.assert(
      fc.property(arbBallots, (cast) => {
        for (const t of run(cast)) {
          expect(t.levels.cao.count + t.levels.tin_nhiem.count + t.levels.thap.count).toBe(t.valid);
          expect(t.valid + t.invalid).toBe(t.returned);
          expect(t.invalidNoMark + t.invalidSeveralMarks).toBe(t.invalid);
          expect(t.returned).toBeLessThanOrEqual(t.issued);
        }
      }),
    );
  });

  it('counting marks per subject first (as the database does) gives the same tally as the ballots', () => {
    const denominators: DenominatorKind[] = ['BALLOTS_RETURNED', 'SUMMONED', 'VALID'];
    fc.assert(
      fc.property(arbBallots, fc.constantFrom(...denominators), (cast, denominator) => {
        const counts = new Map<string, number>();
        for (const b of cast)
          for (const [id, m] of Object.entries(b.marks)) counts.set(`${id}|${m}`, (counts.get(`${id}|${m}`) ?? 0) + 1);
        const markCounts: MarkCount[] = [...counts].map(([k, count]) => {
          const [subjectId = '', mark = ''] = k.split('|');
          return { subjectId, mark, count };
        });
        const counted = tallyMarkCounts({ subjects: subjectsFor(cast), markCounts, denominator });
        expect(counted).toEqual(tallyBallots({ subjects: subjectsFor(cast), ballots: cast, denominator }));
      }),
    );
    expect(tallyMarkCounts({ subjects: subjectsFor([]), markCounts: [{ subjectId: 'a', mark: 'x', count: 1 }] })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_MARK',
    });
    expect(tallyMarkCounts({ subjects: subjectsFor([]), markCounts: [{ subjectId: 'z', mark: 'cao', count: 1 }] })).toMatchObject(
      { ok: false, code: 'UNKNOWN_SUBJECT' },
    );
    expect(
      tallyMarkCounts({ subjects: subjectsFor([]), markCounts: [{ subjectId: 'a', mark: 'cao', count: -1 }] }),
    ).toMatchObject({ ok: false, code: 'INVALID_COUNT' });
  });

  it('permuting the ballots never changes the tally', () => {
    fc.assert(
      fc.property(
        arbBallots.chain((cast) =>
          fc.tuple(fc.constant(cast), fc.shuffledSubarray(cast, { minLength: cast.length, maxLength: cast.length })),
        ),
        ([cast, shuffled]) => {
          expect(run(shuffled)).toEqual(run(cast));
        },
      ),
    );
  });

  it('thresholds are monotone in the low count (one more low never un-crosses a threshold)', () => {
    const denominators: DenominatorKind[] = ['BALLOTS_RETURNED', 'SUMMONED', 'VALID'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(...denominators),
        (low, rest, d) => {
          const before = tally(ballots(low, rest + 1), low + rest + 1, low + rest + 3, d);
          // Turn one "tín nhiệm" into "tín nhiệm thấp": same returned, same valid.
          const after = tally(ballots(low + 1, rest), low + rest + 1, low + rest + 3, d);
          if (before.lowOverHalf) expect(after.lowOverHalf).toBe(true);
          if (before.lowTwoThirds) expect(after.lowTwoThirds).toBe(true);
          if (before.lowTwoThirds) expect(before.lowOverHalf).toBe(true);
        },
      ),
    );
  });

  it('thresholds agree with exact rational comparison', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (returned, l) => {
        const low = l % (returned + 1);
        const t = tally(ballots(low, returned - low));
        expect(t.lowOverHalf).toBe(2 * low > returned);
        expect(t.lowTwoThirds).toBe(3 * low >= 2 * returned);
      }),
    );
  });
});
