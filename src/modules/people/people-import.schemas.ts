import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { IdSchema } from '../../shared/text-schemas.js';
import { PERSON_STATUS_CODES } from './people-codes.js';

/**
 * Import from a spreadsheet (issue 3 item 5). The file is the multipart body; the target unit, the
 * user's column mapping (JSON `{"C": "dateOfBirth", "D": null}`, by column letter), the default
 * "Đối tượng" for rows without one and the client's import id (for the progress endpoint) are query
 * parameters, so the policy is checked before the upload is read.
 */
export const ImportMappingSchema = z.record(
  z.string().regex(/^[A-Za-z]{1,3}$/),
  z
    .string()
    .regex(/^[A-Za-z]{1,40}$/)
    .nullable(),
);

/** A random id the browser picks per upload, to poll that upload's progress. */
/** A random id the browser picks for one import (at least 20 characters: it is the key to its progress). */
export const ImportIdSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/);

export const ImportPeopleQuerySchema = z.strictObject({
  unitId: IdSchema,
  /** "Đối tượng" for rows whose file has no such column or a blank cell. */
  status: z.enum(PERSON_STATUS_CODES).optional(),
  importId: ImportIdSchema.optional(),
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
  /** Rows with a "Chức vụ": each becomes a current post in the row's unit (unless already held). */
  postCount: z.number().int(),
  /** The start date of those posts: the import date (YYYY-MM-DD). */
  postsStartDate: z.string(),
});
export type ImportPreview = z.output<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** Posts opened from the "Chức vụ" column (re-importing the same title in the same unit opens none). */
  postsCreated: z.number().int(),
});

export const IMPORT_PHASES = ['waiting', 'reading', 'checking', 'writing', 'done', 'failed'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** Where an upload's commit stands (server side; the upload itself is measured by the browser). */
export const ImportProgressSchema = z.object({
  importId: z.string(),
  /** `waiting`: nothing known yet (the upload has not arrived, or the id is someone else's). */
  phase: z.enum(IMPORT_PHASES),
  /** Rows done in this phase, of `total` (0 of 0 when unknown). */
  done: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.output<typeof ImportProgressSchema>;
export const ImportProgressQuerySchema = z.strictObject({ importId: ImportIdSchema });

/**
 * The import's progress endpoint. It lives beside its schemas rather than in people.contract.ts
 * (which re-exports this file), so the import's contract stays in one place.
 */
export const peopleImportProgressEndpoint = defineEndpoint({
  name: 'getPeopleImportProgress',
  method: 'GET',
  path: '/api/imports/people/progress',
  tag: 'people',
  access: 'public',
  stateless: true,
  summary:
    'Tiến độ nhập tệp (đọc tệp / kiểm tra / ghi) theo mã ngẫu nhiên của lần nhập; trả lời cả khi cơ sở dữ liệu đang bận ghi',
  query: ImportProgressQuerySchema,
  response: ImportProgressSchema,
});
