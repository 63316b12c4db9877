import { z } from 'zod';
import { IdSchema, textLine } from '../../shared/text-schemas.js';

/**
 * An organization's overrides of the review rules — only what the regulation leaves open
 * (org-overrides.rules.ts names every key and refuses the fixed ones by name). Recording them needs the
 * organization's document; every change is audited with the old and new values.
 */
export const SettingsParamsSchema = z.strictObject({ unitId: IdSchema });

export const SetSettingsInputSchema = z.strictObject({
  /** Checked key by key by the rules (unknown or fixed keys are refused naming the key). */
  overrides: z.record(z.string().max(60), z.unknown()),
  decisionRef: textLine(100),
  /** The version last read (0 when the unit had no overrides yet). */
  version: z.number().int().min(0),
});

export const SettingsSchema = z.object({
  unitId: z.number(),
  /** This unit's own overrides. */
  overrides: z.record(z.string(), z.unknown()),
  /** What a cycle opened on this unit today would run under (defaults, ancestors, this unit). */
  effective: z.record(z.string(), z.unknown()),
  decisionRef: z.string().nullable(),
  version: z.number(),
  can: z.object({ manage: z.boolean() }),
});
export type Settings = z.output<typeof SettingsSchema>;
