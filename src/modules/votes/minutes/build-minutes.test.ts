import { describe, expect, it } from 'vitest';
import { buildMinutes, BLANK_BOARD_LINES, documentText } from './build-minutes.js';
import { placeOf } from './minutes.data.js';
import { sampleMinutes } from './minutes-test-kit.js';

describe('buildMinutes', () => {
  it('prints the party header (HD 36), title, counts, per-person shares and the conclusions', () => {
    const text = documentText(buildMinutes(sampleMinutes()).content);
    for (const expected of [
      'ĐẢNG BỘ TỈNH HƯNG YÊN',
      'BAN THƯỜNG VỤ ĐẢNG ỦY XÃ TIÊN LỮ',
      '*',
      'Số …-BB/…',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hưng Yên, ngày 22 tháng 11 năm 2026',
      'BIÊN BẢN KIỂM PHIẾU',
      'Lấy phiếu tín nhiệm giữa nhiệm kỳ 2025–2030',
      'Số người được triệu tập: 12; số có mặt: 9 (đủ 2/3',
      'Số phiếu phát ra: 9; số phiếu thu về: 9.',
      'Nguyễn Thị Ánh Tuyết',
      '5\n(55,56%)',
      '6\n(66,67%)',
      'Đưa ra khỏi quy hoạch chức danh cao hơn',
      'Cho thôi giữ chức vụ, bố trí công tác thấp hơn',
      'Không thuộc trường hợp phải xem xét',
      'tổng số phiếu thu về (9 phiếu)',
      'a'.repeat(64),
      'TRƯỞNG BAN KIỂM PHIẾU',
      'THƯ KÝ\nCÁC THÀNH VIÊN',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('uses the state header (ND 30/2020) for a state round, and leaves lines for an unrecorded board', () => {
    const text = documentText(buildMinutes(sampleMinutes({ ruleSet: 'state', listHead: null })).content);
    expect(text).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: ……/BB-……');
    expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('chưa được công bố');
    expect(text.match(/Đồng chí …/g)).toHaveLength(BLANK_BOARD_LINES);
  });

  it('names the counting board when the round records it', () => {
    const text = documentText(buildMinutes(sampleMinutes({ countingBoard: ['Lê Văn An', 'Phạm Thị Bình'] })).content);
    expect(text).toContain('1. Đồng chí Lê Văn An');
    expect(text).toContain('2. Đồng chí Phạm Thị Bình');
    expect(text).not.toContain('Đồng chí …');
  });

  it('takes the place from the top unit', () => {
    expect(placeOf('Tỉnh Hưng Yên')).toBe('Hưng Yên');
    expect(placeOf('Đảng bộ tỉnh Hưng Yên')).toBe('Hưng Yên');
    expect(placeOf('Thành phố Hà Nội')).toBe('Hà Nội');
    expect(placeOf(null)).toBeNull();
  });
});
