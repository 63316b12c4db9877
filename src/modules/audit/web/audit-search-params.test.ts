import { describe, expect, it } from 'vitest';
import { readFilters, writeFilters } from './audit-search-params.js';

describe('audit filters in the URL', () => {
  it('round-trips every filter', () => {
    const filters = {
      unitId: 12,
      actor: 'nguyenvana',
      action: 'org.unit.',
      entityType: 'org_unit',
      from: '2026-01-05T08:00:00+07:00',
      to: '2026-01-06T17:30:59+07:00',
      page: 3,
      pageSize: 100,
    };
    expect(readFilters(writeFilters(filters))).toEqual(filters);
  });

  it('ignores junk and falls back to page 1 of 50', () => {
    const params = new URLSearchParams('unitId=abc&page=-2&pageSize=7&actor=%20%20');
    expect(readFilters(params)).toEqual({ page: 1, pageSize: 50 });
    expect(writeFilters({ page: 1, pageSize: 50 }).toString()).toBe('');
  });
});
