import { defineErrors } from '../../shared/app-error.js';

/** Errors of the votes module (Vietnamese and English). Every refusal changes nothing. */
export const VotesErrors = defineErrors({
  ROUND_NOT_DRAFT: {
    status: 409,
    vi: 'Đợt lấy phiếu đã bắt đầu: không thể thay đổi người được lấy phiếu hay danh sách triệu tập',
    en: 'The round has started: subjects and roll can no longer change',
  },
  ROLL_FROZEN: { status: 409, vi: 'Danh sách triệu tập đã chốt', en: 'The roll is already frozen' },
  ROLL_NOT_FROZEN: {
    status: 409,
    vi: 'Cần chốt danh sách triệu tập trước (mã băm phải được công bố trước khi bỏ phiếu)',
    en: 'Freeze the roll first (its fingerprint is shown before voting opens)',
  },
  ROLL_EMPTY: { status: 422, vi: 'Danh sách triệu tập còn trống', en: 'The roll is empty' },
  ROLL_DUPLICATE: { status: 422, vi: 'Một người có tên hai lần trong danh sách triệu tập', en: 'A person is on the roll twice' },
  NOT_ON_ROLL: { status: 422, vi: 'Người có mặt không thuộc danh sách triệu tập', en: 'A member present is not on the roll' },
  NO_SUBJECTS: {
    status: 422,
    vi: 'Chưa có người nào thuộc diện lấy phiếu trong đợt này',
    en: 'The round has no one eligible to vote on',
  },
  PERSON_NOT_AVAILABLE: {
    status: 422,
    vi: 'Không tìm thấy cán bộ trong phạm vi của bạn',
    en: 'The person is not in the registry within your authority',
  },
  NO_CURRENT_POST: {
    status: 422,
    vi: 'Cán bộ không có chức vụ đang giữ để lấy phiếu tín nhiệm',
    en: 'The person holds no current post to vote on',
  },
  QUORUM_NOT_REACHED: {
    status: 422,
    vi: 'Chưa đủ 2/3 số người được triệu tập có mặt (QĐ 96-QĐ/TW): chưa thể bỏ phiếu',
    en: 'Fewer than 2/3 of those summoned are present (QĐ 96-QĐ/TW): voting cannot open',
  },
  ROUND_NOT_OPEN: { status: 409, vi: 'Đợt lấy phiếu không trong thời gian bỏ phiếu', en: 'The round is not open for voting' },
  ROUND_NOT_CLOSED: {
    status: 409,
    vi: 'Chỉ có kết quả sau khi kết thúc bỏ phiếu',
    en: 'Results exist only after voting has closed',
  },
  ROUND_NOT_PUBLISHED: {
    status: 409,
    vi: 'Danh sách phiếu chưa được công bố',
    en: 'The ballot list has not been published',
  },
  CODES_ALREADY_ISSUED: {
    status: 409,
    vi: 'Mã phiếu của đợt này đã được phát (mã chỉ hiện một lần)',
    en: 'The codes of this round were already issued (they are shown once)',
  },
  BALLOT_CODE_INVALID: {
    status: 422,
    vi: 'Mã phiếu không đúng; xin kiểm tra lại',
    en: 'The ballot code is not valid; please check it',
  },
  BALLOT_CODE_USED: { status: 409, vi: 'Mã phiếu này đã được dùng để bỏ phiếu', en: 'This ballot code has already been used' },
  SUBJECTS_MISMATCH: {
    status: 422,
    vi: 'Phiếu phải có đúng những người được lấy phiếu của đợt này',
    en: 'The ballot must carry exactly the people voted on in this round',
  },
});
