import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  eventHash,
  GENESIS_HASH,
  toStoredJson,
  type ChainedFields,
} from '../../../platform/server/audit/audit-chain.js';

/** The same value with the keys of every object in another order, as jsonb may hand it back. */
function reorderKeys(value: unknown, rand: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorderKeys(v, rand));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, reorderKeys(v, rand)] as const);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [entries[i], entries[j]] = [entries[j] as (typeof entries)[number], entries[i] as (typeof entries)[number]];
  }
  return Object.fromEntries(entries);
}

function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const FIELDS: ChainedFields = {
  at: '2026-01-10T08:00:00.000Z',
  requestId: 'req-1',
  actorAccountId: 7,
  actorLabel: 'tochuc',
  authority: 'organizer@/1/ (grant 3)',
  action: 'org.unit.rename',
  entityType: 'org_unit',
  entityId: '42',
  unitId: 42,
  before: { name: 'Phòng Tổ chức', shortName: null },
  after: { name: 'Phòng Tổ chức cán bộ', shortName: 'TCCB' },
};

describe('canonicalJson', () => {
  it('does not depend on the order of object keys, at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        expect(canonicalJson(reorderKeys(value, seeded(seed)))).toBe(canonicalJson(value));
      }),
    );
  });

  it('is valid JSON holding the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('sorts keys by code point and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ ư: 1, u: 2 }], c: undefined, Z: null })).toBe('{"Z":null,"a":[{"u":2,"ư":1}],"b":1}');
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('eventHash', () => {
  it('is stable: the same fields give the same hash, today and in every later release', () => {
    // Pinned, and computed apart from the code (sha256 of the previous hash, a newline and this
    // text): a change here breaks every stored chain.
    expect(canonicalJson(FIELDS)).toBe(
      '{"action":"org.unit.rename","actorAccountId":7,"actorLabel":"tochuc",' +
        '"after":{"name":"Phòng Tổ chức cán bộ","shortName":"TCCB"},"at":"2026-01-10T08:00:00.000Z",' +
        '"authority":"organizer@/1/ (grant 3)","before":{"name":"Phòng Tổ chức","shortName":null},' +
        '"entityId":"42","entityType":"org_unit","requestId":"req-1","unitId":42}',
    );
    expect(eventHash(GENESIS_HASH, FIELDS)).toBe('a2657d4d549fc3e1770383438039221e1b20a33a478a59673a8512b1c84766fa');
    expect(eventHash(GENESIS_HASH, { ...FIELDS })).toBe(eventHash(GENESIS_HASH, FIELDS));
  });

  it('does not change when jsonb reorders the keys of before and after', () => {
    const reordered = { ...FIELDS, after: { shortName: 'TCCB', name: 'Phòng Tổ chức cán bộ' } };
    expect(eventHash(GENESIS_HASH, reordered)).toBe(eventHash(GENESIS_HASH, FIELDS));
  });

  it('changes with any field and with the previous hash', () => {
    const base = eventHash(GENESIS_HASH, FIELDS);
    const changes: Partial<ChainedFields>[] = [
      { at: '2026-01-10T08:00:00.001Z' },
      { requestId: null },
      { actorAccountId: 8 },
      { actorLabel: 'tochuc2' },
      { authority: null },
      { action: 'org.unit.move' },
      { entityType: 'account' },
      { entityId: '43' },
      { unitId: null },
      { before: null },
      { after: { name: 'Phòng Tổ chức cán bộ', shortName: 'TCCB ' } },
    ];
    for (const change of changes)
      expect(eventHash(GENESIS_HASH, { ...FIELDS, ...change }), JSON.stringify(change)).not.toBe(base);
    expect(eventHash('f'.repeat(64), FIELDS)).not.toBe(base);
  });
});

describe('toStoredJson', () => {
  it('gives the value as jsonb returns it: dates as ISO strings, undefined as null or gone', () => {
    expect(toStoredJson(undefined)).toBeNull();
    expect(toStoredJson({ at: new Date('2026-01-10T08:00:00Z'), gone: undefined, list: [undefined] })).toEqual({
      at: '2026-01-10T08:00:00.000Z',
      list: [null],
    });
  });
});
