import { createHash } from 'node:crypto';
import { AppError, type Locale } from '../../../shared/app-error.js';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import type { ReadLimits } from '../../../platform/server/spreadsheet/read-workbook.js';
import { localToday } from '../age-band.rules.js';
import { readPeopleFile, validationError } from '../import/import-people-file.js';
import {
  fileLevelIssues,
  headerOnlyIssue,
  issuesToErrorDetails,
  validateRowChunks,
  type ImportIssue,
  type ValidatedChunk,
} from '../import/validate-rows.js';
import { peopleAuthority } from '../people.policy.js';
import type { PersonInputParsed } from '../person.schemas.js';
import type { ProgressReporter } from './import-progress.js';
import { openImportedPosts, type ImportedPostRow } from './import-posts.js';
import { importUnitResolver } from './import-units.js';
import { checkMapping, requireImportUnit, rowAndUnitIssues, type ImportRequest } from './people-import.service.js';
import { peopleWriter, UPSERT_CHUNK_SIZE } from './upsert-people.service.js';

export interface CommitOptions {
  /** Sheet rows validated, then written, per chunk (tests use a small one); default UPSERT_CHUNK_SIZE. */
  readonly chunkRows?: number;
  /** The file's read limits (the bench lifts the upload limits); default the importer's. */
  readonly limits?: Partial<ReadLimits>;
  /** Filled in with where the time went, in ms (the bench reads it). */
  readonly timings?: CommitTimings;
}

export interface CommitTimings {
  /** Reading the file and finding the header (before the transaction). */
  read: number;
  /** Validating the rows (Node), chunk by chunk: overlaps the server's writing. */
  validate: number;
  /** Node waiting for the server to finish a chunk's statement. */
  waitWrite: number;
  /** From the first chunk to the last row written (validate + write overlapped). */
  pipeline: number;
  /** The posts from "Chức vụ" and the audit events (not the COMMIT itself). */
  finish: number;
}

const noProgress: ProgressReporter = () => undefined;

/**
 * All or nothing: reads the file (outside the transaction), then in one transaction validates it
 * chunk by chunk and hands each validated chunk to the write while the next chunk validates (Node
 * validates while the PostgreSQL server writes: two cores; on PGlite, one thread, it is simply
 * sequential). Once a chunk has a problem nothing more is written, but every later chunk is still
 * validated, so the 422 names every problem of the file (row and column), as before; then the
 * transaction rolls back what earlier chunks wrote. The same checks as a whole-file validation: the
 * ID numbers are checked for repeats across chunks, each row's unit is resolved against the
 * caller's writable units (loaded once). A clean file ends with a current post for each row with a
 * "Chức vụ" (unless the person already holds that title in that unit) and one `people.import` audit
 * event (counts, file name, sha256 of the file — no personal data). `progress` hears each phase.
 */
export async function commitImport(
  db: Db,
  actor: AccountActor,
  audit: AuditContext,
  req: ImportRequest,
  progress: ProgressReporter = noProgress,
  options: CommitOptions = {},
): Promise<{ created: number; updated: number; postsCreated: number }> {
  const timings = options.timings;
  let t = performance.now();
  const lap = () => -t + (t = performance.now());
  progress('reading');
  const chosen = await requireImportUnit(db, actor, req.unitId);
  const mapping = checkMapping(req.mapping);
  const { sheet, detection } = await readPeopleFile(req.buffer, req.fileName, {
    ...(mapping ? { mapping } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const today = localToday(audit.now());
  const validateOptions = {
    ...(req.defaultStatus ? { defaultStatus: req.defaultStatus } : {}),
    defaultUnitRef: chosen.code,
    today,
  };
  const fileErrors = fileLevelIssues(sheet.rows, detection, validateOptions);
  if (fileErrors || !detection) throw rejection(fileErrors ?? [], actor.locale);
  const sha256 = createHash('sha256').update(req.buffer).digest('hex');
  const total = Math.max(0, sheet.rows.length - detection.dataStart);
  if (timings) timings.read = lap();
  progress('checking', 0, total);

  return db.transaction().execute(async (trx) => {
    const unit = await requireImportUnit(trx, actor, req.unitId);
    const resolve = await importUnitResolver(trx, actor, detection);
    const writer = peopleWriter(trx, audit);
    const errors: ImportIssue[] = [];
    const unitProblems: ImportIssue[] = [];
    const posts: ImportedPostRow[] = [];
    const paths = new Set<string>();
    let validating = 0;
    let waiting = 0;
    const chunks = validateRowChunks(sheet.rows, detection, validateOptions, options.chunkRows ?? UPSERT_CHUNK_SIZE);
    // Each `next()` validates a chunk, synchronously, while the server writes the chunk sent before it.
    for (let s = performance.now(), it = chunks.next(); !it.done; s = performance.now(), it = chunks.next()) {
      validating += performance.now() - s;
      const chunk: ValidatedChunk = it.value;
      for (const e of chunk.errors) errors.push(e);
      // After a row problem the units are checked from the cells at the end (rowAndUnitIssues).
      const resolved = errors.length === 0 ? resolve(chunk.rows) : null;
      if (resolved) for (const e of resolved.issues) unitProblems.push(e);
      if (!resolved || errors.length > 0 || unitProblems.length > 0) {
        progress('checking', chunk.scanned, total);
        continue;
      }
      for (const p of resolved.paths) paths.add(p);
      // A row inserted with a post starts at version 2, as if the post had been added after it (import-posts.ts).
      const versions = chunk.rows.map((r) => (r.position?.trim() ? 2 : 1));
      const rows: PersonInputParsed[] = chunk.rows.map((r) => {
        const unitId = resolved.unitOf.get(r.rowNumber) as number;
        posts.push({ idNumber: r.person.idNumber ?? null, unitId, title: r.position });
        return { ...r.person, unitId, partyCellId: null };
      });
      const w = performance.now();
      await writer.send(rows, versions);
      waiting += performance.now() - w;
      progress('writing', chunk.scanned, total);
    }
    if (timings) Object.assign(timings, { validate: validating, waitWrite: waiting, pipeline: lap() });

    if (errors.length > 0 || unitProblems.length > 0 || posts.length === 0) {
      await writer.abandon(); // the transaction rolls back what earlier chunks wrote
      const issues =
        errors.length > 0
          ? rowAndUnitIssues({ sheet, detection }, chosen, errors, resolve)
          : unitProblems.length > 0
            ? unitProblems
            : [headerOnlyIssue()];
      throw rejection(issues, actor.locale);
    }
    const authority = peopleAuthority(actor, [...paths]);
    const { created, updated, ids, fresh } = await writer.finish({ authority, unitId: unit.id });
    const postsCreated = await openImportedPosts(trx, audit, {
      rows: posts,
      ids: upsertOrder(posts, ids),
      fresh,
      startDate: today,
      authority,
      unitId: unit.id,
    });
    await recordAudit(trx, audit, {
      action: 'people.import',
      entityType: 'person',
      entityId: null,
      unitId: unit.id,
      authority,
      after: { fileName: req.fileName, sha256, rows: posts.length, created, updated, postsCreated },
    });
    if (timings) timings.finish = lap();
    return { created, updated, postsCreated };
  });
}

/**
 * The writer's ids (one per row, in row order: the validated rows have distinct ID numbers) in
 * upsertPeople's order, which openImportedPosts reads: rows with an ID number, then rows without.
 */
function upsertOrder(rows: readonly ImportedPostRow[], ids: readonly number[]): number[] {
  const withId: number[] = [];
  const withoutId: number[] = [];
  rows.forEach((r, i) => (r.idNumber ? withId : withoutId).push(ids[i] as number));
  return [...withId, ...withoutId];
}

/** The 422 for the file's problems; validationError's details are Vietnamese, an English caller gets English reasons. */
function rejection(issues: readonly ImportIssue[], locale: Locale): AppError {
  const error = validationError({ ok: false, errors: issues });
  if (locale === 'vi') return error;
  return new AppError(error.code, { status: error.status, ...error.messages }, issuesToErrorDetails(issues, locale));
}
