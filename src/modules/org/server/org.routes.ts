import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { orgEndpoints as e } from '../org.contract.js';
import { createUnit } from './create-unit.service.js';
import { dissolveUnit } from './dissolve-unit.service.js';
import { closeManagementBody, createManagementBody } from './management-body.service.js';
import { mergeUnit } from './merge-unit.service.js';
import { moveUnit } from './move-unit.service.js';
import { renameUnit } from './rename-unit.service.js';
import { getUnitDetail, listUnits } from './unit-detail.service.js';
import { getUnitHistory } from './unit-history.service.js';
import { registerUnitsImportRoutes } from './units-import.routes.js';

/** Thin handlers: each write is one transaction (change + history + audit commit together). */
export function registerOrgRoutes(app: FastifyInstance, deps: AppDeps): void {
  const inTransaction = <T>(fn: (trx: AppDeps['db']) => Promise<T>) => deps.db.transaction().execute(fn);

  route(app, deps, e.listUnits, ({ actor, query }) => listUnits(deps.db, actor, query));
  route(app, deps, e.getUnit, ({ actor, params }) => getUnitDetail(deps.db, actor, params.id));
  route(app, deps, e.getUnitHistory, ({ actor, params }) => getUnitHistory(deps.db, actor, params.id));

  route(app, deps, e.createUnit, ({ actor, audit, body }) => inTransaction((trx) => createUnit(trx, actor, audit, body)));
  route(app, deps, e.renameUnit, ({ actor, audit, params, body }) =>
    inTransaction((trx) => renameUnit(trx, actor, audit, { ...body, unitId: params.id })),
  );
  route(app, deps, e.moveUnit, ({ actor, audit, params, body }) =>
    inTransaction((trx) => moveUnit(trx, actor, audit, { ...body, unitId: params.id })),
  );
  route(app, deps, e.mergeUnit, ({ actor, audit, params, body }) =>
    inTransaction((trx) => mergeUnit(trx, actor, audit, { ...body, unitId: params.id })),
  );
  route(app, deps, e.dissolveUnit, ({ actor, audit, params, body }) =>
    inTransaction((trx) => dissolveUnit(trx, actor, audit, { ...body, unitId: params.id })),
  );
  route(app, deps, e.createManagementBody, ({ actor, audit, body }) =>
    inTransaction((trx) => createManagementBody(trx, actor, audit, body)),
  );
  route(app, deps, e.closeManagementBody, ({ actor, audit, params, body }) =>
    inTransaction((trx) => closeManagementBody(trx, actor, audit, { bodyId: params.id, validTo: body.validTo })),
  );
  registerUnitsImportRoutes(app, deps);
}
