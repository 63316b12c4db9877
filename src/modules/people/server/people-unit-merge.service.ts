import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import { viSearchText } from '../../../shared/vi-sort.js';
import { dayBefore, type UnitMergeHook } from '../../org/index.js';
import { postFateOnMerge } from '../unit-merge.rules.js';

/**
 * The people module's merge hook (registered with the org module, run inside the merge's
 * transaction): people placed in the merged unit, and those whose party cell it was, move to the
 * absorbing unit; the unit's open posts end, carry over or move per `postFateOnMerge`. Ended posts stay
 * under the old unit, so a person's history still says where they served. One audit event
 * `people.unit_merge` with the ids touched (no personal data).
 */
export const carryPeopleOnUnitMerge: UnitMergeHook = async (db, audit, event) => {
  const now = audit.now();
  const lastDay = dayBefore(event.effectiveDate);

  const movedPeople = await db
    .updateTable('people')
    .set((eb) => ({ unit_id: event.target.id, version: eb('version', '+', 1), updated_at: now }))
    .where('unit_id', '=', event.unit.id)
    .returning('id')
    .execute();
  const movedCellMembers = await db
    .updateTable('people')
    .set((eb) => ({ party_cell_id: event.target.id, version: eb('version', '+', 1), updated_at: now }))
    .where('party_cell_id', '=', event.unit.id)
    .returning('id')
    .execute();

  const posts = await db
    .selectFrom('person_posts')
    .select(['id', 'person_id', 'title', 'is_head', 'is_deputy', 'start_date'])
    .where('unit_id', '=', event.unit.id)
    .where('end_date', 'is', null)
    .orderBy('id')
    .execute();
  const fates = posts.map((p) => ({
    post: p,
    fate: postFateOnMerge({ startDate: p.start_date, isHead: p.is_head, isDeputy: p.is_deputy }, event.effectiveDate),
  }));
  const ids = (fate: string) => fates.filter((f) => f.fate === fate).map((f) => f.post.id);
  const [moved, ended, carried] = [ids('move'), ids('end'), ids('carry')];

  if (moved.length > 0) {
    await db.updateTable('person_posts').set({ unit_id: event.target.id }).where('id', 'in', moved).execute();
  }
  if (ended.length + carried.length > 0) {
    await db
      .updateTable('person_posts')
      .set({ end_date: lastDay })
      .where('id', 'in', [...ended, ...carried])
      .execute();
  }
  const opened =
    carried.length === 0
      ? []
      : await db
          .insertInto('person_posts')
          .values(
            fates
              .filter((f) => f.fate === 'carry')
              .map(({ post }) => ({
                person_id: post.person_id,
                unit_id: event.target.id,
                title: post.title,
                title_search: viSearchText(post.title),
                is_head: false,
                is_deputy: false,
                start_date: event.effectiveDate,
                document_ref: event.documentRef,
              })),
          )
          .returning('id')
          .execute();
  const postHolders = [...new Set(posts.map((p) => p.person_id))];
  const alreadyBumped = new Set([...movedPeople, ...movedCellMembers].map((r) => r.id));
  const toBump = postHolders.filter((id) => !alreadyBumped.has(id));
  if (toBump.length > 0) {
    await db
      .updateTable('people')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
      .where('id', 'in', toBump)
      .execute();
  }

  const summary = {
    movedPeople: movedPeople.length,
    movedPartyCellMembers: movedCellMembers.length,
    endedPosts: ended.length,
    carriedPosts: carried.length,
    movedPosts: moved.length,
  };
  if (movedPeople.length + movedCellMembers.length + posts.length > 0) {
    await recordAudit(db, audit, {
      action: 'people.unit_merge',
      entityType: 'org_unit',
      entityId: event.unit.id,
      unitId: event.target.id,
      authority: event.authority,
      after: {
        mergedUnitId: event.unit.id,
        targetUnitId: event.target.id,
        effectiveDate: event.effectiveDate,
        ...summary,
        movedPersonIds: movedPeople.map((r) => r.id),
        partyCellMemberIds: movedCellMembers.map((r) => r.id),
        endedPostIds: ended,
        carriedPostIds: carried,
        openedPostIds: opened.map((r) => r.id),
        movedPostIds: moved,
      },
    });
  }
  return summary;
};
