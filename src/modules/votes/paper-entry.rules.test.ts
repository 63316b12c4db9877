import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePaperEntries, PAPER_MARK_KEYS, reconcilePaper, type PaperSheet, type PaperState } from './paper-entry.rules.js';
import { BALLOT_MARKS } from './votes.schemas.js';
import type { BallotMark } from './vote-constants.js';

const SUBJECTS = ['11', '12'];
const sheet = (sheetNo: number, a: BallotMark, b: BallotMark): PaperSheet => ({ sheetNo, marks: { '11': a, '12': b } });

describe('comparePaperEntries', () => {
  const agreed = [sheet(1, 'cao', 'thap'), sheet(2, 'none', 'several'), sheet(3, 'tin_nhiem', 'cao')];

  it.each([
    { name: 'identical entries', first: agreed, second: [...agreed].reverse(), sheetNos: [] },
    { name: 'a sheet only counter 1 entered', first: agreed, second: agreed.slice(0, 2), sheetNos: [3] },
    { name: 'a sheet only counter 2 entered', first: agreed.slice(1), second: agreed, sheetNos: [1] },
    {
      name: 'one mark differs',
      first: agreed,
      second: [agreed[0]!, sheet(2, 'none', 'thap'), agreed[2]!],
      sheetNos: [2],
    },
    {
      name: 'no mark vs several marks differ',
      first: [sheet(7, 'none', 'cao')],
      second: [sheet(7, 'several', 'cao')],
      sheetNos: [7],
    },
    { name: 'nothing entered yet', first: [], second: [], sheetNos: [] },
  ])('$name → mismatching sheets $sheetNos', ({ first, second, sheetNos }) => {
    const result = comparePaperEntries(SUBJECTS, first, second);
    if (sheetNos.length === 0) expect(result).toMatchObject({ ok: true, sheets: first.length });
    else expect(result).toMatchObject({ ok: false, sheetNos });
  });

  it('names the side that entered a lone sheet and the person whose marks differ', () => {
    const result = comparePaperEntries(SUBJECTS, [sheet(1, 'cao', 'cao'), sheet(4, 'cao', 'cao')], [sheet(1, 'cao', 'thap')]);
    expect(result).toEqual({
      ok: false,
      sheetNos: [1, 4],
      mismatches: [
        { kind: 'marks', sheetNo: 1, subjectId: '12', first: 'cao', second: 'thap' },
        { kind: 'missing', sheetNo: 4, enteredBy: 1 },
      ],
    });
  });

  it('treats a person left out on one side as a mismatch, and keeps only the round’s people', () => {
    const partial = { sheetNo: 1, marks: { '11': 'cao' as const } };
    expect(comparePaperEntries(SUBJECTS, [sheet(1, 'cao', 'cao')], [partial])).toMatchObject({ ok: false, sheetNos: [1] });
    const extra = { sheetNo: 1, marks: { '11': 'cao' as const, '12': 'cao' as const, '99': 'thap' as const } };
    expect(comparePaperEntries(SUBJECTS, [extra], [extra])).toEqual({
      ok: true,
      sheets: 1,
      ballots: [{ marks: { '11': 'cao', '12': 'cao' } }],
    });
  });
});

describe('reconcilePaper', () => {
  const base: PaperState = {
    handedOut: 3,
    counters: [
      { slot: 1, finished: true },
      { slot: 2, finished: true },
    ],
    subjectIds: SUBJECTS,
    first: [sheet(1, 'cao', 'cao'), sheet(2, 'thap', 'none')],
    second: [sheet(2, 'thap', 'none'), sheet(1, 'cao', 'cao')],
  };

  it.each([
    {
      name: 'no paper at all',
      state: { ...base, handedOut: null, counters: [], first: [], second: [] },
      code: undefined,
      ballots: 0,
    },
    { name: 'both finished and agreeing', state: base, code: undefined, ballots: 2 },
    {
      name: 'counter 2 not finished',
      state: { ...base, counters: [{ slot: 1 as const, finished: true }] },
      code: 'PAPER_UNFINISHED',
      ballots: 0,
    },
    { name: 'a mismatch', state: { ...base, second: [sheet(1, 'cao', 'cao')] }, code: 'PAPER_MISMATCH', ballots: 0 },
    { name: 'more sheets than handed out', state: { ...base, handedOut: 1 }, code: 'PAPER_OVER_ISSUED', ballots: 0 },
    { name: 'exactly as many sheets as handed out', state: { ...base, handedOut: 2 }, code: undefined, ballots: 2 },
    { name: 'ballots handed out, none returned', state: { ...base, first: [], second: [] }, code: undefined, ballots: 0 },
  ])('$name', ({ state, code, ballots }) => {
    const result = reconcilePaper(state);
    if (code === undefined) expect(result).toMatchObject({ ok: true, ballots: expect.any(Array) });
    else expect(result).toMatchObject({ ok: false, code });
    if (result.ok) expect(result.ballots).toHaveLength(ballots);
  });

  it('says which sheets mismatch and which counters have not finished', () => {
    const mismatch = reconcilePaper({ ...base, second: [sheet(1, 'cao', 'cao'), sheet(2, 'thap', 'cao')] });
    expect(mismatch).toMatchObject({ ok: false, sheetNos: [2] });
    if (!mismatch.ok) expect(mismatch.reason).toContain('tờ số 2');
    expect(reconcilePaper({ ...base, counters: [] })).toMatchObject({ ok: false, slots: [1, 2] });
  });
});

describe('PAPER_MARK_KEYS', () => {
  it('covers every mark once', () => {
    expect(Object.values(PAPER_MARK_KEYS).sort()).toEqual([...BALLOT_MARKS].sort());
  });
});

describe('comparePaperEntries (properties)', () => {
  const mark = fc.constantFrom(...BALLOT_MARKS);
  const sheets = fc.uniqueArray(
    fc.record({ sheetNo: fc.integer({ min: 1, max: 2000 }), marks: fc.record({ '11': mark, '12': mark }) }),
    { selector: (s) => s.sheetNo, maxLength: 40 },
  );

  it('agrees with itself in any order, one ballot per sheet', () => {
    fc.assert(
      fc.property(sheets, (s) => {
        const result = comparePaperEntries(SUBJECTS, s, [...s].reverse());
        expect(result).toMatchObject({ ok: true, sheets: s.length });
      }),
    );
  });

  it('flags exactly the changed sheet, whichever side is first', () => {
    fc.assert(
      fc.property(
        sheets.filter((s) => s.length > 0),
        fc.nat(),
        mark,
        (s, pick, other) => {
          const target = s[pick % s.length]!;
          const changed: BallotMark = target.marks['12'] === other ? (other === 'cao' ? 'thap' : 'cao') : other;
          const altered = s.map((x) => (x === target ? { ...x, marks: { ...x.marks, '12': changed } } : x));
          for (const [a, b] of [
            [s, altered],
            [altered, s],
          ] as const) {
            const result = comparePaperEntries(SUBJECTS, a, b);
            expect(result).toMatchObject({ ok: false, sheetNos: [target.sheetNo] });
          }
          const dropped = s.filter((x) => x !== target);
          expect(comparePaperEntries(SUBJECTS, s, dropped)).toMatchObject({ ok: false, sheetNos: [target.sheetNo] });
        },
      ),
    );
  });
});

describe('reconcilePaper (properties)', () => {
  const mark = fc.constantFrom(...BALLOT_MARKS);
  const side = fc.uniqueArray(
    fc.record({ sheetNo: fc.integer({ min: 1, max: 30 }), marks: fc.record({ '11': mark, '12': mark }) }),
    {
      selector: (s) => s.sheetNo,
      maxLength: 12,
    },
  );
  const counters = fc.subarray([
    { slot: 1 as const, finished: true },
    { slot: 2 as const, finished: true },
    { slot: 1 as const, finished: false },
  ]);

  it('adds ballots only when both finished and agree, never more than handed out', () => {
    let agreed = 0;
    fc.assert(
      // Counter 2 copies counter 1 one time in three (so agreements happen), else enters independently.
      fc.property(fc.option(fc.nat({ max: 15 })), counters, side, fc.option(side, { freq: 3 }), (handedOut, cs, first, other) => {
        const second = other ?? [...first].reverse();
        const state: PaperState = { handedOut, counters: cs, subjectIds: SUBJECTS, first, second };
        const result = reconcilePaper(state);
        if (!result.ok || result.ballots.length === 0) return;
        agreed++;
        expect(cs.filter((c) => c.finished).map((c) => c.slot)).toEqual(expect.arrayContaining([1, 2]));
        expect(result.ballots.length).toBeLessThanOrEqual(handedOut ?? 0);
        expect(comparePaperEntries(SUBJECTS, first, second)).toMatchObject({ ok: true, sheets: result.ballots.length });
      }),
    );
    expect(agreed).toBeGreaterThan(0);
  });
});
