import { useApiMutation, useApiQuery } from '../../../platform/web/api-hooks.js';
import { reviewsSettingsEndpoints as e } from '../reviews-settings.contract.js';

/** A unit's review settings: its own overrides, what is in force, the document, the version. */
export function useReviewSettings(unitId: number | undefined) {
  return useApiQuery(e.getReviewSettings, { params: { unitId: unitId ?? 0 } }, { enabled: unitId !== undefined });
}

/** Setting a unit's overrides; refreshes every unit's settings (sub-units inherit them). */
export const useReviewSettingsWrite = () => useApiMutation(e.setReviewSettings, [e.getReviewSettings]);
