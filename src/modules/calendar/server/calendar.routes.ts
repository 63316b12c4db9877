import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { calendarEndpoints as e } from '../calendar.contract.js';
import { deleteDayOff, listDaysOff, putDayOff } from './days-off.service.js';

export function registerCalendarRoutes(app: FastifyInstance, deps: AppDeps): void {
  route(app, deps, e.listDaysOff, ({ actor, query }) => listDaysOff(deps.db, actor, query.year));
  route(app, deps, e.putDayOff, ({ actor, audit, params, body }) => putDayOff({ db: deps.db, actor, audit }, params.day, body));
  route(app, deps, e.deleteDayOff, ({ actor, audit, params }) => deleteDayOff({ db: deps.db, actor, audit }, params.day));
}
