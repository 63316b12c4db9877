import { describe, expect, it } from 'vitest';
import { filterParams, urlOneOf, urlPositiveInt, urlYear } from './url-filters.js';

describe('URL filters', () => {
  const p = new URLSearchParams('unitId=12&bad=-3&frac=1.5&year=2025&old=1999&status=open&other=x');
  it('reads well-formed values and treats anything else as absent', () => {
    expect(urlPositiveInt(p, 'unitId')).toBe(12);
    expect([urlPositiveInt(p, 'bad'), urlPositiveInt(p, 'frac'), urlPositiveInt(p, 'missing')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(urlYear(p)).toBe(2025);
    expect(urlYear(p, 'old')).toBeUndefined();
    expect(urlOneOf(p, 'status', ['open', 'closed'] as const)).toBe('open');
    expect(urlOneOf(p, 'other', ['open', 'closed'] as const)).toBeUndefined();
  });
  it('writes only the filters that are set', () => {
    expect(filterParams({ unitId: 12, year: undefined, status: 'open' })).toEqual({ unitId: '12', status: 'open' });
  });
});
