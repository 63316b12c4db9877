import { describe, expect, it } from 'vitest';
import { cli } from './admin-commands-test-kit.js';

describe('merit help for the administrator commands', () => {
  it('lists them, their options, and where the password comes from', async () => {
    const help = await cli(['help'], {});
    expect(help.code).toBe(0);
    for (const text of [
      'merit create-admin',
      'merit reset-password',
      '--root "<name>" --code <CODE>',
      '--reset-mfa',
      'MERIT_ADMIN_PASSWORD',
      'shell history',
    ])
      expect(help.out).toContain(text);
    const own = await cli(['create-admin', '--help'], {});
    expect(own.code).toBe(0);
    expect(own.out).toContain('--valid-from YYYY-MM-DD');
    expect((await cli(['reset-password', '-h'], {})).out).toContain('--reset-mfa');
  });
});
