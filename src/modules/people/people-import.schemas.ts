import { z } from 'zod';
import { IdSchema } from '../../shared/text-schemas.js';

/**
 * Import from a spreadsheet (issue 3 item 5). The file is the multipart body; the target unit and the
 * user's column mapping (JSON `{"C": "dateOfBirth", "D": null}`, by column letter) are query parameters,
 * so the policy is checked before the upload is read.
 */
export const ImportMappingSchema = z.record(
  z.string().regex(/^[A-Za-z]{1,3}$/),
  z
    .string()
    .regex(/^[A-Za-z]{1,40}$/)
    .nullable(),
);

export const ImportPeopleQuerySchema = z.strictObject({
  unitId: IdSchema,
  mapping: z
    .string()
    .max(8000)
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw.trim() === '') return undefined;
      try {
        const parsed = ImportMappingSchema.safeParse(JSON.parse(raw));
        if (parsed.success) return parsed.data;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'mapping: {"<column letter>": "<field>" | null}' });
      return z.NEVER;
    }),
});
export const ImportIssueSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  value: z.string().nullable(),
  reason: z.string(),
});

export const ImportPreviewSchema = z.object({
  fileName: z.string(),
  rowCount: z.number().int(),
  /** The (first) header row, 1-based; null when none was found. */
  headerRow: z.number().int().nullable(),
  columns: z.array(z.object({ letter: z.string(), header: z.string(), field: z.string().nullable(), confidence: z.number() })),
  /** The first data rows as read (cells by column letter). */
  sampleRows: z.array(
    z.object({ row: z.number().int(), cells: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) }),
  ),
  ok: z.boolean(),
  /** The first 200 problems, in the caller's language. */
  issues: z.array(ImportIssueSchema),
  errorCount: z.number().int(),
});
export type ImportPreview = z.output<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({ created: z.number().int(), updated: z.number().int() });
