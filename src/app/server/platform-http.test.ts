import { expect, it } from 'vitest';
import { describeBackends } from './testing/test-app.js';

describeBackends('platform HTTP', (ctx) => {
  it('GET /api/health reports the database', async () => {
    const res = await ctx().client().get<{ status: string; database: { kind: string; ok: boolean } }>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: { kind: ctx().kind, ok: true } });
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('serves an OpenAPI 3 document built from the contracts', async () => {
    const res = await ctx().client().get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/health');
  });

  it('serves the API docs UI', async () => {
    const res = await ctx().client().get('/api/docs/');
    expect(res.status).toBe(200);
    expect(String(res.body)).toContain('swagger');
  });

  it('answers unknown API paths with the JSON error shape, in Vietnamese by default and English when chosen', async () => {
    const client = ctx().client();
    const vi = await client.get<{ error: { code: string; message: string } }>('/api/nope');
    expect(vi.status).toBe(404);
    expect(vi.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy' });
    client.setCookie('merit_lang', 'en');
    const en = await client.get<{ error: { message: string } }>('/api/nope');
    expect(en.body.error.message).toBe('Not found');
  });
});
