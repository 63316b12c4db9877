/** Before/after of an audit event, compared field by field. */
export interface FieldChange {
  key: string;
  before: unknown;
  after: unknown;
}

/** Nested objects become dotted keys (`parent.name`); arrays and scalars are leaves. */
function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out.set(prefix, value);
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix || value !== null) {
    out.set(prefix || '∗', value);
  }
  return out;
}

/** The fields that differ between before and after, in the order they first appear. */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  // Absent and null read the same ("—"), so a null that stayed absent is no change.
  const same = (key: string) => JSON.stringify(a.get(key) ?? null) === JSON.stringify(b.get(key) ?? null);
  return keys.filter((key) => !same(key)).map((key) => ({ key, before: a.get(key), after: b.get(key) }));
}
