import { sql } from 'kysely';
import type { Db } from '../../../platform/server/db/database.js';
import { OVERRIDE_DEFAULTS, type OrgOverrides } from '../org-overrides.rules.js';

/**
 * The settings a cycle runs under, frozen on it when it opens: the named defaults (`OVERRIDE_DEFAULTS`,
 * each with its regulation in review-constants.ts) overridden by the organizations' recorded overrides
 * (`review_org_settings`) of the cycle's unit and its ancestors — the nearest unit's value wins per key.
 * Overrides are validated and audited when set (org-settings.service.ts); a later change never alters
 * an opened cycle.
 */
export type CycleSettings = Required<Omit<OrgOverrides, 'htxsQuotaException'>> & { readonly wideOpinion: boolean };

export async function effectiveOverrides(db: Db, unitPath: string): Promise<Required<Omit<OrgOverrides, 'htxsQuotaException'>>> {
  const rows = await db
    .selectFrom('review_org_settings as s')
    .innerJoin('org_units as u', 'u.id', 's.unit_id')
    .select(['s.overrides', 'u.path'])
    .where(sql<boolean>`${unitPath} like u.path || '%'`)
    .execute();
  const nearestLast = rows.sort((a, b) => a.path.length - b.path.length);
  return nearestLast.reduce<Required<Omit<OrgOverrides, 'htxsQuotaException'>>>(
    (acc, row) => ({ ...acc, ...(row.overrides as OrgOverrides) }),
    { ...OVERRIDE_DEFAULTS },
  );
}

export async function resolveCycleSettings(
  db: Db,
  unitPath: string,
  chosen: { readonly wideOpinion: boolean },
): Promise<CycleSettings> {
  return { ...(await effectiveOverrides(db, unitPath)), wideOpinion: chosen.wideOpinion };
}

/** A cycle's frozen settings read back, with the named defaults under any key it lacks. */
export function settingsOf(frozen: Record<string, unknown>): CycleSettings {
  return { ...OVERRIDE_DEFAULTS, wideOpinion: false, ...(frozen as Partial<CycleSettings>) };
}
