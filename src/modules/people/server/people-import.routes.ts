import { sql } from 'kysely';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, defineErrors } from '../../../shared/app-error.js';
import { readUpload, route, uploadRoute } from '../../../platform/server/http/bind-endpoint.js';
import type { AppDeps } from '../../../platform/server/http/deps.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { DEFAULT_READ_LIMITS } from '../../../platform/server/spreadsheet/read-workbook.js';
import { ImportErrors } from '../import/import.errors.js';
import type { PersonStatus } from '../people-codes.js';
import { peopleEndpoints as e, peopleImportProgressEndpoint } from '../people.contract.js';
import { ImportProgressStore } from './import-progress.js';
import { contentDisposition } from './people-export.service.js';
import { commitImport } from './commit-import.js';
import { importErrorsWorkbook, previewImport, requireImportUnit, type ImportRequest } from './people-import.service.js';

/** The largest upload: the importer's own limits (a CSV may be larger than an .xlsx; readWorkbook checks each). */
const MAX_UPLOAD_BYTES = Math.max(DEFAULT_READ_LIMITS.maxFileBytes, DEFAULT_READ_LIMITS.maxCsvBytes);

const UploadErrors = defineErrors({
  IMPORT_UPLOAD_INCOMPLETE: {
    status: 400,
    vi: 'Tệp tải lên không trọn vẹn (kết nối bị ngắt hoặc dữ liệu gửi lên bị hỏng); hãy chọn tệp và thử lại',
    en: 'The upload was incomplete (the connection dropped or the form data was malformed); choose the file and try again',
  },
});

/**
 * The upload's bytes. The multipart parser's own refusals (a truncated or malformed body, a client
 * that hung up) are the caller's fault, not the server's: 400 naming the file, never a bare 500.
 */
async function readImportFile(req: FastifyRequest) {
  try {
    return await readUpload(req);
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === 'PAYLOAD_TOO_LARGE') throw ImportErrors.IMPORT_FILE_TOO_LARGE();
      throw error;
    }
    const status = (error as { statusCode?: unknown }).statusCode;
    const code = String((error as { code?: unknown }).code ?? '');
    const message = String((error as { message?: unknown }).message ?? '');
    if (
      (typeof status === 'number' && status >= 400 && status < 500) ||
      /PREMATURE|ECONNRESET|ERR_STREAM/.test(code) ||
      /Unexpected end|terminated early|Malformed/i.test(message)
    ) {
      req.log.warn({ err: error }, 'upload could not be read');
      throw UploadErrors.IMPORT_UPLOAD_INCOMPLETE([{ field: 'file', message: 'Tệp tải lên không trọn vẹn' }]);
    }
    throw error;
  }
}

interface ImportQuery {
  readonly unitId: number;
  readonly mapping?: ImportRequest['mapping'];
  readonly status?: PersonStatus | undefined;
}

/** The policy first (404/403 before a byte of the upload is read), then the file. */
async function importRequest(
  deps: AppDeps,
  actor: AccountActor,
  req: FastifyRequest,
  query: ImportQuery,
): Promise<ImportRequest> {
  await requireImportUnit(deps.db, actor, query.unitId);
  const file = await readImportFile(req);
  return {
    unitId: query.unitId,
    mapping: query.mapping,
    defaultStatus: query.status,
    fileName: file.fileName,
    buffer: file.buffer,
  };
}

/** Import from .xlsx/.csv: preview (writes nothing), commit (all or nothing), the errors workbook, the commit's progress. */
export function registerPeopleImportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const limits = { maxFileBytes: MAX_UPLOAD_BYTES };
  const progress = new ImportProgressStore();

  uploadRoute(app, deps, e.previewPeopleImport, limits, async ({ actor, audit, query, req }) =>
    previewImport(deps.db, actor, await importRequest(deps, actor, req, query), audit.now()),
  );

  uploadRoute(app, deps, e.commitPeopleImport, limits, async ({ actor, audit, query, req }) => {
    const report = progress.reporter(actor.accountId, query.importId);
    try {
      const request = await importRequest(deps, actor, req, query);
      const result = await commitImport(deps.db, actor, audit, request, report);
      await tidyAfterImport(deps);
      report('done', result.created + result.updated, result.created + result.updated);
      return result;
    } catch (error) {
      report('failed');
      throw error;
    }
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

  // Whoever holds the random import id (the browser that started it) reads its progress; no session read.
  route(app, deps, peopleImportProgressEndpoint, async ({ query }) => progress.get(query.importId));
}

/**
 * PGlite has no autovacuum: after a bulk write the trigram index's pending list and an unset visibility
 * map slow every later search (ADR 008: a 6-digit fragment took 30 ms instead of 6). Vacuum the two
 * tables an import writes. On a PostgreSQL server autovacuum does this.
 */
async function tidyAfterImport(deps: AppDeps): Promise<void> {
  if (deps.dbKind !== 'pglite') return;
  await sql`vacuum (analyze) people, person_posts`.execute(deps.db);
}
