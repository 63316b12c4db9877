import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatInstantDate } from './format.js';

describe('Vietnamese date formats (DOMAIN §7.3)', () => {
  it('shows calendar dates as dd/mm/yyyy', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });
  it('shows instants in Asia/Ho_Chi_Minh, date first, 24-hour', () => {
    expect(formatDateTime('2026-01-04T17:03:04.000Z')).toBe('05/01/2026 00:03:04');
    expect(formatInstantDate('2026-01-04T17:03:04.000Z')).toBe('05/01/2026');
  });
});
