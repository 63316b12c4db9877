import { defineMessages, useLocale } from '../../../platform/web/i18n.js';

/** Names of audited actions (`<module>.<entity>.<verb>`) and entity types; unknown codes show as they are. */
export const actionLabels = defineMessages({
  vi: {
    'org.unit.create': 'Thành lập đơn vị',
    'org.unit.rename': 'Đổi tên đơn vị',
    'org.unit.move': 'Chuyển đơn vị',
    'org.unit.merge': 'Sáp nhập đơn vị',
    'org.unit.dissolve': 'Giải thể đơn vị',
    'org.body.create': 'Thêm cơ quan quản lý cán bộ',
    'org.body.close': 'Chấm dứt cơ quan quản lý cán bộ',
    'auth.session.login': 'Đăng nhập',
    'auth.session.mfa-verify': 'Xác thực hai lớp khi đăng nhập',
    'auth.session.logout-everywhere': 'Đăng xuất trên mọi thiết bị',
    'auth.account.create': 'Tạo tài khoản',
    'auth.account.update': 'Sửa tài khoản',
    'auth.account.locale': 'Đổi ngôn ngữ giao diện',
    'auth.account.password-change': 'Đổi mật khẩu',
    'auth.account.password-reset': 'Đặt lại mật khẩu',
    'auth.account.mfa-enrol': 'Bật xác thực hai lớp',
    'auth.account.mfa-reset': 'Đặt lại xác thực hai lớp',
    'auth.grant.create': 'Cấp quyền',
    'auth.grant.revoke': 'Thu hồi quyền',
    'platform.start': 'Khởi động hệ thống',
  },
  en: {
    'org.unit.create': 'Unit established',
    'org.unit.rename': 'Unit renamed',
    'org.unit.move': 'Unit moved',
    'org.unit.merge': 'Unit merged',
    'org.unit.dissolve': 'Unit dissolved',
    'org.body.create': 'Management body added',
    'org.body.close': 'Management body closed',
    'auth.session.login': 'Signed in',
    'auth.session.mfa-verify': 'Two-factor check at sign-in',
    'auth.session.logout-everywhere': 'Signed out everywhere',
    'auth.account.create': 'Account created',
    'auth.account.update': 'Account updated',
    'auth.account.locale': 'Interface language changed',
    'auth.account.password-change': 'Password changed',
    'auth.account.password-reset': 'Password reset',
    'auth.account.mfa-enrol': 'Two-factor sign-in enabled',
    'auth.account.mfa-reset': 'Two-factor sign-in reset',
    'auth.grant.create': 'Grant given',
    'auth.grant.revoke': 'Grant revoked',
    'platform.start': 'System started',
  },
});

export const entityLabels = defineMessages({
  vi: {
    org_unit: 'Đơn vị',
    management_body: 'Cơ quan quản lý cán bộ',
    account: 'Tài khoản',
    grant: 'Quyền',
    system: 'Hệ thống',
  },
  en: {
    org_unit: 'Unit',
    management_body: 'Management body',
    account: 'Account',
    grant: 'Grant',
    system: 'System',
  },
});

/** `code → label` in the user's language, the code itself when it has no label yet. */
export function useCodeLabel(dict: { vi: Record<string, string>; en: Record<string, string> }): (code: string) => string {
  const { locale } = useLocale();
  return (code) => (Object.hasOwn(dict[locale], code) ? (dict[locale][code] ?? code) : code);
}
