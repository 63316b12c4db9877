import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
  raw: LightMyRequestResponse;
}

export interface TestUpload {
  readonly fileName: string;
  readonly content: Buffer;
  readonly contentType?: string;
}

function multipartBody(boundary: string, upload: TestUpload): Buffer {
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="file"; filename="${upload.fileName}"\r\n` +
    `Content-Type: ${upload.contentType ?? 'application/octet-stream'}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), upload.content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
}

/**
 * A browser-like client over `app.inject()`: keeps cookies, sends the CSRF token on writes
 * (unless told not to), and remembers the session's token after sign-in.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  async request<T = unknown>(
    method: InjectOptions['method'],
    url: string,
    options: {
      body?: unknown;
      rawBody?: string;
      headers?: Record<string, string>;
      csrf?: boolean;
      /** A multipart/form-data upload of one file, field `file`. */
      upload?: TestUpload;
    } = {},
  ): Promise<TestResponse<T>> {
    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (isWrite && options.csrf !== false && this.csrfToken === null) await this.refreshSession();
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (isWrite && options.csrf !== false && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let payload: string | Buffer | undefined;
    if (options.upload) {
      const boundary = `----merit${Math.random().toString(16).slice(2)}`;
      payload = multipartBody(boundary, options.upload);
      headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
    } else if (options.rawBody !== undefined) payload = options.rawBody;
    else if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const raw = await this.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
    for (const c of raw.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires !== undefined && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const text = raw.body;
    let body: unknown = text;
    if ((raw.headers['content-type'] ?? '').toString().includes('application/json') && text.length > 0) body = JSON.parse(text);
    const token = (body as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === 'string') this.csrfToken = token;
    return { status: raw.statusCode, body: body as T, headers: raw.headers, raw };
  }

  upload<T = unknown>(url: string, upload: TestUpload, options: { csrf?: boolean } = {}) {
    return this.request<T>('POST', url, { upload, ...options });
  }
  get<T = unknown>(url: string, headers?: Record<string, string>) {
    return this.request<T>('GET', url, headers ? { headers } : {});
  }
  post<T = unknown>(url: string, body?: unknown, options: { csrf?: boolean; headers?: Record<string, string> } = {}) {
    return this.request<T>('POST', url, { body: body ?? {}, ...options });
  }
  patch<T = unknown>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, { body: body ?? {} });
  }

  /** Reads the session (and its CSRF token), as the web app does on load. */
  async refreshSession(): Promise<void> {
    await this.get('/api/auth/session');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }
  clearCookies(): void {
    this.cookies.clear();
    this.csrfToken = null;
  }
}
