import { z } from 'zod';
import { cleanText, hasControlChars } from './vi-text.js';

/**
 * A line of human text: NFC-normalised, trimmed, no control characters, bounded length.
 * Every name field in every contract uses this, so non-NFC Vietnamese is stored as NFC.
 */
export function textLine(max: number, min = 1) {
  return z
    .string()
    .refine((v) => !hasControlChars(v), { message: 'Không được chứa ký tự điều khiển' })
    .transform(cleanText)
    .pipe(z.string().min(min).max(max));
}

export function optionalTextLine(max: number) {
  return textLine(max, 0)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
}

/** A calendar date on the wire: ISO `YYYY-MM-DD` (ADR 003). */
export const IsoDateSchema = z.iso.date();
/** An instant on the wire: ISO 8601 with offset (ADR 003). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

export const IdSchema = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 53 - 1);
export const IdParamsSchema = z.strictObject({ id: IdSchema });
