/** One error type for the whole app. Codes are stable (SCREAMING_SNAKE); messages come in both languages. */
export type Locale = 'vi' | 'en';

export interface ErrorSpec {
  readonly status: number;
  readonly vi: string;
  readonly en: string;
}

export interface ErrorDetail {
  /** Dotted path of the field, e.g. `body.name` or `rows.12.dateOfBirth`. */
  readonly field?: string;
  readonly message: string;
  readonly row?: number;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly messages: { readonly vi: string; readonly en: string };
  readonly details: readonly ErrorDetail[];

  constructor(code: string, spec: ErrorSpec, details: readonly ErrorDetail[] = []) {
    super(spec.en);
    this.name = 'AppError';
    this.code = code;
    this.status = spec.status;
    this.messages = { vi: spec.vi, en: spec.en };
    this.details = details;
  }

  message_(locale: Locale): string {
    return this.messages[locale];
  }
}

/** A module's catalogue of errors: `const E = defineErrors({ UNIT_CYCLE: { status: 422, vi, en } })`. */
export function defineErrors<const T extends Record<string, ErrorSpec>>(
  specs: T,
): { [K in keyof T]: (details?: readonly ErrorDetail[]) => AppError } {
  const out = {} as { [K in keyof T]: (details?: readonly ErrorDetail[]) => AppError };
  for (const code of Object.keys(specs) as (keyof T & string)[]) {
    const spec = specs[code] as ErrorSpec;
    out[code] = (details = []) => new AppError(code, spec, details);
  }
  return out;
}

/** Errors every module may raise. */
export const CommonErrors = defineErrors({
  VALIDATION_FAILED: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The submitted data is invalid' },
  BAD_REQUEST: {
    status: 400,
    vi: 'Yêu cầu không hợp lệ hoặc bị gián đoạn (ví dụ tệp tải lên không trọn vẹn); hãy thử lại',
    en: 'The request is invalid or was cut short (for example an incomplete upload); try again',
  },
  MALFORMED_JSON: { status: 400, vi: 'Nội dung gửi lên không phải JSON hợp lệ', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, vi: 'Kiểu nội dung không được hỗ trợ', en: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Nội dung gửi lên quá lớn', en: 'The request body is too large' },
  UNAUTHENTICATED: { status: 401, vi: 'Bạn cần đăng nhập để tiếp tục', en: 'You need to sign in' },
  SESSION_EXPIRED: {
    status: 401,
    vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
    en: 'Your session has expired; please sign in again',
  },
  CSRF_FAILED: {
    status: 403,
    vi: 'Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF); hãy tải lại trang',
    en: 'Missing or invalid anti-forgery (CSRF) token; reload the page',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có thẩm quyền thực hiện thao tác này',
    en: 'You do not have the authority to do this',
  },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  CONFLICT: { status: 409, vi: 'Dữ liệu đã bị thay đổi hoặc trùng lặp', en: 'The data conflicts with existing data' },
  RATE_LIMITED: { status: 429, vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests; try again later' },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error; please try again later' },
});

export interface ErrorBody {
  error: { code: string; message: string; details: ErrorDetail[] };
}
