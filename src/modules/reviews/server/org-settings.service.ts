import type { z } from 'zod';
import { CommonErrors } from '../../../shared/app-error.js';
import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { recordAudit } from '../../../platform/server/audit/audit-log.js';
import type { Db } from '../../../platform/server/db/database.js';
import { validateOrgOverrides } from '../org-overrides.rules.js';
import { PARTY_QD366 } from '../party-qd366.rule-set.js';
import { ReviewsErrors } from '../reviews.errors.js';
import { cycleAccess, reviewsAuthority } from '../reviews.policy.js';
import type { SetSettingsInputSchema, Settings } from '../reviews-settings.schemas.js';
import type { ReviewsWrite } from './cycle.service.js';
import { effectiveOverrides } from './cycle-settings.js';

/**
 * Reading and setting an organization's overrides. Any role over the unit reads them; administrators and
 * organizers over it set them. A quota exception is not an organization setting: it is recorded per
 * cycle and group of duties with the competent level's decision.
 */
async function unitOf(db: Db, actor: AccountActor, unitId: number, need: 'read' | 'manage') {
  const unit = await db.selectFrom('org_units').select(['id', 'path']).where('id', '=', unitId).executeTakeFirst();
  const access = unit ? cycleAccess(actor, unit.path) : 'none';
  if (!unit || access === 'none') throw CommonErrors.NOT_FOUND();
  if (need === 'manage' && access !== 'manage') throw CommonErrors.FORBIDDEN();
  return { ...unit, manage: access === 'manage' };
}

export async function getSettings(db: Db, actor: AccountActor, unitId: number): Promise<Settings> {
  const unit = await unitOf(db, actor, unitId, 'read');
  const own = await db.selectFrom('review_org_settings').selectAll().where('unit_id', '=', unit.id).executeTakeFirst();
  return {
    unitId: unit.id,
    overrides: (own?.overrides as Record<string, unknown> | undefined) ?? {},
    effective: await effectiveOverrides(db, unit.path),
    decisionRef: own?.decision_ref ?? null,
    version: own?.version ?? 0,
    can: { manage: unit.manage },
  };
}

export async function setSettings(
  w: ReviewsWrite,
  unitId: number,
  input: z.output<typeof SetSettingsInputSchema>,
): Promise<Settings> {
  const unit = await unitOf(w.db, w.actor, unitId, 'manage');
  if ('htxsQuotaException' in input.overrides) {
    throw CommonErrors.VALIDATION_FAILED([
      {
        field: 'overrides.htxsQuotaException',
        message: 'Ngoại lệ tỷ lệ HTXS được ghi theo từng kỳ đánh giá và nhóm chức trách, kèm quyết định',
      },
    ]);
  }
  const checked = validateOrgOverrides(input.overrides, PARTY_QD366);
  if (!checked.ok) {
    throw CommonErrors.VALIDATION_FAILED(checked.problems.map((p) => ({ field: `overrides.${p.field}`, message: p.message })));
  }
  const own = await w.db
    .selectFrom('review_org_settings')
    .selectAll()
    .where('unit_id', '=', unit.id)
    .forUpdate()
    .executeTakeFirst();
  if ((own?.version ?? 0) !== input.version) {
    throw ReviewsErrors.SETTINGS_VERSION_CONFLICT([{ field: 'version', message: `Phiên bản hiện tại: ${own?.version ?? 0}` }]);
  }
  const overrides = JSON.stringify(checked.value);
  if (own) {
    await w.db
      .updateTable('review_org_settings')
      .set({ overrides, decision_ref: input.decisionRef, version: own.version + 1, updated_at: w.audit.now() })
      .where('unit_id', '=', unit.id)
      .execute();
  } else {
    await w.db
      .insertInto('review_org_settings')
      .values({ unit_id: unit.id, overrides, decision_ref: input.decisionRef })
      .execute();
  }
  await recordAudit(w.db, w.audit, {
    action: 'reviews.settings.set',
    entityType: 'review_org_settings',
    entityId: unit.id,
    unitId: unit.id,
    authority: reviewsAuthority(w.actor, unit.path),
    before: own ? { overrides: own.overrides, decisionRef: own.decision_ref } : null,
    after: { overrides: checked.value, decisionRef: input.decisionRef },
  });
  return getSettings(w.db, w.actor, unit.id);
}
