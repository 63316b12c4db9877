import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { pageOf } from '../../shared/pagination.js';
import { IdParamsSchema, IdSchema, IsoDateTimeSchema, textLine } from '../../shared/text-schemas.js';

export const RoleSchema = z.enum(['admin', 'organizer', 'inspector', 'decider']);
export const LocaleSchema = z.enum(['vi', 'en']);
export const SessionStageSchema = z.enum(['mfa', 'enrol-mfa', 'change-password', 'ready']);

/** Usernames: lower-case ASCII letters, digits, dot, dash, underscore. */
export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    message: 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới',
  });

/** Length only is checked here; the policy (auth.rules) gives the reasons in Vietnamese. */
export const PasswordSchema = z.string().min(1).max(256);
export const TotpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { message: 'Mã xác thực gồm 6 chữ số' });

export const GrantSchema = z.object({
  id: z.number().int(),
  role: RoleSchema,
  unitId: z.number().int(),
  unitName: z.string(),
  unitPath: z.string(),
  managementBodyId: z.number().int().nullable(),
  managementBodyName: z.string().nullable(),
  grantedAt: IsoDateTimeSchema,
  grantedBy: z.string().nullable(),
});
export type Grant = z.infer<typeof GrantSchema>;

export const SessionAccountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  stage: SessionStageSchema,
  mfaEnabled: z.boolean(),
  locale: LocaleSchema,
  grants: z.array(GrantSchema),
});
export const SessionSchema = z.object({
  account: SessionAccountSchema.nullable(),
  /** Send it back in the `x-csrf-token` header of every write. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;

export const AccountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  homeUnitId: z.number().int(),
  homeUnitName: z.string(),
  mfaEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  createdAt: IsoDateTimeSchema,
  grants: z.array(GrantSchema),
  version: z.number().int(),
});
export type Account = z.infer<typeof AccountSchema>;

export const LoginInputSchema = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: PasswordSchema,
});
export const MfaCodeInputSchema = z.strictObject({ code: TotpCodeSchema });
export const ChangePasswordInputSchema = z.strictObject({ currentPassword: PasswordSchema, newPassword: PasswordSchema });
export const SetLocaleInputSchema = z.strictObject({ locale: LocaleSchema });
export const MfaEnrolmentSchema = z.object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() });

export const ListAccountsQuerySchema = z.strictObject({
  search: z.string().max(100).optional(),
  unitId: IdSchema.optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const CreateAccountInputSchema = z.strictObject({
  username: UsernameSchema,
  displayName: textLine(120),
  email: z.email().max(200).nullable().optional(),
  homeUnitId: IdSchema,
  /** A temporary password; the holder must change it at first sign-in. */
  password: PasswordSchema,
});
export const UpdateAccountInputSchema = z.strictObject({
  displayName: textLine(120).optional(),
  email: z.email().max(200).nullable().optional(),
  disabled: z.boolean().optional(),
  version: z.number().int().optional(),
});
export const ResetPasswordInputSchema = z.strictObject({ newPassword: PasswordSchema });
export const CreateGrantInputSchema = z.strictObject({
  accountId: IdSchema,
  role: RoleSchema,
  unitId: IdSchema,
  /** Required for `decider`: the management body the account may act for (it belongs to `unitId`). */
  managementBodyId: IdSchema.nullable().optional(),
});

const OkSchema = z.object({ ok: z.literal(true) });
const tag = 'auth';
export const authEndpoints = {
  getSession: defineEndpoint({
    name: 'getSession',
    method: 'GET',
    path: '/api/auth/session',
    tag,
    access: 'public',
    summary: 'Phiên hiện tại và mã CSRF',
    response: SessionSchema,
  }),
  login: defineEndpoint({
    name: 'login',
    method: 'POST',
    path: '/api/auth/login',
    tag,
    access: 'public',
    summary: 'Đăng nhập',
    body: LoginInputSchema,
    response: SessionSchema,
  }),
  verifyMfa: defineEndpoint({
    name: 'verifyMfa',
    method: 'POST',
    path: '/api/auth/mfa/verify',
    tag,
    access: 'any-session',
    summary: 'Nhập mã xác thực hai lớp',
    body: MfaCodeInputSchema,
    response: SessionSchema,
  }),
  startMfaEnrolment: defineEndpoint({
    name: 'startMfaEnrolment',
    method: 'POST',
    path: '/api/auth/mfa/enrolment',
    tag,
    access: 'any-session',
    summary: 'Bắt đầu bật xác thực hai lớp (khóa bí mật và mã QR)',
    response: MfaEnrolmentSchema,
  }),
  confirmMfaEnrolment: defineEndpoint({
    name: 'confirmMfaEnrolment',
    method: 'POST',
    path: '/api/auth/mfa/enrolment/confirm',
    tag,
    access: 'any-session',
    summary: 'Xác nhận bật xác thực hai lớp',
    body: MfaCodeInputSchema,
    response: SessionSchema,
  }),
  changePassword: defineEndpoint({
    name: 'changePassword',
    method: 'POST',
    path: '/api/auth/password',
    tag,
    access: 'any-session',
    summary: 'Đổi mật khẩu',
    body: ChangePasswordInputSchema,
    response: SessionSchema,
  }),
  logout: defineEndpoint({
    name: 'logout',
    method: 'POST',
    path: '/api/auth/logout',
    tag,
    access: 'any-session',
    summary: 'Đăng xuất',
    response: OkSchema,
  }),
  logoutEverywhere: defineEndpoint({
    name: 'logoutEverywhere',
    method: 'POST',
    path: '/api/auth/logout-everywhere',
    tag,
    access: 'session',
    summary: 'Đăng xuất khỏi mọi thiết bị',
    response: OkSchema,
  }),
  setLocale: defineEndpoint({
    name: 'setLocale',
    method: 'POST',
    path: '/api/auth/locale',
    tag,
    access: 'public',
    summary: 'Chọn ngôn ngữ',
    body: SetLocaleInputSchema,
    response: OkSchema,
  }),
  listAccounts: defineEndpoint({
    name: 'listAccounts',
    method: 'GET',
    path: '/api/accounts',
    tag,
    access: 'session',
    summary: 'Danh sách tài khoản trong phạm vi quản trị',
    query: ListAccountsQuerySchema,
    response: pageOf(AccountSchema),
  }),
  getAccount: defineEndpoint({
    name: 'getAccount',
    method: 'GET',
    path: '/api/accounts/:id',
    tag,
    access: 'session',
    summary: 'Chi tiết tài khoản',
    params: IdParamsSchema,
    response: AccountSchema,
  }),
  createAccount: defineEndpoint({
    name: 'createAccount',
    method: 'POST',
    path: '/api/accounts',
    tag,
    access: 'session',
    status: 201,
    summary: 'Tạo tài khoản',
    body: CreateAccountInputSchema,
    response: AccountSchema,
  }),
  updateAccount: defineEndpoint({
    name: 'updateAccount',
    method: 'PATCH',
    path: '/api/accounts/:id',
    tag,
    access: 'session',
    summary: 'Sửa, khóa hoặc mở khóa tài khoản',
    params: IdParamsSchema,
    body: UpdateAccountInputSchema,
    response: AccountSchema,
  }),
  resetPassword: defineEndpoint({
    name: 'resetPassword',
    method: 'POST',
    path: '/api/accounts/:id/reset-password',
    tag,
    access: 'session',
    summary: 'Quản trị đặt lại mật khẩu (người dùng phải đổi khi đăng nhập)',
    params: IdParamsSchema,
    body: ResetPasswordInputSchema,
    response: AccountSchema,
  }),
  resetMfa: defineEndpoint({
    name: 'resetMfa',
    method: 'POST',
    path: '/api/accounts/:id/reset-mfa',
    tag,
    access: 'session',
    summary: 'Quản trị gỡ xác thực hai lớp (người dùng bật lại)',
    params: IdParamsSchema,
    response: AccountSchema,
  }),
  createGrant: defineEndpoint({
    name: 'createGrant',
    method: 'POST',
    path: '/api/grants',
    tag,
    access: 'session',
    status: 201,
    summary: 'Giao quyền trên một đơn vị (và các đơn vị trực thuộc)',
    body: CreateGrantInputSchema,
    response: GrantSchema,
  }),
  revokeGrant: defineEndpoint({
    name: 'revokeGrant',
    method: 'POST',
    path: '/api/grants/:id/revoke',
    tag,
    access: 'session',
    summary: 'Thu hồi quyền',
    params: IdParamsSchema,
    response: OkSchema,
  }),
} as const;
