import { describe, expect, it } from 'vitest';
import { readReviewFilters, writeReviewFilters } from './reviews-query.js';

describe('review list filters in the URL', () => {
  it('reads what it wrote', () => {
    const f = { unitId: 12, status: 'proposed' as const, subjectType: 'person' as const, late: 'true' as const };
    expect(readReviewFilters(new URLSearchParams(writeReviewFilters(f)))).toEqual(f);
  });

  it('drops anything that is not a valid filter (a hand-edited URL never reaches the API)', () => {
    const p = new URLSearchParams('unitId=-3&status=done&subjectType=robot&late=maybe');
    expect(readReviewFilters(p)).toEqual({});
    expect(writeReviewFilters({})).toEqual({});
  });
});
