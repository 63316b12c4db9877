import type { Role } from '../../../platform/server/auth/actor.js';
import type { DemoSeedResult } from './seed-demo.js';

const ROLE_LABELS: Record<Role, string> = {
  admin: 'quản trị (admin)',
  organizer: 'tổ chức (organizer)',
  inspector: 'kiểm tra (inspector)',
  decider: 'quyết định (decider)',
};

/** What the operator reads once, after the demo is loaded: where to go, who to be, the password. */
export function formatDemoPrintout(result: DemoSeedResult, options: { url: string; requireAdminMfa: boolean }): string {
  const rows = result.accounts.map(
    (a) => `    ${a.spec.username.padEnd(11)} ${ROLE_LABELS[a.spec.role].padEnd(22)} ${a.spec.bodyName ?? a.grantUnitName}`,
  );
  const admins = result.accounts.filter((a) => a.spec.role === 'admin').map((a) => a.spec.username);
  const lines = [
    '',
    `  Dữ liệu mẫu đã được tạo — demo data loaded: ${result.rootName}, ${result.units} đơn vị (units), ` +
      `${result.managementBodies} cơ quan quản lý (management bodies), ${result.people.toLocaleString('vi-VN')} người (people).`,
    `  Đăng nhập tại — sign in at: ${options.url}`,
    '',
    `    ${'Tài khoản'.padEnd(11)} ${'Vai trò — role'.padEnd(22)} Phạm vi — scope`,
    ...rows,
    '',
    `  Mật khẩu của cả ${result.accounts.length} tài khoản — password of every account: ${result.password}`,
    result.passwordGenerated
      ? '  Mật khẩu chỉ hiện một lần này — it is shown only this once (set MERIT_DEMO_PASSWORD to choose it).'
      : '  (Mật khẩu lấy từ MERIT_DEMO_PASSWORD — taken from MERIT_DEMO_PASSWORD.)',
  ];
  for (const issue of result.passwordIssues) lines.push(`  Cảnh báo — warning: ${issue}.`);
  if (options.requireAdminMfa && admins.length > 0) {
    lines.push(
      `  ${admins.join(', ')}: lần đăng nhập đầu tiên sẽ yêu cầu cài xác thực hai lớp bằng ứng dụng xác thực (TOTP) —`,
      '    administrators must set up two-factor authentication at first sign-in (MERIT_REQUIRE_ADMIN_MFA).',
    );
  }
  lines.push('');
  return lines.join('\n');
}
