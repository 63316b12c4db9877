import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePeopleCursor, encodePeopleCursor, PEOPLE_CURSOR_MAX_LENGTH, type PeopleCursor } from './people-list-cursor.js';
import { ListPeopleQuerySchema } from './people-list.schemas.js';
import { personNameSortKey } from './person-name.rules.js';
import { exportHref, readFilters, writeFilters } from './web/people-search-params.js';

describe('people list cursor', () => {
  it('round-trips every order, sort keys with control characters and Vietnamese included', () => {
    const key = personNameSortKey('Nguyễn Văn', 'Ánh');
    const cursors: PeopleCursor[] = [
      { sort: 'name', side: 'after', key: [key, 42] },
      { sort: 'dateOfBirth', side: 'before', key: ['1990-04-01', key, 7] },
      { sort: 'unit', side: 'after', key: [personNameSortKey('Sở', 'Nội vụ'), 3, key, 9] },
    ];
    for (const cursor of cursors) {
      const text = encodePeopleCursor(cursor);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(text.length).toBeLessThanOrEqual(PEOPLE_CURSOR_MAX_LENGTH);
      expect(decodePeopleCursor(text)).toEqual(cursor);
      expect(ListPeopleQuerySchema.parse({ cursor: text }).cursor).toEqual(cursor);
    }
  });

  it('refuses what it did not write', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const decoded = decodePeopleCursor(s);
        if (decoded !== undefined) expect(encodePeopleCursor(decoded).length).toBeGreaterThan(0);
      }),
    );
    expect(decodePeopleCursor('')).toBeUndefined();
    expect(decodePeopleCursor(encodePeopleCursor({ sort: 'name', side: 'after', key: ['x'] }))).toBeUndefined();
    expect(decodePeopleCursor(encodePeopleCursor({ sort: 'dateOfBirth', side: 'after', key: ['x', 'y', 1] }))).toBeUndefined();
    expect(ListPeopleQuerySchema.safeParse({ cursor: 'bm90IGEgY3Vyc29y' }).success).toBe(false);
  });

  it('lives in the URL with the page, and never goes into the export link', () => {
    const cursor = encodePeopleCursor({ sort: 'name', side: 'after', key: ['abc', 5] });
    const filters = readFilters(new URLSearchParams({ page: '201', cursor, search: 'anh' }));
    expect(filters).toMatchObject({ page: 201, cursor, search: 'anh' });
    expect(writeFilters(filters).get('cursor')).toBe(cursor);
    expect(exportHref(filters, 'csv')).not.toContain('cursor');
  });
});
