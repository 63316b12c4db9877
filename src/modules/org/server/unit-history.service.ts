import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { UnitEventKindSchema, UnitStatusSchema, type UnitEvent } from '../org.contract.js';
import { requireReadableUnit } from './org-access.js';
import { listPredecessorIds } from './unit.queries.js';

/**
 * A unit's history, newest first: its own events and those of every unit merged into it (directly
 * or through earlier merges), so the story of an old province continues under the new one.
 */
export async function getUnitHistory(db: Db, actor: AccountActor, id: number): Promise<{ items: UnitEvent[] }> {
  const unit = await requireReadableUnit(db, actor, id);
  const unitIds = [unit.id, ...(await listPredecessorIds(db, unit.id))];
  const rows = await db
    .selectFrom('org_unit_events as e')
    .leftJoin('org_units as r', 'r.id', 'e.related_unit_id')
    .select([
      'e.id',
      'e.unit_id',
      'e.kind',
      'e.effective_date',
      'e.document_ref',
      'e.note',
      'e.before',
      'e.after',
      'e.at',
      'e.actor_label',
      'r.id as related_id',
      'r.name as related_name',
      'r.code as related_code',
      'r.status as related_status',
    ])
    .where('e.unit_id', 'in', unitIds)
    .orderBy('e.at', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      kind: UnitEventKindSchema.parse(r.kind),
      effectiveDate: r.effective_date,
      documentRef: r.document_ref,
      note: r.note,
      relatedUnit:
        r.related_id === null || r.related_name === null || r.related_code === null
          ? null
          : { id: r.related_id, name: r.related_name, code: r.related_code, status: UnitStatusSchema.parse(r.related_status) },
      before: r.before,
      after: r.after,
      at: r.at.toISOString(),
      actorLabel: r.actor_label,
    })),
  };
}
