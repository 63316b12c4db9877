import { keepPreviousData } from '@tanstack/react-query';
import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { calendarEndpoints as e } from '../calendar.contract.js';

/** A year's days off (fixed by law and announced), and whether this account may change them. */
export function useDaysOff(year: number) {
  return useApiQuery(e.listDaysOff, { query: { year } }, { placeholderData: keepPreviousData });
}

/** Entering or correcting an announced day off; refreshes every year's list (the day may lie in any). */
export const useDayOffPut = () => useApiMutation(e.putDayOff, [e.listDaysOff]);

/** Removing an announced day off; refreshes the lists. */
export const useDayOffDelete = () => useApiMutation(e.deleteDayOff, [e.listDaysOff]);
