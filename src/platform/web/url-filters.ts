/**
 * List filters kept in the URL (`?unitId=12&year=2025&status=open`): reading one parameter safely —
 * anything malformed reads as absent, so a hand-edited or stale link shows the unfiltered list instead
 * of an error — and writing the filters back without the absent ones.
 */

/** A positive whole number (an id, a page), or undefined. */
export function urlPositiveInt(p: URLSearchParams, name: string): number | undefined {
  const n = Number(p.get(name));
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** The year filters of the review and report pages. */
export const URL_YEAR_MIN = 2000;
export const URL_YEAR_MAX = 2100;

/** A year between URL_YEAR_MIN and URL_YEAR_MAX, or undefined. */
export function urlYear(p: URLSearchParams, name = 'year'): number | undefined {
  const n = Number(p.get(name));
  return Number.isSafeInteger(n) && n >= URL_YEAR_MIN && n <= URL_YEAR_MAX ? n : undefined;
}

/** One of `values`, or undefined. */
export function urlOneOf<const V extends string>(p: URLSearchParams, name: string, values: readonly V[]): V | undefined {
  const v = p.get(name);
  return v !== null && (values as readonly string[]).includes(v) ? (v as V) : undefined;
}

/** The search parameters of `filters`, without the undefined ones (numbers written as text). */
export function filterParams(filters: Readonly<Record<string, string | number | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) out[name] = String(value);
  return out;
}

/** `filters` without its undefined entries, typed as optional properties (`exactOptionalPropertyTypes`). */
export function definedOnly<T extends Record<string, unknown>>(filters: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) out[name] = value;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
