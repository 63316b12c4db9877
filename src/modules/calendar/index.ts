/** The calendar module's public door: days off and deadlines counted in working days. */
export { registerCalendarRoutes } from './server/calendar.routes.js';
export { workingDaysAfter } from './server/days-off.service.js';
export { addWorkingDays, isWorkingDay, MAX_WORKING_DAYS } from './working-days.rules.js';
