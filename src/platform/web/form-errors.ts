import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from './api-client.js';

type NamePath = (string | number)[];

/** `body.rows.2.name` → `['rows', 2, 'name']`. */
export function fieldPath(field: string): NamePath {
  return field
    .replace(/^(body|query|params)\./, '')
    .split('.')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function hasPath(values: unknown, path: NamePath): boolean {
  let cur: unknown = values;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !(String(key) in cur)) return false;
    cur = (cur as Record<string, unknown>)[String(key)];
  }
  return true;
}

/**
 * Puts each API error detail under the form field it names. Returns what is left to show above the
 * form: the error with only the details no field could show, or null when every detail found its
 * field (the fields then say it all, and an alert would repeat them).
 */
export function applyApiError(form: FormInstance, error: unknown, rename: Record<string, string> = {}): unknown {
  if (!(error instanceof ApiError) || error.details.length === 0) return error;
  const registered: unknown = form.getFieldsValue();
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const rest = [];
  for (const d of error.details) {
    const raw = d.field ? fieldPath(d.field) : null;
    const name = raw && rename[raw.join('.')] ? fieldPath(rename[raw.join('.')] ?? '') : raw;
    if (name && name.length > 0 && hasPath(registered, name)) {
      const key = name.join('.');
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(d.message);
      byField.set(key, entry);
    } else rest.push(d);
  }
  form.setFields([...byField.values()]);
  if (rest.length === error.details.length) return error;
  if (rest.length === 0) return null;
  return new ApiError(error.status, error.code, error.message, rest);
}

/** State for a form's API error: `onError` spreads it over the fields, `error` feeds an ErrorAlert. */
export function useFormApiError(form: FormInstance, rename?: Record<string, string>) {
  const [error, setError] = useState<unknown>(null);
  const onError = useCallback((e: unknown) => setError(applyApiError(form, e, rename)), [form, rename]);
  const clearError = useCallback(() => setError(null), []);
  return { error, onError, clearError };
}
