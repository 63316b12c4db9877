import { AppError, defineErrors } from '../../shared/app-error.js';
import type { IdRefusal } from './person-id.rules.js';

/** Errors of the people module (Vietnamese and English; details name the field). */
export const PeopleErrors = defineErrors({
  ID_NUMBER_TAKEN: {
    status: 409,
    vi: 'Số CCCD đã có trong hồ sơ của người khác',
    en: 'The ID number is already recorded for another person',
  },
  INVALID_ID_NUMBER: {
    status: 422,
    vi: 'Số CCCD không khớp với quy tắc hoặc với hồ sơ',
    en: 'The ID number does not follow the rules or does not match the record',
  },
  UNIT_NOT_AVAILABLE: {
    status: 422,
    vi: 'Đơn vị không tồn tại, đã ngừng hoạt động hoặc ngoài thẩm quyền của bạn',
    en: 'The unit does not exist, is no longer active, or is outside your authority',
  },
  MANAGEMENT_BODY_NOT_AVAILABLE: {
    status: 422,
    vi: 'Cơ quan quản lý không tồn tại hoặc đã chấm dứt',
    en: 'The management body does not exist or has been closed',
  },
  MANAGEMENT_BODY_WRONG_TRACK: {
    status: 422,
    vi: 'Cơ quan quản lý không thuộc khối đã chọn (diện quản lý bên Đảng phải là cơ quan của tổ chức đảng)',
    en: 'The management body is not on the chosen track (a party-track body must belong to a party organization)',
  },
  POST_ALREADY_ENDED: { status: 409, vi: 'Chức vụ này đã kết thúc', en: 'This post has already ended' },
  DATE_ORDER: {
    status: 422,
    vi: 'Ngày kết thúc không được trước ngày bắt đầu',
    en: 'The end date cannot be before the start date',
  },
  DATE_NOT_AFTER_CURRENT: {
    status: 422,
    vi: 'Ngày hiệu lực phải sau ngày bắt đầu của cơ quan quản lý hiện tại',
    en: 'The effective date must be after the start of the current management body',
  },
  PARTY_DATES_ORDER: {
    status: 422,
    vi: 'Ngày chính thức không được trước ngày vào Đảng',
    en: 'The full-membership date cannot be before the admission date',
  },
  BIRTH_DATE_IN_FUTURE: {
    status: 422,
    vi: 'Ngày sinh không được sau ngày hôm nay',
    en: 'The date of birth cannot be in the future',
  },
});

export function idNumberTaken(): AppError {
  return PeopleErrors.ID_NUMBER_TAKEN([{ field: 'body.idNumber', message: 'Số CCCD đã có trong hồ sơ của người khác' }]);
}

export function invalidIdNumber(refusals: readonly IdRefusal[]): AppError {
  return PeopleErrors.INVALID_ID_NUMBER(refusals.map((r) => ({ field: 'body.idNumber', message: `${r.vi} (${r.en})` })));
}

export function versionConflict(current: number, sent: number): AppError {
  return new AppError(
    'CONFLICT',
    {
      status: 409,
      vi: 'Hồ sơ đã được người khác thay đổi; hãy tải lại rồi thử lại',
      en: 'The record was changed by someone else; reload and try again',
    },
    [{ field: 'body.version', message: `Hồ sơ đang ở phiên bản ${current}, bạn gửi ${sent}` }],
  );
}
