import { beforeAll, expect, it } from 'vitest';
import { buildPath } from '../../shared/endpoint.js';
import { boundEndpoints } from '../../platform/server/http/bind-endpoint.js';
import { allCases } from './matrix/all-cases.js';
import { expectedStatus, type Where } from './matrix/matrix-case.js';
import { describeBackends } from './testing/test-app.js';
import { buildWorld, MATRIX_ROLES, type World } from './testing/world.js';

describeBackends('authorization matrix', (ctx) => {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld(ctx());
  });

  it('covers every endpoint the app binds', () => {
    const covered = new Set(allCases.map((c) => c.endpoint.name));
    const missing = boundEndpoints(ctx().app)
      .map((e) => e.name)
      .filter((n) => !covered.has(n));
    expect(missing, 'add these endpoints to src/app/server/matrix/*.cases.ts').toEqual([]);
  });

  for (const c of allCases) {
    it(`${c.endpoint.method} ${c.endpoint.path}: every role, inside and outside its subtree`, async () => {
      const failures: string[] = [];
      for (const role of MATRIX_ROLES) {
        for (const where of ['inside', 'outside'] as Where[]) {
          const req = await c.prepare(world, where);
          const client = await world.client(role);
          const qs = req.query ? `?${new URLSearchParams(req.query).toString()}` : '';
          const url = buildPath(c.endpoint.path, req.params) + qs;
          const res = await client.request(
            c.endpoint.method,
            url,
            c.endpoint.method === 'GET' ? {} : req.upload ? { upload: req.upload } : { body: req.body ?? {} },
          );
          const want = expectedStatus(c, role, where);
          if (res.status !== want)
            failures.push(`${role}/${where}: got ${res.status}, want ${want} ${JSON.stringify(res.body).slice(0, 200)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
