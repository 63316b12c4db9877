import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { viSearchText } from '../../../shared/vi-sort.js';
import { postRoleFlags } from '../post-title.rules.js';

/** Rows per statement (7 parameters a row: far under PostgreSQL's 65,535). */
const CHUNK = 2000;

export interface ImportedPostRow {
  readonly idNumber: string | null;
  readonly unitId: number;
  /** "Chức vụ" as written; null or blank: no post. */
  readonly title: string | null;
}

export interface OpenImportedPosts {
  /** The imported rows, in the order given to upsertPeople. */
  readonly rows: readonly ImportedPostRow[];
  /** upsertPeople's ids: distinct ID numbers in order of first appearance, then rows without one. */
  readonly ids: readonly number[];
  /** The posts' start date (the import date). */
  readonly startDate: string;
  readonly authority: string | null;
  readonly unitId: number;
}

/**
 * The "Chức vụ" of an import as current posts (person_posts, as a post added on the profile): one per
 * person with a title, in the row's unit, head or deputy read from the title (post-title.rules.ts),
 * starting on the import date — unless the person already holds an open post with the same title
 * (compared without diacritics or case) in that unit, so re-importing a file adds nothing. One audit
 * event for the lot (counts and the first posts), like the upsert's. Returns the posts created.
 */
export async function openImportedPosts(trx: Db, audit: AuditContext, input: OpenImportedPosts): Promise<number> {
  const personOf = personIds(input.rows, input.ids);
  const wanted = new Map<string, { personId: number; unitId: number; title: string; titleSearch: string }>();
  input.rows.forEach((row, i) => {
    const title = row.title?.trim();
    const personId = personOf[i];
    if (!title || personId === undefined) return;
    const titleSearch = viSearchText(title);
    wanted.set(`${personId}:${row.unitId}:${titleSearch}`, { personId, unitId: row.unitId, title, titleSearch });
  });
  if (wanted.size === 0) return 0;

  const people = [...new Set([...wanted.values()].map((w) => w.personId))];
  for (let i = 0; i < people.length; i += CHUNK) {
    const open = await trx
      .selectFrom('person_posts')
      .select(['person_id', 'unit_id', 'title_search'])
      .where('person_id', 'in', people.slice(i, i + CHUNK))
      .where('end_date', 'is', null)
      .execute();
    for (const p of open) wanted.delete(`${p.person_id}:${p.unit_id}:${p.title_search}`);
  }
  const posts = [...wanted.values()];
  const created: { id: number; personId: number; title: string; isHead: boolean; isDeputy: boolean }[] = [];
  for (let i = 0; i < posts.length; i += CHUNK) {
    const chunk = posts.slice(i, i + CHUNK).map((p) => ({ ...p, ...postRoleFlags(p.title) }));
    const inserted = await trx
      .insertInto('person_posts')
      .values(
        chunk.map((p) => ({
          person_id: p.personId,
          unit_id: p.unitId,
          title: p.title,
          title_search: p.titleSearch,
          is_head: p.isHead,
          is_deputy: p.isDeputy,
          start_date: input.startDate,
        })),
      )
      .returning(['id', 'person_id'])
      .execute();
    inserted.forEach((row, k) => {
      const p = chunk[k];
      if (p) created.push({ id: row.id, personId: row.person_id, title: p.title, isHead: p.isHead, isDeputy: p.isDeputy });
    });
    // A new post changes the record: the version moves, as for a post added on the profile.
    await trx
      .updateTable('people')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: audit.now() }))
      .where('id', 'in', [...new Set(chunk.map((p) => p.personId))])
      .execute();
  }
  if (created.length > 0) {
    await recordAudit(trx, audit, {
      action: 'people.post.import',
      entityType: 'person',
      entityId: null,
      unitId: input.unitId,
      authority: input.authority,
      after: { created: created.length, startDate: input.startDate, posts: created.slice(0, 50) },
    });
  }
  return created.length;
}

/** Each row's person id, from upsertPeople's ids (see OpenImportedPosts.ids). */
function personIds(rows: readonly ImportedPostRow[], ids: readonly number[]): (number | undefined)[] {
  const byIdNumber = new Map<string, number>();
  for (const r of rows) if (r.idNumber && !byIdNumber.has(r.idNumber)) byIdNumber.set(r.idNumber, byIdNumber.size);
  let withoutId = byIdNumber.size;
  return rows.map((r) => (r.idNumber ? ids[byIdNumber.get(r.idNumber) as number] : ids[withoutId++]));
}
