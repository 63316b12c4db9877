import type { FastifyInstance } from 'fastify';
import { route } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { localToday } from '../age-band.rules.js';
import { renderForm2c } from '../form-2c/render-form-2c.js';
import { buildPeopleTemplate } from '../import/template-workbook.js';
import { peopleEndpoints as e } from '../people.contract.js';
import { contentDisposition, exportPeople } from './people-export.service.js';
import { getPersonDetail } from './person.service.js';
import { personToForm2c } from './person-to-form-2c.js';

/**
 * Downloads: the filtered list as .xlsx/.csv, the 2C form as PDF, the blank import template. Reads:
 * not audited, nothing personal logged.
 */
export function registerPeopleFileRoutes(app: FastifyInstance, deps: AppDeps): void {
  route(app, deps, e.exportPeople, async ({ actor, audit, query, reply }) => {
    const file = await exportPeople(deps.db, actor, query, audit.now());
    reply
      .header('content-type', file.contentType)
      .header('content-disposition', contentDisposition(file.filename))
      .header('cache-control', 'no-store');
    return file.body;
  });

  route(app, deps, e.getPersonForm2c, async ({ actor, audit, params, query, reply }) => {
    const detail = await getPersonDetail(deps.db, actor, params.id);
    const pdf = await renderForm2c(personToForm2c(detail, localToday(audit.now())), { variant: query.variant });
    reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', contentDisposition(`so-yeu-ly-lich-2c-${detail.id}.pdf`, 'inline'))
      .header('cache-control', 'no-store');
    return pdf;
  });

  let template: Promise<Buffer> | undefined;
  route(app, deps, e.peopleImportTemplate, async ({ reply }) => {
    // The same for everyone and every day: built once per process.
    template ??= buildPeopleTemplate();
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', contentDisposition('mau-nhap-danh-sach-can-bo.xlsx'))
      .header('cache-control', 'no-store');
    return template;
  });
}
