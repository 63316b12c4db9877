import { describe, expect, it } from 'vitest';
import { UNIT_KINDS } from '../../../modules/org/unit-kinds.js';
import { demoPasswordIssues, generateDemoPassword } from './demo-accounts.js';
import { formatDemoPrintout } from './demo-printout.js';
import { cellCount, codeOf, demoProvince, flattenUnits } from './demo-province.js';

describe('demo province data', () => {
  const { root, merges } = demoProvince();
  const units = flattenUnits(root);

  it('has unique codes that the unit code rule accepts, and NFC names', () => {
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    for (const u of units) {
      expect(u.code).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/);
      expect(u.name).toBe(u.name.normalize('NFC'));
    }
  });

  it('gives every unit a kind of its track, never before its parent began', () => {
    const check = (parent: (typeof units)[number]) => {
      for (const child of parent.children ?? []) {
        expect(UNIT_KINDS[child.kind].track, child.name).toBe(child.track);
        expect(child.validFrom >= parent.validFrom, child.name).toBe(true);
        check(child);
      }
    };
    check(root);
  });

  it('keeps sibling names distinct and cells per commune between 15 and 50', () => {
    for (const u of units) {
      const names = (u.children ?? []).map((c) => c.name);
      expect(new Set(names).size, u.name).toBe(names.length);
    }
    const counts = Array.from({ length: 40 }, (_, i) => cellCount(i));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...counts)).toBeLessThanOrEqual(50);
  });

  it('merges units that exist', () => {
    const codes = new Set(units.map((u) => u.code));
    for (const m of merges) expect(codes.has(m.unitCode) && codes.has(m.targetCode)).toBe(true);
  });

  it('makes codes from Vietnamese names', () => {
    expect(codeOf('Trần Hưng Đạo')).toBe('TRAN-HUNG-DAO');
    expect(codeOf(' Phố Hiến ')).toBe('PHO-HIEN');
  });
});

describe('demo password and printout', () => {
  it('generates strong passwords with a letter and a digit', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const p = generateDemoPassword();
      expect(p).toMatch(/^[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}$/);
      expect(p).toMatch(/\d/);
      expect(p).toMatch(/[a-zA-Z]/);
      expect(demoPasswordIssues(p)).toEqual([]);
      seen.add(p);
    }
    expect(seen.size).toBe(50);
    // A draw without a digit is thrown away: the first 16 picks give 'a', then 'a' and '9' alternate.
    let calls = 0;
    const letterFirst = (max: number) => (calls++ < 16 || calls % 2 === 0 ? 0 : max - 1);
    expect(generateDemoPassword(letterFirst)).toBe('9a9a-9a9a-9a9a-9a9a');
  });

  it('warns when a chosen password falls short of the policy', () => {
    expect(demoPasswordIssues('demo')).toEqual([
      'Mật khẩu phải có ít nhất 12 ký tự — The password must have at least 12 characters',
      'Mật khẩu phải có cả chữ cái và chữ số — The password must contain both letters and digits',
    ]);
    expect(demoPasswordIssues('quantri-2026-abc')).toEqual([
      'Mật khẩu không được chứa tên đăng nhập — The password must not contain the username',
    ]);
  });

  it('prints the URL, every account, the password, and the two-factor step for administrators', () => {
    const text = formatDemoPrintout(
      {
        rootName: 'Tỉnh Hưng Yên',
        units: 1200,
        managementBodies: 39,
        people: 2000,
        password: 'abcd-EFGH-2345-jkmn',
        passwordGenerated: true,
        passwordIssues: [],
        accounts: [
          {
            spec: { username: 'quantri', displayName: 'Q', role: 'admin', homeCode: 'HY', grantCode: 'HY' },
            accountId: 1,
            grantUnitName: 'Tỉnh Hưng Yên',
          },
          {
            spec: {
              username: 'quyetdinh',
              displayName: 'D',
              role: 'decider',
              homeCode: 'HY',
              grantCode: 'HY-TU',
              bodyName: 'Ban Thường vụ Tỉnh ủy',
            },
            accountId: 2,
            grantUnitName: 'Tỉnh ủy Hưng Yên',
          },
        ],
      },
      { url: 'http://localhost:3000', requireAdminMfa: true },
    );
    expect(text).toContain('http://localhost:3000');
    expect(text).toMatch(/quantri\s+quản trị \(admin\)\s+Tỉnh Hưng Yên/);
    expect(text).toMatch(/quyetdinh\s+quyết định \(decider\)\s+Ban Thường vụ Tỉnh ủy/);
    expect(text).toContain('abcd-EFGH-2345-jkmn');
    expect(text).toContain('shown only this once');
    expect(text).toMatch(/quantri: .*xác thực hai lớp/);
  });
});
