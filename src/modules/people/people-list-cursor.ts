import { z } from 'zod';
import { IsoDateSchema } from '../../shared/text-schemas.js';

/**
 * The people list's keyset cursor (docs/decisions/008-people-list-at-scale.md): the sort key of the
 * row next to the wanted page and the side the page lies on, as an opaque base64url string. Pages far
 * into a large list are read from an index after that key instead of skipping rows with OFFSET.
 */

export const PERSON_SORTS = ['name', 'dateOfBirth', 'unit'] as const;
export type PersonSort = (typeof PERSON_SORTS)[number];

/** Longest cursor accepted from the query string (the longest real one is about 200 characters). */
export const PEOPLE_CURSOR_MAX_LENGTH = 600;

const Id = z.number().int().positive();
const Text = z.string();

/** The row's key in each order, ending with the person's id so the order is total. */
const KEY_SCHEMAS = {
  name: z.tuple([Text, Id]),
  dateOfBirth: z.tuple([IsoDateSchema, Text, Id]),
  unit: z.tuple([Text, Id, Text, Id]),
} as const;

export type PeopleCursorKey = string | number;

export interface PeopleCursor {
  /** The order the key belongs to: a cursor is meaningless in another. */
  readonly sort: PersonSort;
  /** `after`: the page follows the key (next page); `before`: it precedes it (previous page). */
  readonly side: 'after' | 'before';
  readonly key: readonly PeopleCursorKey[];
}

const WireSchema = z.object({
  s: z.enum(PERSON_SORTS),
  d: z.enum(['after', 'before']),
  k: z.array(z.union([z.string(), z.number()])),
});

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodePeopleCursor(cursor: PeopleCursor): string {
  return toBase64Url(JSON.stringify({ s: cursor.sort, d: cursor.side, k: cursor.key }));
}

/** The cursor, or undefined when the string is not one this server wrote (tampered, truncated). */
export function decodePeopleCursor(value: string): PeopleCursor | undefined {
  try {
    const wire = WireSchema.safeParse(JSON.parse(fromBase64Url(value)));
    if (!wire.success) return undefined;
    const key = KEY_SCHEMAS[wire.data.s].safeParse(wire.data.k);
    return key.success ? { sort: wire.data.s, side: wire.data.d, key: key.data } : undefined;
  } catch {
    return undefined;
  }
}

/** The query-string field: an opaque string in, the decoded cursor out (a bad one is a 400). */
export const PeopleCursorQuerySchema = z
  .string()
  .max(PEOPLE_CURSOR_MAX_LENGTH)
  .transform((value, ctx) => {
    const cursor = decodePeopleCursor(value);
    if (cursor === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Con trỏ trang không hợp lệ / Invalid page cursor' });
      return z.NEVER;
    }
    return cursor;
  });
