import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { loadConfig, type Config } from '../../../platform/server/config.js';
import type { Db, DbKind } from '../../../platform/server/db/database.js';
import { enabledBackends } from '../../../platform/server/testing/test-backends.js';
import { createTestDatabase, type TestDatabase } from '../../../platform/server/testing/test-db.js';
import { buildApp } from '../app.js';
import { TestClient } from './test-client.js';

export interface TestContext {
  readonly kind: DbKind;
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly config: Config;
  /** A new cookie-keeping client (one per simulated browser). */
  client(): TestClient;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({ NODE_ENV: 'test', MERIT_DEMO: '0', LOG_LEVEL: 'silent', MERIT_WEB_DIR: '/nonexistent' }),
    ...overrides,
  };
}

/**
 * Runs `body` once per backend (PGlite always; PostgreSQL when reachable, mandatory in CI), each with
 * its own freshly created database and app. Use `ctx()` inside tests and hooks.
 */
export function describeBackends(
  name: string,
  body: (ctx: () => TestContext) => void,
  options: { config?: Partial<Config>; now?: () => Date } = {},
): void {
  const templates = inject('templates');
  for (const kind of enabledBackends(templates)) {
    describe(`${name} [${kind}]`, () => {
      let context: TestContext | undefined;
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(kind, templates);
        const config = testConfig(options.config);
        const app = await buildApp({ config, database, ...(options.now ? { now: options.now } : {}) });
        await app.ready();
        context = { kind, app, db: database.db, config, client: () => new TestClient(app) };
      });
      afterAll(async () => {
        await context?.app.close();
        await database?.destroy();
      });
      body(() => {
        if (!context) throw new Error('test context used outside a test');
        return context;
      });
    });
  }
}
