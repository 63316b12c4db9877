import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../../shared/app-error.js';
import { readUpload, uploadRoute } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { ImportErrors } from '../import/import.errors.js';
import { DEFAULT_READ_LIMITS } from '../import/read-workbook.js';
import { peopleEndpoints as e } from '../people.contract.js';
import { contentDisposition } from './people-export.service.js';
import {
  commitImport,
  importErrorsWorkbook,
  previewImport,
  requireImportUnit,
  type ImportRequest,
} from './people-import.service.js';

/** The largest upload: the importer's own limits (a CSV may be larger than an .xlsx; readWorkbook checks each). */
const MAX_UPLOAD_BYTES = Math.max(DEFAULT_READ_LIMITS.maxFileBytes, DEFAULT_READ_LIMITS.maxCsvBytes);

/** The policy first (404/403 before a byte of the upload is read), then the file. */
async function importRequest(
  deps: AppDeps,
  actor: AccountActor,
  req: FastifyRequest,
  query: { unitId: number; mapping?: ImportRequest['mapping'] },
): Promise<ImportRequest> {
  await requireImportUnit(deps.db, actor, query.unitId);
  try {
    const file = await readUpload(req);
    return { unitId: query.unitId, mapping: query.mapping, fileName: file.fileName, buffer: file.buffer };
  } catch (error) {
    if (error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE') throw ImportErrors.IMPORT_FILE_TOO_LARGE();
    throw error;
  }
}

/** Import from .xlsx/.csv: preview (writes nothing), commit (all or nothing), the errors workbook. */
export function registerPeopleImportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const limits = { maxFileBytes: MAX_UPLOAD_BYTES };

  uploadRoute(app, deps, e.previewPeopleImport, limits, async ({ actor, audit, query, req }) =>
    previewImport(deps.db, actor, await importRequest(deps, actor, req, query), audit.now()),
  );

  uploadRoute(app, deps, e.commitPeopleImport, limits, async ({ actor, audit, query, req }) => {
    const request = await importRequest(deps, actor, req, query);
    return commitImport(deps.db, actor, audit, request);
  });

  uploadRoute(app, deps, e.peopleImportErrors, limits, async ({ actor, audit, query, req, reply }) => {
    const request = await importRequest(deps, actor, req, query);
    const body = await importErrorsWorkbook(deps.db, actor, request, audit.now());
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', contentDisposition('danh-sach-loi-nhap.xlsx'))
      .header('cache-control', 'no-store');
    return body;
  });
}
