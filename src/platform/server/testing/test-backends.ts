import type {} from 'vitest';
import type { DbKind } from '../db/database.js';

/** What global setup prepared, handed to every test file through vitest's `inject`. */
export interface TestTemplates {
  /** A migrated PGlite data dir to copy per test file. */
  readonly pgliteTemplateDir: string;
  /** Server URL (admin database) and a migrated template database, when PostgreSQL is reachable. */
  readonly postgres: { readonly adminUrl: string; readonly templateDb: string; readonly run: string } | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    templates: TestTemplates;
  }
}

export const TEST_PG_URL = process.env.MERIT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function enabledBackends(templates: TestTemplates): DbKind[] {
  return templates.postgres ? ['pglite', 'postgres'] : ['pglite'];
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
