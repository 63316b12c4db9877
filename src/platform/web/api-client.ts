import type { ErrorBody, ErrorDetail } from '../../shared/app-error.js';
import { buildPath, type AnyEndpoint, type EndpointInput, type EndpointResponse } from '../../shared/endpoint.js';

/** An API refusal as the browser sees it: stable code, message in the user's language, field details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
/** The session endpoint hands out the token; every write sends it back (ADR 006). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The one way the browser calls the API: typed by the endpoint's contract. */
export async function callApi<E extends AnyEndpoint>(endpoint: E, input?: EndpointInput<E>): Promise<EndpointResponse<E>> {
  const { params, query, body } = (input ?? {}) as {
    params?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
  };
  let url = buildPath(endpoint.path, params);
  if (query) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
    const s = qs.toString();
    if (s) url += `?${s}`;
  }
  const headers: Record<string, string> = { accept: 'application/json' };
  const isWrite = endpoint.method !== 'GET';
  if (isWrite && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (isWrite) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method: endpoint.method,
    headers,
    credentials: 'same-origin',
    ...(isWrite ? { body: JSON.stringify(body ?? {}) } : {}),
  });
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const err = (json as ErrorBody | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'INTERNAL', err?.message ?? res.statusText, err?.details ?? []);
  }
  const token = (json as { csrfToken?: unknown } | null)?.csrfToken;
  if (typeof token === 'string') setCsrfToken(token);
  return json as EndpointResponse<E>;
}

/**
 * An upload endpoint (`upload: true`): the file as multipart/form-data (field `file`), the query as
 * usual, the CSRF header sent; answers the endpoint's JSON.
 */
export async function callUpload<E extends AnyEndpoint>(
  endpoint: E,
  query: Record<string, string | number | undefined>,
  file: File,
): Promise<EndpointResponse<E>> {
  const res = await sendUpload(endpoint, query, file);
  return (await res.json()) as EndpointResponse<E>;
}

/** An upload endpoint that answers a file (`file: true`): the file as a Blob. */
export async function callUploadForFile(
  endpoint: AnyEndpoint,
  query: Record<string, string | number | undefined>,
  file: File,
): Promise<Blob> {
  return (await sendUpload(endpoint, query, file)).blob();
}

async function sendUpload(
  endpoint: AnyEndpoint,
  query: Record<string, string | number | undefined>,
  file: File,
): Promise<Response> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: endpoint.file ? '*/*' : 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(`${endpoint.path}?${qs.toString()}`, {
    method: endpoint.method,
    headers,
    credentials: 'same-origin',
    body: form,
  });
  if (res.ok) return res;
  const text = await res.text();
  let err: ErrorBody['error'] | undefined;
  try {
    err = (JSON.parse(text) as ErrorBody | null)?.error;
  } catch {
    err = undefined;
  }
  throw new ApiError(res.status, err?.code ?? 'INTERNAL', err?.message ?? res.statusText, err?.details ?? []);
}
