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
  FOLLOW_UP_RESOLVED: {
    status: 409,
    vi: 'Việc này đã được ghi nhận xử lý (trạng thái status không còn là đang mở)',
    en: 'This follow-up has already been resolved (status is no longer open)',
  },
  REMOTE_NOT_ALLOWED: {
    status: 409,
    vi: 'Đợt lấy phiếu này không cho phép bỏ phiếu từ xa (remoteAllowed)',
    en: 'This round does not allow remote voting (remoteAllowed)',
  },
  REMOTE_MEMBER_PRESENT: {
    status: 422,
    vi: 'Người có mặt tại hội nghị bỏ phiếu bằng mã phiếu, không nhận mã mời từ xa (rollMemberIds)',
    en: 'Members present vote with a room code, not remotely (rollMemberIds)',
  },
  REMOTE_INVITATION_INVALID: {
    status: 422,
    vi: 'Mã mời bỏ phiếu từ xa không đúng (invitation); xin kiểm tra lại',
    en: 'The remote voting invitation is not valid (invitation); please check it',
  },
  REMOTE_TOKEN_ALREADY_ISSUED: {
    status: 409,
    vi: 'Người này đã nhận thẻ bỏ phiếu từ xa của đợt (mỗi người một thẻ)',
    en: 'This member has already received a remote voting token for the round (one each)',
  },
  REMOTE_BLINDED_INVALID: {
    status: 422,
    vi: 'Thông điệp đã che (blindedMsg) không hợp lệ với khoá của đợt',
    en: 'The blinded message (blindedMsg) does not fit the round key',
  },
  REMOTE_TOKEN_INVALID: {
    status: 422,
    vi: 'Thẻ bỏ phiếu (token) hoặc chữ ký (signature) không hợp lệ với khoá của đợt này',
    en: 'The token or its signature is not valid for this round’s key',
  },
  REMOTE_TOKEN_SPENT: { status: 409, vi: 'Thẻ bỏ phiếu này đã được dùng (token)', en: 'This voting token has already been used' },
  // Paper ballots with double entry (paper-entry.service.ts).
  PAPER_NOT_COUNTER: {
    status: 403,
    vi: 'Chỉ người được chỉ định nhập phần này mới được nhập hoặc xem (slot)',
    en: 'Only the counter assigned to this slot may enter or read it',
  },
  PAPER_UNFINISHED: {
    status: 409,
    vi: 'Hai người nhập phiếu giấy chưa cùng nhập xong: chưa thể đối chiếu hay kết thúc bỏ phiếu',
    en: 'The two counters have not both finished entering the paper ballots',
  },
  PAPER_MISMATCH: {
    status: 409,
    vi: 'Hai lần nhập phiếu giấy không khớp: cần sửa các tờ phiếu được nêu trước khi kết thúc bỏ phiếu',
    en: 'The two entries of the paper ballots differ: fix the sheets named before closing',
  },
  PAPER_OVER_ISSUED: {
    status: 409,
    vi: 'Số tờ phiếu giấy thu về lớn hơn số phiếu giấy đã phát (ballotsHandedOut)',
    en: 'More paper sheets came back than were handed out',
  },
  PAPER_BALLOTS_OVER_PRESENT: {
    status: 409,
    vi: 'Số phiếu đã phát (mã phiếu và phiếu giấy) vượt số người có mặt (ballotsHandedOut)',
    en: 'Ballots issued (room codes and paper) exceed the members present',
  },
  PAPER_SLOT_FINISHED: {
    status: 409,
    vi: 'Phần nhập này đã báo nhập xong: mở lại để sửa (reopen)',
    en: 'This slot is finished: reopen it to make changes',
  },
  PAPER_COUNTER_UNKNOWN: {
    status: 422,
    vi: 'Không tìm thấy tài khoản đang hoạt động của người nhập phiếu trong đơn vị của đợt lấy phiếu',
    en: 'No active account for the counter in the round’s unit',
  },
  PAPER_COUNTER_HAS_ENTRIES: {
    status: 409,
    vi: 'Người nhập phiếu này đã nhập tờ phiếu: không thể đổi người cho phần đó',
    en: 'This counter has entered sheets: their slot cannot be reassigned',
  },
});
