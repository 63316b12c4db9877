import { defineMessages } from '../../../platform/web/i18n.js';

/** The public page where a respondent gives an anonymous opinion with a code (vi first, en complete). */
export const opinionAnswerMessages = defineMessages({
  vi: {
    title: 'Góp ý xếp loại (ẩn danh)',
    intro:
      'Nhập mã được phát và chọn mức bạn đề nghị. Merit không lưu bạn là ai và lúc nào bạn gửi; mỗi mã chỉ dùng được một lần.',
    review: 'Số phiếu đánh giá',
    reviewRequired: 'Nhập số phiếu đánh giá (in trên danh sách mã)',
    code: 'Mã góp ý',
    codeRequired: 'Nhập mã góp ý',
    level: 'Mức bạn đề nghị',
    levelRequired: 'Chọn một mức',
    comment: 'Ý kiến thêm (không bắt buộc)',
    submit: 'Gửi ý kiến',
    recorded: 'Đã ghi nhận ý kiến của bạn. Cảm ơn bạn.',
  },
  en: {
    title: 'Rating opinion (anonymous)',
    intro:
      'Enter the code you were given and pick the level you suggest. Merit keeps neither who you are nor when you answered; each code works once.',
    review: 'Review number',
    reviewRequired: 'Enter the review number (printed on the code list)',
    code: 'Opinion code',
    codeRequired: 'Enter the code',
    level: 'Level you suggest',
    levelRequired: 'Pick a level',
    comment: 'Comment (optional)',
    submit: 'Send',
    recorded: 'Your opinion is recorded. Thank you.',
  },
});
