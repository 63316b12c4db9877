import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formatVnDateTime, fromVnIso, toVnIso } from './audit-time.js';

describe('audit times', () => {
  it('shows an instant as dd/mm/yyyy HH:mm:ss in Vietnam time', () => {
    expect(formatVnDateTime('2026-01-04T17:03:04Z')).toBe('05/01/2026 00:03:04');
    expect(formatVnDateTime('2026-12-31T23:59:59.500+07:00')).toBe('31/12/2026 23:59:59');
  });

  it('sends a picked wall-clock time with the +07:00 offset, and reads it back', () => {
    const picked = dayjs('2026-03-09T08:15:00');
    const iso = toVnIso(picked);
    expect(iso).toBe('2026-03-09T08:15:00+07:00');
    expect(fromVnIso(iso)?.format('DD/MM/YYYY HH:mm')).toBe('09/03/2026 08:15');
    expect(fromVnIso(undefined)).toBeUndefined();
  });
});
