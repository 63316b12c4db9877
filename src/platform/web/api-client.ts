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

export interface UploadOptions {
  /** Bytes of the request body sent so far, of `total` (XMLHttpRequest upload events; fetch has none). */
  readonly onProgress?: (loaded: number, total: number) => void;
}

/**
 * An upload endpoint (`upload: true`): the file as multipart/form-data (field `file`), the query as
 * usual, the CSRF header sent; answers the endpoint's JSON. With `onProgress`, the upload goes through
 * XMLHttpRequest to hear its progress; the answer and the errors are the same.
 */
export async function callUpload<E extends AnyEndpoint>(
  endpoint: E,
  query: Record<string, string | number | undefined>,
  file: File,
  options: UploadOptions = {},
): Promise<EndpointResponse<E>> {
  if (options.onProgress) {
    const { status, text } = await sendUploadXhr(endpoint, query, file, options.onProgress);
    if (status >= 200 && status < 300) return JSON.parse(text) as EndpointResponse<E>;
    throw uploadFailure(status, text, '');
  }
  const res = await sendUpload(endpoint, query, file);
  return (await res.json()) as EndpointResponse<E>;
}

function uploadUrl(endpoint: AnyEndpoint, query: Record<string, string | number | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') qs.set(k, String(v));
  return `${endpoint.path}?${qs.toString()}`;
}

function uploadForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

function uploadFailure(status: number, text: string, statusText: string): ApiError {
  let err: ErrorBody['error'] | undefined;
  try {
    err = (JSON.parse(text) as ErrorBody | null)?.error;
  } catch {
    err = undefined;
  }
  return new ApiError(status, err?.code ?? 'INTERNAL', err?.message ?? (statusText || `HTTP ${status}`), err?.details ?? []);
}

/** The upload through XMLHttpRequest (for its upload progress events); a network failure is a TypeError, as with fetch. */
function sendUploadXhr(
  endpoint: AnyEndpoint,
  query: Record<string, string | number | undefined>,
  file: File,
  onProgress: (loaded: number, total: number) => void,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(endpoint.method, uploadUrl(endpoint, query));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new TypeError('Failed to fetch'));
    xhr.onabort = () => reject(new TypeError('Upload aborted'));
    xhr.send(uploadForm(file));
  });
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
  const headers: Record<string, string> = { accept: endpoint.file ? '*/*' : 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(uploadUrl(endpoint, query), {
    method: endpoint.method,
    headers,
    credentials: 'same-origin',
    body: uploadForm(file),
  });
  if (res.ok) return res;
  throw uploadFailure(res.status, await res.text(), res.statusText);
}
