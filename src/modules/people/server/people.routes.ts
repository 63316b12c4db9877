import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { peopleEndpoints as e } from '../people.contract.js';
import {
  addDiscipline,
  addPartyEvent,
  addPost,
  addReward,
  addSalaryGrade,
  addTraining,
  deleteHistoryItem,
  endPost,
  setManagement,
} from './person-history.service.js';
import { registerPeopleFileRoutes } from './people-files.routes.js';
import { registerPeopleImportRoutes } from './people-import.routes.js';
import { listPeople } from './person-list.queries.js';
import { createPerson, getPersonDetail, updatePerson } from './person.service.js';

/** Thin handlers: each write is one transaction (change + audit commit together). */
export function registerPeopleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const inTransaction = <T>(fn: (trx: AppDeps['db']) => Promise<T>) => deps.db.transaction().execute(fn);

  registerPeopleFileRoutes(app, deps);
  registerPeopleImportRoutes(app, deps);
  route(app, deps, e.listPeople, ({ actor, audit, query }) => listPeople(deps.db, actor, query, audit.now()));
  route(app, deps, e.getPerson, ({ actor, params }) => getPersonDetail(deps.db, actor, params.id));
  route(app, deps, e.createPerson, ({ actor, audit, body }) => inTransaction((trx) => createPerson(trx, actor, audit, body)));
  route(app, deps, e.updatePerson, ({ actor, audit, params, body }) =>
    inTransaction((trx) => updatePerson(trx, actor, audit, params.id, body)),
  );

  route(app, deps, e.addPersonPost, ({ actor, audit, params, body }) =>
    inTransaction((db) => addPost({ db, actor, audit, personId: params.id }, body)),
  );
  route(app, deps, e.endPersonPost, ({ actor, audit, params, body }) =>
    inTransaction((db) => endPost({ db, actor, audit, personId: params.id }, params.postId, body)),
  );
  route(app, deps, e.setPersonManagement, ({ actor, audit, params, body }) =>
    inTransaction((db) => setManagement({ db, actor, audit, personId: params.id }, body)),
  );
  route(app, deps, e.addPersonTraining, ({ actor, audit, params, body }) =>
    inTransaction((db) => addTraining({ db, actor, audit, personId: params.id }, body)),
  );
  route(app, deps, e.addPersonSalaryGrade, ({ actor, audit, params, body }) =>
    inTransaction((db) => addSalaryGrade({ db, actor, audit, personId: params.id }, body)),
  );
  route(app, deps, e.addPersonReward, ({ actor, audit, params, body }) =>
    inTransaction((db) => addReward({ db, actor, audit, personId: params.id }, body)),
  );
  route(app, deps, e.addPersonDiscipline, ({ actor, audit, params, body }) =>
    inTransaction((db) => addDiscipline({ db, actor, audit, personId: params.id }, body)),
  );
  route(app, deps, e.addPersonPartyEvent, ({ actor, audit, params, body }) =>
    inTransaction((db) => addPartyEvent({ db, actor, audit, personId: params.id }, body)),
  );

  const deletions = [
    [e.deletePersonPost, 'posts'],
    [e.deletePersonManagement, 'management'],
    [e.deletePersonTraining, 'training'],
    [e.deletePersonSalaryGrade, 'salary-grades'],
    [e.deletePersonReward, 'rewards'],
    [e.deletePersonDiscipline, 'discipline'],
    [e.deletePersonPartyEvent, 'party-events'],
  ] as const;
  for (const [endpoint, kind] of deletions) {
    route(app, deps, endpoint, ({ actor, audit, params }) =>
      inTransaction((db) => deleteHistoryItem({ db, actor, audit, personId: params.id }, kind, params.itemId)),
    );
  }
}
