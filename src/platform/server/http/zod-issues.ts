import { z } from 'zod';
import type { ErrorDetail, Locale } from '../../../shared/app-error.js';

const LOCALES = { vi: z.locales.vi().localeError, en: z.locales.en().localeError } as const;

/** Parses `value` with messages in the caller's language; issues come back as field details. */
export function parseWithLocale<S extends z.ZodType>(
  schema: S,
  value: unknown,
  locale: Locale,
  location: string,
): { ok: true; data: z.output<S> } | { ok: false; details: ErrorDetail[] } {
  const result = schema.safeParse(value, { error: LOCALES[locale] });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    details: result.error.issues.map((issue) => ({
      field: [location, ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  };
}
