import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountActor, ActorGrant, Role } from './actor.js';
import { coversPath, scopePaths } from './scope.js';

function actor(grants: Array<Pick<ActorGrant, 'role' | 'unitPath'>>): AccountActor {
  return {
    kind: 'account',
    accountId: 1,
    username: 'u',
    displayName: 'U',
    sessionId: 's',
    csrfToken: 't',
    stage: 'ready',
    mfaEnabled: true,
    locale: 'vi',
    grants: grants.map((g, i) => ({ grantId: i + 1, unitId: i + 1, managementBodyId: null, ...g })),
  };
}

describe('scopePaths', () => {
  it('keeps only the outermost path of nested grants', () => {
    const a = actor([
      { role: 'organizer', unitPath: '/1/5/' },
      { role: 'organizer', unitPath: '/1/5/9/' },
      { role: 'organizer', unitPath: '/1/7/' },
    ]);
    expect(scopePaths(a, ['organizer']).sort()).toEqual(['/1/5/', '/1/7/']);
  });

  it('ignores grants of other roles', () => {
    const a = actor([
      { role: 'inspector', unitPath: '/1/' },
      { role: 'organizer', unitPath: '/1/5/' },
    ]);
    expect(scopePaths(a, ['organizer'])).toEqual(['/1/5/']);
    expect(scopePaths(a, ['admin'])).toEqual([]);
  });

  it('does not treat /1/5/ as covering /1/50/ (path segments, not string prefixes of ids)', () => {
    const a = actor([{ role: 'admin', unitPath: '/1/5/' }]);
    expect(coversPath(a, ['admin'], '/1/50/')).toBe(false);
    expect(coversPath(a, ['admin'], '/1/5/50/')).toBe(true);
  });

  it('covers a path exactly when some remaining scope path is its prefix (property)', () => {
    const seg = fc.integer({ min: 1, max: 30 });
    const path = fc.array(seg, { minLength: 1, maxLength: 4 }).map((ids) => `/${ids.join('/')}/`);
    const role = fc.constantFrom<Role>('admin', 'organizer', 'inspector', 'decider');
    fc.assert(
      fc.property(fc.array(fc.record({ role, unitPath: path }), { maxLength: 6 }), path, role, (grants, target, r) => {
        const a = actor(grants);
        const viaScope = scopePaths(a, [r]).some((p) => target.startsWith(p));
        expect(viaScope).toBe(coversPath(a, [r], target));
      }),
    );
  });
});
