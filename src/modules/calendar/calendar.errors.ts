import { defineErrors } from '../../shared/app-error.js';

/** Errors of the calendar module (Vietnamese and English). Every refusal changes nothing. */
export const CalendarErrors = defineErrors({
  FIXED_HOLIDAY: {
    status: 422,
    vi: 'Ngày lễ cố định theo Bộ luật Lao động: không cần ghi và không bỏ được',
    en: 'A fixed public holiday under the Labour Code: it need not be entered and cannot be removed',
  },
  WEEKEND: { status: 422, vi: 'Thứ Bảy, Chủ nhật đã là ngày nghỉ', en: 'Saturdays and Sundays are already days off' },
});
