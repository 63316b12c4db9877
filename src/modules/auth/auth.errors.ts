import { AppError, defineErrors, type ErrorDetail, type Locale } from '../../shared/app-error.js';
import type { Refusal } from '../../shared/result.js';

/** The auth module's errors: stable codes, messages in Vietnamese and English. */
export const AuthErrors = defineErrors({
  INVALID_CREDENTIALS: {
    status: 401,
    // One message for an unknown username and a wrong password: no account enumeration (ASVS V2.2.x).
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng',
    en: 'Incorrect username or password',
  },
  ACCOUNT_DISABLED: {
    status: 403,
    vi: 'Tài khoản đã bị khóa bởi quản trị viên; hãy liên hệ quản trị viên đơn vị',
    en: 'This account has been disabled by an administrator; contact your administrator',
  },
  WEAK_PASSWORD: { status: 422, vi: 'Mật khẩu chưa đạt yêu cầu', en: 'The password does not meet the policy' },
  CURRENT_PASSWORD_WRONG: { status: 422, vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is incorrect' },
  USERNAME_TAKEN: { status: 409, vi: 'Tên đăng nhập đã được sử dụng', en: 'This username is already taken' },
  INVALID_MFA_CODE: { status: 401, vi: 'Mã xác thực không đúng hoặc đã hết hạn', en: 'The code is wrong or has expired' },
  MFA_CODE_REUSED: {
    status: 401,
    vi: 'Mã xác thực này đã được dùng; hãy chờ mã mới',
    en: 'This code has already been used; wait for the next one',
  },
  MFA_REQUIRED: { status: 401, vi: 'Vui lòng nhập mã xác thực hai lớp trước', en: 'Enter your two-factor code first' },
  MFA_NOT_PENDING: {
    status: 409,
    vi: 'Phiên đăng nhập này không cần mã xác thực hai lớp',
    en: 'This session does not need a two-factor code',
  },
  MFA_ENROLMENT_NOT_STARTED: {
    status: 409,
    vi: 'Chưa bắt đầu hoặc đã hết hạn bật xác thực hai lớp; hãy quét lại mã QR mới',
    en: 'Two-factor setup was not started or has expired; scan a new QR code',
  },
  ACCOUNT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài khoản', en: 'Account not found' },
  GRANT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy quyền được giao', en: 'Grant not found' },
  NOT_ACCOUNT_ADMIN: {
    status: 403,
    vi: 'Bạn không có quyền quản trị tài khoản này',
    en: 'You are not an administrator over this account',
  },
  NOT_ADMIN: {
    status: 403,
    vi: 'Chỉ quản trị viên mới được quản lý tài khoản',
    en: 'Only administrators may manage accounts',
  },
  OUTSIDE_AUTHORITY: {
    status: 403,
    vi: 'Đơn vị này nằm ngoài phạm vi quản trị của bạn',
    en: 'This unit is outside your administrative authority',
  },
  UNIT_NOT_FOUND: { status: 422, vi: 'Đơn vị không tồn tại', en: 'The unit does not exist' },
  UNIT_INACTIVE: {
    status: 422,
    vi: 'Đơn vị đã sáp nhập hoặc giải thể',
    en: 'The unit has been merged or dissolved',
  },
  DECIDER_NEEDS_BODY: {
    status: 422,
    vi: 'Quyền quyết định phải gắn với một cơ quan quản lý (diện quản lý) của đơn vị',
    en: 'A decider grant needs a management body of the unit',
  },
  BODY_NOT_IN_UNIT: {
    status: 422,
    vi: 'Cơ quan quản lý không thuộc đơn vị được chọn hoặc đã hết hiệu lực',
    en: 'The management body does not belong to the chosen unit or is no longer in force',
  },
  BODY_ONLY_FOR_DECIDER: {
    status: 422,
    vi: 'Chỉ quyền quyết định mới gắn với cơ quan quản lý',
    en: 'Only a decider grant takes a management body',
  },
  GRANT_EXISTS: {
    status: 409,
    vi: 'Tài khoản đã có quyền này trên đơn vị này',
    en: 'The account already holds this grant on this unit',
  },
  LAST_OWN_ADMIN_GRANT: {
    status: 422,
    vi: 'Bạn không thể tự thu hồi quyền quản trị cuối cùng của mình; hãy nhờ quản trị viên cấp trên',
    en: 'You cannot revoke your own last administrator grant; ask a higher administrator',
  },
  CANNOT_DISABLE_SELF: {
    status: 422,
    vi: 'Bạn không thể tự khóa tài khoản của mình',
    en: 'You cannot disable your own account',
  },
  SELF_RESET_REFUSED: {
    status: 422,
    vi: 'Không thể tự đặt lại cho chính mình; hãy dùng chức năng đổi mật khẩu hoặc bật lại xác thực hai lớp',
    en: 'You cannot reset your own account here; change your password or set up two-factor again instead',
  },
  VERSION_CONFLICT: {
    status: 409,
    vi: 'Tài khoản vừa được người khác sửa; hãy tải lại rồi thử lại',
    en: 'Someone else changed this account; reload and try again',
  },
});

/** 429 with the minutes left, so the user knows when to come back. */
export function accountLocked(minutes: number): AppError {
  return new AppError('ACCOUNT_LOCKED', {
    status: 429,
    vi: `Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    en: `The account is temporarily locked after too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  });
}

/** WEAK_PASSWORD with one detail per broken rule, in the caller's language. */
export function weakPassword(reasons: readonly Refusal[], field: string, locale: Locale): AppError {
  const details: ErrorDetail[] = reasons.map((r) => ({ field, message: r[locale] }));
  return AuthErrors.WEAK_PASSWORD(details);
}

/** An error pinned to a request field (`body.username`), with a short note in the caller's language. */
export function fieldError(
  factory: (details?: readonly ErrorDetail[]) => AppError,
  field: string,
  note: { readonly vi: string; readonly en: string },
  locale: Locale,
): AppError {
  return factory([{ field, message: note[locale] }]);
}
