import { checkPasswordPolicy, generatePassword } from '../../../modules/auth/index.js';
import { both } from './cli-options.js';

/** Where an operator puts a password they chose: the environment, never the command line. */
export const ADMIN_PASSWORD_VARIABLE = 'MERIT_ADMIN_PASSWORD';

export type ChosenPassword =
  | { readonly ok: true; readonly password: string; readonly generated: boolean }
  | { readonly ok: false; readonly problems: readonly string[] };

/** MERIT_ADMIN_PASSWORD when set (it must pass the password policy), else a generated one. */
export function choosePassword(env: NodeJS.ProcessEnv, username: string): ChosenPassword {
  const given = env[ADMIN_PASSWORD_VARIABLE];
  if (given === undefined || given === '') return { ok: true, password: generatePassword({ username }), generated: true };
  const reasons = checkPasswordPolicy(given, { username });
  if (reasons.length > 0) {
    return { ok: false, problems: reasons.map((r) => both(`${ADMIN_PASSWORD_VARIABLE}: ${r.vi}`, r.en)) };
  }
  return { ok: true, password: given, generated: false };
}

/** The printout's password lines: a generated password once, a chosen one never. */
export function passwordLines(chosen: { password: string; generated: boolean }, mustChange: boolean): string[] {
  const change = mustChange
    ? [both('Phải đổi mật khẩu ở lần đăng nhập tới', 'it must be changed at the next sign-in') + '.']
    : [];
  if (!chosen.generated) {
    return [
      both(
        `Mật khẩu: lấy từ ${ADMIN_PASSWORD_VARIABLE} (không in ra)`,
        `password: the one in ${ADMIN_PASSWORD_VARIABLE} (not printed)`,
      ),
      ...change,
    ];
  }
  return [
    `Mật khẩu — password: ${chosen.password}`,
    both(
      'Mật khẩu chỉ hiện một lần này, hãy chuyển cho người dùng một cách an toàn',
      `it is shown only this once; hand it over safely (set ${ADMIN_PASSWORD_VARIABLE} to choose it)`,
    ) + '.',
    ...change,
  ];
}

/** What an administrator meets at sign-in about two-factor authentication. */
export function adminMfaLine(requireAdminMfa: boolean): string {
  return requireAdminMfa
    ? both(
        'Quản trị viên phải cài xác thực hai lớp (ứng dụng TOTP) ở lần đăng nhập đầu tiên',
        'administrators must set up two-factor authentication (a TOTP app) at first sign-in (MERIT_REQUIRE_ADMIN_MFA)',
      ) + '.'
    : both(
        'Nên cài xác thực hai lớp ngay sau khi đăng nhập',
        'setting up two-factor authentication right after sign-in is recommended (MERIT_REQUIRE_ADMIN_MFA is off)',
      ) + '.';
}
