import { resolve } from 'node:path';

/** Everything Merit reads from the environment, read once, in one place. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL server when set; otherwise the embedded PGlite under `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  /** Create the demo province on first start of an empty embedded database (`MERIT_DEMO` != 0). */
  readonly demo: boolean;
  readonly demoPassword: string | undefined;
  /** Administrators must enrol two-factor before they can act (`MERIT_REQUIRE_ADMIN_MFA`, default on). */
  readonly requireAdminMfa: boolean;
  /** Behind a reverse proxy: trust X-Forwarded-* (`MERIT_TRUST_PROXY=1`). */
  readonly trustProxy: boolean;
  /** Cookies marked Secure: `MERIT_SECURE_COOKIES=1`, or automatic when the request came over HTTPS. */
  readonly secureCookies: boolean | 'auto';
  readonly logLevel: string;
  readonly bodyLimitBytes: number;
  readonly webDir: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const secure = env.MERIT_SECURE_COOKIES;
  return {
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.MERIT_DATABASE_URL || undefined,
    dataDir: resolve(env.MERIT_DATA_DIR ?? './data'),
    demo: flag(env.MERIT_DEMO, true),
    demoPassword: env.MERIT_DEMO_PASSWORD || undefined,
    requireAdminMfa: flag(env.MERIT_REQUIRE_ADMIN_MFA, true),
    trustProxy: flag(env.MERIT_TRUST_PROXY, false),
    secureCookies: secure === undefined || secure === '' ? 'auto' : flag(secure, false),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    bodyLimitBytes: int(env.MERIT_BODY_LIMIT, 1024 * 1024, 'MERIT_BODY_LIMIT'),
    webDir: resolve(env.MERIT_WEB_DIR ?? './dist-web'),
  };
}
