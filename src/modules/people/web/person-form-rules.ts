import type { FormRule as Rule } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import vi from 'zod/v4/locales/vi.js';
import { PersonInputSchema } from '../person.schemas.js';

const LOCALES = { vi: vi().localeError, en: en().localeError } as const;
type Field = keyof typeof PersonInputSchema.shape;

/**
 * An antd rule that checks a field with the very schema the server uses (PersonInputSchema), with
 * zod's messages in the user's language; the server's own refusal still lands on the field after.
 */
export function schemaRule(schema: z.ZodType, locale: 'vi' | 'en', toWire: (v: unknown) => unknown = (v) => v): Rule {
  return {
    validator: async (_, value: unknown) => {
      const wire = toWire(value);
      if (wire === undefined || wire === null) return;
      const result = schema.safeParse(wire, { error: LOCALES[locale] });
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '');
    },
  };
}

export function fieldRule(field: Field, locale: 'vi' | 'en', toWire?: (v: unknown) => unknown): Rule {
  return schemaRule(PersonInputSchema.shape[field], locale, toWire);
}

/** Empty inputs travel as null (clears the field); text is sent as typed (the server normalizes). */
export const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export function fromIsoDate(iso: string | null | undefined): Dayjs | undefined {
  return iso ? dayjs(iso) : undefined;
}

/** A date picker's value as the wire sees it, for `fieldRule`. */
export const dateToWire = (v: unknown) => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : blankToNull(v));
