import { z } from 'zod';
import { IdSchema } from '../../shared/text-schemas.js';

/**
 * Import of units (the organization tree) from a spreadsheet. The file is the multipart body; the unit
 * the import is for (rows without a parent go directly under it; the caller must be able to change it)
 * and the user's column mapping (JSON `{"C": "kind", "D": null}`, by column letter) are query
 * parameters, so the policy is checked before the upload is read.
 */
export const UNIT_IMPORT_FIELDS = ['stt', 'code', 'name', 'shortName', 'kind', 'track', 'parent', 'validFrom'] as const;
export type UnitImportField = (typeof UNIT_IMPORT_FIELDS)[number];

export const UnitsImportMappingSchema = z.record(z.string().regex(/^[A-Za-z]{1,3}$/), z.enum(UNIT_IMPORT_FIELDS).nullable());

export const ImportUnitsQuerySchema = z.strictObject({
  unitId: IdSchema,
  mapping: z
    .string()
    .max(4000)
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return undefined;
      try {
        const parsed = UnitsImportMappingSchema.safeParse(JSON.parse(raw));
        if (parsed.success) return parsed.data;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: `mapping: {"<column letter>": ${UNIT_IMPORT_FIELDS.join(' | ')} | null}` });
      return z.NEVER;
    }),
});

export const UnitsImportIssueSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  value: z.string().nullable(),
  reason: z.string(),
});

export const UnitsImportPreviewSchema = z.object({
  fileName: z.string(),
  rowCount: z.number().int(),
  /** The (first) header row, 1-based; null when none was found. */
  headerRow: z.number().int().nullable(),
  columns: z.array(
    z.object({ letter: z.string(), header: z.string(), field: z.enum(UNIT_IMPORT_FIELDS).nullable(), confidence: z.number() }),
  ),
  /** The first data rows as read (cells by column letter). */
  sampleRows: z.array(
    z.object({ row: z.number().int(), cells: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) }),
  ),
  /** What a commit would do (zero when the file has problems). */
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  ok: z.boolean(),
  /** The first 200 problems, in the caller's language. */
  issues: z.array(UnitsImportIssueSchema),
  errorCount: z.number().int(),
});
export type UnitsImportPreview = z.output<typeof UnitsImportPreviewSchema>;

export const UnitsImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type UnitsImportResult = z.output<typeof UnitsImportResultSchema>;
