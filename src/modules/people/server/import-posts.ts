import { sql } from 'kysely';
import { recordAudit, type AuditContext } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { viSearchText } from '../../../shared/vi-sort.js';
import { postRoleFlags } from '../post-title.rules.js';
import { arrayLiteral, UPSERT_CHUNK_SIZE } from './upsert-people.service.js';

/** Posts per insert statement (one array per column), and people per open-post lookup: as the people's. */
const CHUNK = UPSERT_CHUNK_SIZE;

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
  /**
   * People this import has just inserted, each with the version its post gives it already (the
   * importer inserts a row with a "Chức vụ" at version 2): they hold no post to look up, and their
   * version is not moved again.
   */
  readonly fresh?: ReadonlySet<number>;
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
  // A file has few distinct titles: each is folded and read for head/deputy once.
  const searchOf = new Map<string, string>();
  const flagsOf = new Map<string, ReturnType<typeof postRoleFlags>>();
  const flags = (title: string) => {
    let f = flagsOf.get(title);
    if (!f) flagsOf.set(title, (f = postRoleFlags(title)));
    return f;
  };
  input.rows.forEach((row, i) => {
    const title = row.title?.trim();
    const personId = personOf[i];
    if (!title || personId === undefined) return;
    let titleSearch = searchOf.get(title);
    if (titleSearch === undefined) searchOf.set(title, (titleSearch = viSearchText(title)));
    wanted.set(`${personId}:${row.unitId}:${titleSearch}`, { personId, unitId: row.unitId, title, titleSearch });
  });
  if (wanted.size === 0) return 0;

  const fresh = input.fresh ?? new Set<number>();
  const people = [...new Set([...wanted.values()].map((w) => w.personId))].filter((id) => !fresh.has(id));
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
    const chunk = posts.slice(i, i + CHUNK).map((p) => ({ ...p, ...flags(p.title) }));
    // One statement per chunk with an array per column (as upsertPeople): RETURNING in input order.
    const inserted = await sql<{ id: number; person_id: number }>`
      insert into person_posts (person_id, unit_id, title, title_search, is_head, is_deputy, start_date)
      select person_id, unit_id, title, title_search, is_head, is_deputy, ${input.startDate}::date
      from unnest(
        ${arrayLiteral(chunk.map((p) => p.personId))}::text::int8[],
        ${arrayLiteral(chunk.map((p) => p.unitId))}::text::int8[],
        ${arrayLiteral(chunk.map((p) => p.title))}::text::text[],
        ${arrayLiteral(chunk.map((p) => p.titleSearch))}::text::text[],
        ${arrayLiteral(chunk.map((p) => p.isHead))}::text::bool[],
        ${arrayLiteral(chunk.map((p) => p.isDeputy))}::text::bool[]
      ) with ordinality as t (person_id, unit_id, title, title_search, is_head, is_deputy, ord)
      order by ord
      returning id, person_id`
      .execute(trx)
      .then((r) => r.rows.map((row) => ({ id: Number(row.id), person_id: Number(row.person_id) })));
    inserted.forEach((row, k) => {
      const p = chunk[k];
      if (p) created.push({ id: row.id, personId: row.person_id, title: p.title, isHead: p.isHead, isDeputy: p.isDeputy });
    });
    // A new post changes the record: the version moves, as for a post added on the profile.
    const moved = [...new Set(chunk.map((p) => p.personId))].filter((id) => !fresh.has(id));
    if (moved.length > 0) {
      await trx
        .updateTable('people')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: audit.now() }))
        .where('id', 'in', moved)
        .execute();
    }
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
