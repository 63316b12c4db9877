import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { readUpload, route, uploadRoute } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import { DEFAULT_READ_LIMITS } from '../../../platform/server/spreadsheet/sheet-data.js';
import { SpreadsheetErrors } from '../../../platform/server/spreadsheet/spreadsheet.errors.js';
import { buildUnitsTemplate } from '../import/units-template.js';
import { orgEndpoints as e } from '../org.contract.js';
import {
  commitUnitsImport,
  previewUnitsImport,
  requireImportTarget,
  unitsImportErrorsWorkbook,
  type UnitsImportRequest,
} from './units-import.service.js';

/** The largest upload: the reader's own limits (a CSV may be larger than an .xlsx; the reader checks each). */
const MAX_UPLOAD_BYTES = Math.max(DEFAULT_READ_LIMITS.maxFileBytes, DEFAULT_READ_LIMITS.maxCsvBytes);

/** The policy first (404/403 before a byte of the upload is read), then the file. */
async function importRequest(
  deps: AppDeps,
  actor: AccountActor,
  req: FastifyRequest,
  query: { unitId: number; mapping?: UnitsImportRequest['mapping'] },
): Promise<UnitsImportRequest> {
  await requireImportTarget(deps.db, actor, query.unitId);
  try {
    const file = await readUpload(req);
    return { unitId: query.unitId, mapping: query.mapping, fileName: file.fileName, buffer: file.buffer };
  } catch (error) {
    if (error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE') throw SpreadsheetErrors.IMPORT_FILE_TOO_LARGE();
    throw error;
  }
}

function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}

/** Import of units from .xlsx/.csv: preview (writes nothing), commit (all or nothing), the errors workbook. */
export function registerUnitsImportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const limits = { maxFileBytes: MAX_UPLOAD_BYTES };

  uploadRoute(app, deps, e.previewUnitsImport, limits, async ({ actor, audit, query, req }) =>
    previewUnitsImport(deps.db, actor, await importRequest(deps, actor, req, query), audit.now()),
  );

  uploadRoute(app, deps, e.commitUnitsImport, limits, async ({ actor, audit, query, req }) =>
    commitUnitsImport(deps.db, actor, audit, await importRequest(deps, actor, req, query)),
  );

  uploadRoute(app, deps, e.unitsImportErrors, limits, async ({ actor, audit, query, req, reply }) => {
    const body = await unitsImportErrorsWorkbook(deps.db, actor, await importRequest(deps, actor, req, query), audit.now());
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', attachment('danh-sach-loi-nhap-don-vi.xlsx'))
      .header('cache-control', 'no-store');
    return body;
  });

  let template: Promise<Buffer> | undefined;
  route(app, deps, e.unitsImportTemplate, async ({ reply }) => {
    // The same for everyone: built once per process.
    template ??= buildUnitsTemplate();
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', attachment('mau-nhap-don-vi.xlsx'))
      .header('cache-control', 'no-store');
    return template;
  });
}
