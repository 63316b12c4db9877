import { calendarEndpoints as E } from '../../../modules/calendar/calendar.contract.js';
import type { MatrixCase } from './matrix-case.js';
import { everyRole } from './matrix-case.js';

/**
 * Everyone signed in reads the days off; only an administrator of a root unit changes them (the matrix
 * world's administrator holds `inside`, not the province: refused). The days are weekdays of 2031.
 */
export const calendarCases: MatrixCase[] = [
  { endpoint: E.listDaysOff, prepare: async () => ({ query: { year: '2026' } }), expect: everyRole(200) },
  {
    endpoint: E.putDayOff,
    prepare: async () => ({ params: { day: '2031-01-23' }, body: { name: 'Tết Nguyên đán', source: 'Thông báo (thử)' } }),
    expect: everyRole(403),
  },
  { endpoint: E.deleteDayOff, prepare: async () => ({ params: { day: '2031-01-24' } }), expect: everyRole(403) },
];
