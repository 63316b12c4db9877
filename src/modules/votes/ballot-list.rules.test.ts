import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateReceiptCode } from './ballot-code.rules.js';
import {
  ballotHash,
  buildBallotList,
  canonicalBallot,
  chainLink,
  findBallotByReceipt,
  verifyBallotList,
  type ListedBallot,
  type PublishedBallotList,
} from './ballot-list.rules.js';
import type { BallotMark } from './vote-constants.js';

const SUBJECTS = [
  { subjectId: 'a', issued: 30, summoned: 35 },
  { subjectId: 'b', issued: 30, summoned: 35 },
];
const MARKS: BallotMark[] = ['cao', 'tin_nhiem', 'thap', 'none', 'several'];

function sampleBallots(count = 12): ListedBallot[] {
  return Array.from({ length: count }, (_, i) => ({
    receipt: generateReceiptCode(),
    marks: { a: MARKS[i % 3] ?? 'cao', b: MARKS[(i * 7) % 5] ?? 'cao' },
  }));
}

function build(ballots: readonly ListedBallot[]): PublishedBallotList {
  const result = buildBallotList({ roundId: 'round-2026-hu', subjects: SUBJECTS, ballots });
  if (!result.ok) throw new Error(result.reason);
  return result.list;
}

/** A copy of the list with one entry changed by `edit`. */
function withEntry(list: PublishedBallotList, index: number, edit: (e: PublishedBallotList['entries'][number]) => object) {
  return { ...list, entries: list.entries.map((e, i) => (i === index ? { ...e, ...edit(e) } : e)) } as PublishedBallotList;
}

describe('canonical ballot', () => {
  it('holds the receipt and the marks sorted by person — no voter, no time — whatever the key order', () => {
    const one = canonicalBallot({ receipt: 'R', marks: { b: 'thap', a: 'cao' } });
    expect(one).toBe('["merit-ballot-v1","R",[["a","cao"],["b","thap"]]]');
    expect(canonicalBallot({ receipt: 'R', marks: { a: 'cao', b: 'thap' } })).toBe(one);
  });
});

describe('ballot list: build and verify', () => {
  it('a freshly built list verifies, with the same head and tally', () => {
    const list = build(sampleBallots());
    const check = verifyBallotList(list);
    expect(check).toMatchObject({ ok: true, head: list.head, ballots: 12 });
    expect(check.ok && check.tally).toEqual(list.tally);
    expect(list.tally[0]).toMatchObject({ subjectId: 'a', returned: 12, valid: 12, issued: 30 });
  });

  it('entries are sorted by their own hash, not by cast order', () => {
    const list = build(sampleBallots(30));
    const hashes = list.entries.map((e) => e.entryHash);
    expect(hashes).toEqual([...hashes].sort());
    expect(list.entries.every((e) => e.entryHash === ballotHash(e))).toBe(true);
  });

  it('property: the published list does not depend on the order ballots were cast in', () => {
    const arb = fc
      .uniqueArray(
        fc.record({
          receipt: fc.uuid(),
          marks: fc.record({ a: fc.constantFrom(...MARKS), b: fc.constantFrom(...MARKS) }),
        }),
        { maxLength: 12, selector: (b) => b.receipt },
      )
      .chain((bs) => fc.tuple(fc.constant(bs), fc.shuffledSubarray(bs, { minLength: bs.length, maxLength: bs.length })));
    fc.assert(
      fc.property(arb, ([cast, shuffled]) => {
        expect(build(shuffled)).toEqual(build(cast));
      }),
    );
  });

  it('an empty round verifies: the head is the header hash', () => {
    const list = build([]);
    expect(list.head).toBe(list.headerHash);
    expect(verifyBallotList(list)).toMatchObject({ ok: true, ballots: 0 });
  });

  it('refuses two ballots with one receipt, and ballots the tally refuses', () => {
    const [b] = sampleBallots(1);
    if (!b) throw new Error('no ballot');
    expect(buildBallotList({ roundId: 'r', subjects: SUBJECTS, ballots: [b, b] })).toMatchObject({
      ok: false,
      code: 'DUPLICATE_RECEIPT',
    });
    const stray = { receipt: 'X', marks: { c: 'cao' as const } };
    expect(buildBallotList({ roundId: 'r', subjects: SUBJECTS, ballots: [stray] })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_SUBJECT',
    });
  });

  it('a voter finds their ballot by receipt', () => {
    const ballots = sampleBallots();
    const mine = ballots[4];
    if (!mine) throw new Error('no ballot');
    expect(findBallotByReceipt(build(ballots), mine.receipt)?.marks).toEqual(mine.marks);
    expect(findBallotByReceipt(build(ballots), 'NOT-A-RECEIPT')).toBeUndefined();
  });
});

describe('ballot list: tampering is found and the first broken entry named', () => {
  const list = build(sampleBallots());

  it('a changed mark', () => {
    const first = list.entries[3];
    const flipped: BallotMark = first?.marks.a === 'thap' ? 'cao' : 'thap';
    const forged = withEntry(list, 3, (e) => ({ marks: { ...e.marks, a: flipped } }));
    expect(verifyBallotList(forged)).toMatchObject({ ok: false, problem: 'ENTRY_HASH', index: 3, receipt: first?.receipt });
  });

  it('a changed mark with its entry hash recomputed breaks the chain there', () => {
    const forged = withEntry(list, 5, (e) => {
      const changed = { ...e, marks: { ...e.marks, b: e.marks.b === 'cao' ? ('thap' as const) : ('cao' as const) } };
      return { ...changed, entryHash: ballotHash(changed) };
    });
    const check = verifyBallotList(forged);
    expect(check.ok).toBe(false);
    expect(check).toMatchObject({ index: 5 });
    expect(['ORDER', 'CHAIN']).toContain(check.ok ? '' : check.problem);
  });

  it('a removed ballot', () => {
    const forged = { ...list, entries: list.entries.filter((_, i) => i !== 2) };
    expect(verifyBallotList(forged)).toMatchObject({ ok: false, problem: 'CHAIN', index: 2 });
    const lastRemoved = { ...list, entries: list.entries.slice(0, -1) };
    expect(verifyBallotList(lastRemoved)).toMatchObject({ ok: false, problem: 'HEAD' });
  });

  it('two ballots swapped', () => {
    const [a, b] = [list.entries[6], list.entries[7]];
    if (!a || !b) throw new Error('short list');
    const forged = { ...list, entries: list.entries.map((e, i) => (i === 6 ? b : i === 7 ? a : e)) };
    expect(verifyBallotList(forged)).toMatchObject({ ok: false, problem: 'CHAIN', index: 6 });
    // Even with the chain rebuilt over the new order, the order itself gives the swap away.
    let previous = list.headerHash;
    const rechained = forged.entries.map((e) => {
      previous = chainLink(previous, e.entryHash);
      return { ...e, chainHash: previous };
    });
    const rebuilt = { ...forged, entries: rechained, head: previous };
    expect(verifyBallotList(rebuilt)).toMatchObject({ ok: false, problem: 'ORDER', index: 7 });
  });

  it('a changed head, header or tally', () => {
    expect(verifyBallotList({ ...list, head: '0'.repeat(64) })).toMatchObject({ ok: false, problem: 'HEAD' });
    const header = { ...list, subjects: list.subjects.map((s) => ({ ...s, issued: s.issued + 1 })) };
    expect(verifyBallotList(header)).toMatchObject({ ok: false, problem: 'HEADER' });
    const [t] = list.tally;
    if (!t) throw new Error('no tally');
    const lie = { ...t, band: 'two_thirds' as const, followUps: ['dismissal' as const] };
    expect(verifyBallotList({ ...list, tally: [lie, ...list.tally.slice(1)] })).toMatchObject({
      ok: false,
      problem: 'TALLY',
      subjectId: 'a',
    });
    const shown = { ...t, levels: { ...t.levels, thap: { ...t.levels.thap, display: '99,00%' } } };
    expect(verifyBallotList({ ...list, tally: [shown, ...list.tally.slice(1)] })).toMatchObject({ ok: false, problem: 'TALLY' });
  });

  it('a file of another format, or a malformed one', () => {
    expect(verifyBallotList({ ...list, format: 'something-else' })).toMatchObject({ ok: false, problem: 'FORMAT' });
    expect(verifyBallotList({ ...list, ruleSet: 'other' })).toMatchObject({ ok: false, problem: 'FORMAT' });
    for (const broken of [null, [], 'x', { ...list, entries: [{ receipt: 'R' }] }, { ...list, tally: [{}] }]) {
      expect(verifyBallotList(broken)).toMatchObject({ ok: false, problem: 'FORMAT' });
    }
  });

  it('a list that went through JSON verifies the same', () => {
    expect(verifyBallotList(JSON.parse(JSON.stringify(list)))).toMatchObject({ ok: true, head: list.head });
  });
});
