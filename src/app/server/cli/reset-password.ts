import { hashPassword, resetAccountBySystem } from '../../../modules/auth/index.js';
import { systemAuditContext } from '../../../platform/server/audit/audit-log.js';
import { loadConfig } from '../../../platform/server/config.js';
import type { CliCommand } from './cli-command.js';
import { both, CliRefusal, parseOptions, printout, refuse, refusingOn, wantsHelp } from './cli-options.js';
import { adminMfaLine, choosePassword, passwordLines } from './cli-password.js';
import { commandHelp } from './help.js';
import { serverUrl } from './server-url.js';
import { isMigrated, withDatabase } from './with-database.js';

const NAME = 'reset-password';
const OPTIONS = { username: { type: 'string' }, 'reset-mfa': { type: 'boolean' } } as const;

export const resetPasswordCommand: CliCommand = {
  name: NAME,
  usage: 'reset-password',
  summary: 'Give a locked-out account (a sole administrator) a new password; ends its sessions and lifts its lockout.',
  details: [
    '--username <u>   required; the password must be changed at the next sign-in',
    '--reset-mfa      also remove its two-factor authentication (a lost phone); kept otherwise',
  ],
  run: async (args, io) => {
    if (wantsHelp(args)) {
      io.out(commandHelp(resetPasswordCommand));
      return 0;
    }
    const values = parseOptions(NAME, args, OPTIONS, io);
    if (!values) return 2;
    const username = values.username?.trim().toLowerCase() ?? '';
    if (username === '') {
      io.err(
        `merit ${NAME}: ${both('thiếu --username', '--username is required')}\n${both('Xem', 'See')} \`merit ${NAME} --help\`.`,
      );
      return 2;
    }
    const chosen = choosePassword(io.env, username);
    if (!chosen.ok) return refuse(io, NAME, chosen.problems);
    const resetMfa = values['reset-mfa'] === true;

    const config = loadConfig(io.env);
    return withDatabase(io, async (database) => {
      if (!(await isMigrated(database)))
        return refuse(io, NAME, [
          both('Cơ sở dữ liệu chưa có lược đồ Merit', 'this database has no Merit schema yet: there is no account to reset'),
        ]);
      const passwordHash = await hashPassword(chosen.password);
      const audit = systemAuditContext(`cli-${NAME}`);

      return refusingOn(io, NAME, async () => {
        const result = await database.db.transaction().execute(async (trx) => {
          const reset = await resetAccountBySystem(trx, audit, {
            username,
            passwordHash,
            resetMfa,
            auditNote: { via: `merit ${NAME}` },
          });
          if (!reset) throw new CliRefusal([both(`Không có tài khoản "${username}"`, `there is no account "${username}"`)]);
          return reset;
        });

        const isAdmin = result.roles.includes('admin');
        const mfa = result.mfaEnabled
          ? both(
              'Xác thực hai lớp: giữ nguyên (vẫn phải nhập mã khi đăng nhập)',
              'two-factor authentication is kept (its code is still asked); add --reset-mfa to remove it',
            ) + '.'
          : result.mfaRemoved
            ? both('Đã gỡ xác thực hai lớp', 'two-factor authentication removed') + '.'
            : undefined;
        printout(io, [
          both(`Đã đặt lại mật khẩu cho "${result.username}" (${result.displayName})`, 'password reset') + '.',
          ...passwordLines(chosen, true),
          both(
            `Đã kết thúc ${result.sessionsEnded} phiên đăng nhập và gỡ khóa đăng nhập tạm thời`,
            `${result.sessionsEnded} session(s) ended, sign-in lockout lifted`,
          ) + '.',
          ...(mfa ? [mfa] : []),
          ...(isAdmin && !result.mfaEnabled ? [adminMfaLine(config.requireAdminMfa)] : []),
          ...(result.disabled
            ? [
                both(
                  'Cảnh báo: tài khoản đang bị khóa (vô hiệu hóa) nên vẫn chưa đăng nhập được; quản trị viên khác phải mở lại',
                  'warning: the account is disabled and still cannot sign in until an administrator re-enables it',
                ) + '.',
              ]
            : []),
          both(`Đăng nhập tại: ${serverUrl(config)}`, 'sign in there') + '.',
        ]);
        return 0;
      });
    });
  },
};
