import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from './testing/test-app.js';
import { buildWorld, countRows, type World } from './testing/world.js';

interface ErrorResponse {
  error: { code: string; message: string; details: { field?: string; message: string }[] };
}

/**
 * Bad input at the platform's edge, through a real endpoint (creating a unit): every case is a 4xx
 * with a clear message, and nothing changes.
 */
describeBackends('bad input', (ctx) => {
  let world: World;
  beforeAll(async () => {
    world = await buildWorld(ctx());
  });

  const valid = () => ({
    parentId: world.inside.id,
    track: 'state',
    kind: 'division',
    code: `P-${Math.random().toString(36).slice(2, 8)}`,
    name: 'Phòng Tổ chức',
    validFrom: '2025-07-01',
  });

  async function refused(send: () => Promise<{ status: number; body: unknown }>, status: number, code: string) {
    const before = { units: await countRows(world.db, 'org_units'), audit: await countRows(world.db, 'audit_events') };
    const res = await send();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect((res.body as ErrorResponse).error.code).toBe(code);
    expect((res.body as ErrorResponse).error.message.length).toBeGreaterThan(0);
    expect({ units: await countRows(world.db, 'org_units'), audit: await countRows(world.db, 'audit_events') }).toEqual(before);
    return res.body as ErrorResponse;
  }

  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const client = await world.client('organizer');
    await refused(
      () =>
        client.request('POST', '/api/org/units', { rawBody: '{"name": "Phòng', headers: { 'content-type': 'application/json' } }),
      400,
      'MALFORMED_JSON',
    );
  });

  it('wrong types → 400 naming each field, in Vietnamese', async () => {
    const client = await world.client('organizer');
    const body = await refused(
      () => client.post('/api/org/units', { ...valid(), parentId: 'abc', validFrom: 20250701 }),
      400,
      'VALIDATION_FAILED',
    );
    const fields = body.error.details.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['body.parentId', 'body.validFrom']));
    expect(body.error.message).toContain('Dữ liệu gửi lên không hợp lệ');
  });

  it('unknown fields → 400', async () => {
    const client = await world.client('organizer');
    const body = await refused(() => client.post('/api/org/units', { ...valid(), isAdmin: true }), 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(body.error.details)).toContain('isAdmin');
  });

  it('a body over the size limit → 413', async () => {
    const client = await world.client('organizer');
    await refused(() => client.post('/api/org/units', { ...valid(), name: 'x'.repeat(1_100_000) }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a 10,000-character name → 400 naming the field', async () => {
    const client = await world.client('organizer');
    const body = await refused(
      () => client.post('/api/org/units', { ...valid(), name: 'Phòng '.repeat(1700) }),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.error.details[0]?.field).toBe('body.name');
  });

  it('control characters → 400', async () => {
    const client = await world.client('organizer');
    await refused(() => client.post('/api/org/units', { ...valid(), name: 'Phòng\u0000Tổ chức' }), 400, 'VALIDATION_FAILED');
  });

  it('a content type other than JSON → 415', async () => {
    const client = await world.client('organizer');
    await refused(
      () =>
        client.request('POST', '/api/org/units', {
          rawBody: 'name=x',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('a write without the CSRF token → 403 CSRF_FAILED', async () => {
    const client = await world.client('organizer');
    await refused(() => client.post('/api/org/units', valid(), { csrf: false }), 403, 'CSRF_FAILED');
  });

  it('a write with another session’s CSRF token → 403 CSRF_FAILED', async () => {
    const a = await world.client('organizer');
    const b = await world.client('admin');
    a.csrfToken = b.csrfToken;
    await refused(() => a.post('/api/org/units', valid()), 403, 'CSRF_FAILED');
  });

  it('an expired session → 401 SESSION_EXPIRED', async () => {
    const client = await world.client('organizer');
    await world.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('account_id', '=', world.accounts.organizer.id)
      .execute();
    await refused(() => client.post('/api/org/units', valid()), 401, 'SESSION_EXPIRED');
  });

  it('English messages when the user chose English', async () => {
    const client = await world.client('organizer');
    client.setCookie('merit_lang', 'en');
    const body = await refused(() => client.post('/api/org/units', { ...valid(), name: '' }), 400, 'VALIDATION_FAILED');
    expect(body.error.message).toContain('The submitted data is invalid');
  });

  it('non-NFC Vietnamese is stored NFC', async () => {
    const client = await world.client('organizer');
    const nfd = 'Phòng Tổ chức cán bộ'.normalize('NFD');
    const res = await client.post<{ id: number; name: string }>('/api/org/units', { ...valid(), name: nfd });
    expect(res.status).toBe(201);
    const row = await world.db.selectFrom('org_units').select('name').where('id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(row.name).toBe('Phòng Tổ chức cán bộ'.normalize('NFC'));
    expect(row.name).not.toBe(nfd);
  });
});
