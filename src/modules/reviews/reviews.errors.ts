import { defineErrors } from '../../shared/app-error.js';

/** Errors of the reviews module (Vietnamese and English). Every refusal changes nothing. */
export const ReviewsErrors = defineErrors({
  CYCLE_EXISTS: {
    status: 409,
    vi: 'Kỳ đánh giá này đã được mở cho đơn vị (cùng chế độ, cùng kỳ)',
    en: 'This period is already open for the unit (same regime and period)',
  },
  CYCLE_EMPTY: {
    status: 422,
    vi: 'Không có người hay tập thể nào thuộc diện đánh giá trong phạm vi đơn vị',
    en: 'Nobody and no collective in the unit subtree is reviewed under this regime',
  },
  CYCLE_CLOSED: { status: 409, vi: 'Kỳ đánh giá đã kết thúc', en: 'The review cycle is closed' },
  DEADLINE_ORDER: {
    status: 422,
    vi: 'Thời hạn phải theo thứ tự: tự đánh giá ≤ góp ý tập thể ≤ quyết định xếp loại',
    en: 'Deadlines must be in order: self-review ≤ comments ≤ decision',
  },
  DEADLINE_PASSED: {
    status: 409,
    vi: 'Đã quá thời hạn của bước này; cần văn bản gia hạn trước khi tiếp tục',
    en: 'The deadline of this step has passed; record an extension first',
  },
  STEP_ORDER: {
    status: 409,
    vi: 'Bước này chưa thể thực hiện ở trạng thái hiện tại của phiếu đánh giá',
    en: 'This step cannot be taken in the review’s current state',
  },
  REVIEW_LOCKED: {
    status: 409,
    vi: 'Kết quả đã quyết định: chỉ cấp có thẩm quyền được xếp loại lại, có lý do',
    en: 'The rating is decided: only the competent level may re-rate it, with a reason',
  },
  VERSION_CONFLICT: {
    status: 409,
    vi: 'Phiếu đánh giá vừa được người khác cập nhật; tải lại để xem thay đổi',
    en: 'The review was just changed by someone else; reload to see the change',
  },
  NOT_DECIDER: {
    status: 403,
    vi: 'Chỉ người được giao quyền của cấp quản lý cán bộ này mới được quyết định xếp loại',
    en: 'Only someone acting for this person’s management body may decide the rating',
  },
  QUOTA_EXCEEDED: {
    status: 422,
    vi: 'Vượt tỷ lệ "Hoàn thành xuất sắc nhiệm vụ" so với số được xếp loại "Hoàn thành tốt nhiệm vụ" trong nhóm',
    en: 'Above the HTXS share of those rated HTT in the group',
  },
  EXCEPTION_INVALID: {
    status: 422,
    vi: 'Quyết định ngoại lệ tỷ lệ HTXS không hợp lệ với quy định áp dụng',
    en: 'The HTXS quota exception is not valid under the rule set',
  },
  HEAD_ABOVE_COLLECTIVE: {
    status: 422,
    vi: 'Người đứng đầu không được xếp loại cao hơn tập thể do mình lãnh đạo',
    en: 'A head may not be rated above the collective they lead',
  },
  COLLECTIVE_NOT_RATED: {
    status: 409,
    vi: 'Chưa quyết định xếp loại tập thể: xếp loại tập thể trước, người đứng đầu sau',
    en: 'Decide the collective first, then its head',
  },
  PARTY_HTXS_WITHOUT_STATE_HTXS: {
    status: 422,
    vi: 'Đảng viên chỉ được xếp loại xuất sắc khi bên chính quyền cũng xếp loại xuất sắc',
    en: 'Party HTXS requires state HTXS',
  },
  STATE_NOT_RATED: {
    status: 409,
    vi: 'Chưa quyết định xếp loại bên chính quyền: xếp loại cán bộ, công chức, viên chức trước, đảng viên sau',
    en: 'Decide the state rating first, then the party rating',
  },
  STATE_SHARE_ABOVE_PARTY_SHARE: {
    status: 422,
    vi: 'Tỷ lệ HTXS bên chính quyền vượt tỷ lệ đảng viên HTXS',
    en: 'The state HTXS share is above the party HTXS share',
  },
  DECISION_DATE: {
    status: 422,
    vi: 'Ngày quyết định không hợp lệ',
    en: 'The decision date is not valid',
  },
  NOT_RERATER: {
    status: 403,
    vi: 'Chỉ cấp có thẩm quyền quyết định hoặc cấp trên mới được xếp loại lại',
    en: 'Only the competent level or a higher one may re-rate',
  },
  QUOTA_EXCEPTION_EXISTS: {
    status: 409,
    vi: 'Nhóm này đã có quyết định ngoại lệ tỷ lệ HTXS trong kỳ',
    en: 'This group already has a quota exception in the cycle',
  },
  STEP_INVALID: {
    status: 422,
    vi: 'Nội dung của bước đánh giá không hợp lệ; xem chi tiết từng trường',
    en: 'The step’s content is invalid; see each field',
  },
  LEVEL_NOT_ALLOWED: {
    status: 422,
    vi: 'Mức xếp loại cao hơn mức điểm và các điều kiện cho phép',
    en: 'The level is above what the score and the conditions allow',
  },
  OPINION_DISABLED: {
    status: 409,
    vi: 'Kỳ đánh giá này không lấy ý kiến rộng rãi, hoặc phiếu đã qua bước lấy ý kiến',
    en: 'This cycle collects no wide opinion, or the review is past that step',
  },
  OPINION_CODE_REJECTED: {
    status: 409,
    vi: 'Mã lấy ý kiến không đúng hoặc đã được sử dụng',
    en: 'The opinion code is wrong or already used',
  },
  NOT_PUBLISHED: {
    status: 409,
    vi: 'Kết quả xếp loại chưa được công khai: chưa thể kiến nghị',
    en: 'The rating is not published yet: no petition can be filed',
  },
  PETITION_LATE: {
    status: 409,
    vi: 'Đã quá thời hạn kiến nghị kể từ ngày công khai kết quả',
    en: 'The petition window after publication has passed',
  },
  PETITION_EXISTS: {
    status: 409,
    vi: 'Kết quả này đã có kiến nghị; trả lời kiến nghị là trả lời cuối cùng',
    en: 'A petition was already filed about this rating; its answer is final',
  },
  PETITION_ANSWERED: {
    status: 409,
    vi: 'Kiến nghị đã được trả lời (trả lời cuối cùng)',
    en: 'The petition was already answered (final)',
  },
  FUTURE_DATE: { status: 422, vi: 'Ngày không được sau ngày hôm nay', en: 'The date cannot be in the future' },
  SETTINGS_VERSION_CONFLICT: {
    status: 409,
    vi: 'Cấu hình của tổ chức vừa được người khác thay đổi; tải lại để xem thay đổi',
    en: 'The organization’s settings were just changed by someone else; reload to see the change',
  },
});
