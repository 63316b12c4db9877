/**
 * The parts of Merit the benchmark measures: the import (read the file, find the header, validate
 * the rows, upsert them all in one transaction) and the people list query behind GET /api/people.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { listPeople } from '../src/modules/people/index.js';
import { ListPeopleQuerySchema } from '../src/modules/people/people.contract.js';
import { commitImport, type CommitTimings } from '../src/modules/people/server/commit-import.js';
import { AppError } from '../src/shared/app-error.js';
import { systemAuditContext } from '../src/platform/server/audit/audit-log.js';
import type { AccountActor } from '../src/platform/server/auth/actor.js';
import type { Db } from '../src/platform/server/db/database.js';

export interface MeritImportResult {
  readonly ok: boolean;
  readonly written: number;
  readonly postsCreated: number;
  /** Milliseconds: see CommitTimings (validate and waitWrite are parts of pipeline). */
  readonly phases: CommitTimings;
  readonly errors: readonly string[];
}

/**
 * Merit's import path, exactly as the commit endpoint runs it (`commitImport`, after the upload):
 * read the file, then validate chunk by chunk while the previous chunk is written, units resolved by
 * code or name against the actor's writable units, the "Chức vụ" posts and the audit events, all in
 * one transaction. The actor is an organizer of the province root, the chosen unit the root.
 */
export async function meritImport(
  db: Db,
  file: string,
  actor: AccountActor,
  unitId: number,
  maxRows: number,
): Promise<MeritImportResult> {
  const buf = await readFile(file);
  const phases: CommitTimings = { read: 0, validate: 0, waitWrite: 0, pipeline: 0, finish: 0 };
  try {
    const result = await commitImport(
      db,
      actor,
      systemAuditContext('bench'),
      { unitId, fileName: basename(file), buffer: buf },
      undefined,
      // The upload limits (40 MB of CSV, 300,000 rows) are lifted: the bench measures throughput at 500k.
      { limits: { maxFileBytes: buf.length + 1, maxCsvBytes: buf.length + 1, maxRows: maxRows + 100 }, timings: phases },
    );
    return { ok: true, written: result.created + result.updated, postsCreated: result.postsCreated, phases, errors: [] };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const errors = [error.message, ...error.details.slice(0, 5).map((d) => d.message)];
    return { ok: false, written: 0, postsCreated: 0, phases, errors };
  }
}

/** An organizer granted the province root: sees everyone, as the provincial organization board does. */
export function benchActor(rootId: number, rootPath: string): AccountActor {
  return {
    kind: 'account',
    accountId: 0,
    username: 'bench',
    displayName: 'Bench',
    grants: [{ grantId: 0, role: 'organizer', unitId: rootId, unitPath: rootPath, managementBodyId: null }],
    sessionId: 'bench',
    csrfToken: 'bench',
    stage: 'ready',
    mfaEnabled: true,
    locale: 'vi',
  };
}

/** One call of the list query, with the query string as the route would receive it. */
export function meritList(db: Db, actor: AccountActor, query: Record<string, string | number | undefined>): Promise<unknown> {
  return listPeople(db, actor, ListPeopleQuerySchema.parse(query));
}
