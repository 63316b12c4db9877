import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTcvn3, decodeVni, detectLegacyEncoding, encodeTcvn3, encodeVni, isVietnameseSyllable } from './detect-encoding.js';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trương',
  'Quách',
  'Khổng',
  'Ông',
  'Ưng',
  'Lương',
  'Tạ',
  'Nghiêm',
  'Doãn',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Thanh',
  'Minh',
  'Ngọc',
  'Xuân',
  'Quốc',
  'Thuỳ',
  'Thùy',
  'Khánh',
  'Diệu',
  'Tường',
  'Nguyệt',
  'Phước',
  'Quế',
  'Kiều',
  'Thế',
  'Uyển',
  'Bảo',
  'Gia',
];
const GIVEN = [
  'Ánh',
  'Hưng',
  'Dũng',
  'Khuê',
  'Quỳnh',
  'Tuyết',
  'Nguyệt',
  'Khuyến',
  'Xoan',
  'Thuỷ',
  'Thủy',
  'Hoà',
  'Hòa',
  'Oanh',
  'Uyên',
  'Yến',
  'Loan',
  'Giang',
  'Nghĩa',
  'Người',
  'Rượu',
  'Khoẻ',
  'Quấy',
  'Khuya',
  'Thuở',
  'Hoắc',
  'Chuyện',
  'Yểu',
  'Ỷ',
  'Ừ',
  'Cửu',
  'Gửi',
  'Khuỷu',
  'Tuổi',
  'Ươm',
  'Kìa',
  'Của',
  'Mưa',
  'Quý',
  'Huệ',
  'Hạnh',
  'Thoại',
  'Ngoãn',
  'Xoong',
  'Giếng',
  'Gìn',
  'Nhật',
  'Trịnh',
  'Phượng',
  'Luỹ',
  'Khiêm',
  'Toản',
  'Thuận',
  'Hiếu',
  'Tuấn',
  'Yên',
  'Quyết',
  'Ngoạn',
  'Hoè',
];
const MINORITY = [
  'Kpă',
  "H'Hen Niê",
  "Ksor H'Bia",
  'Y Bhin Niê',
  'Rơ Mah Pơl',
  'Nay Phin',
  'Siu Đoan',
  'Bdap',
  'Ê-đê',
  'Xtiêng',
  'Brâu',
  'Khơ-me',
  'José Müller',
  'Đường số 3, P. Bến Nghé, Q.1, TP. HCM',
];

const nameArb = fc
  .tuple(
    fc.constantFrom(...FAMILY),
    fc.constantFrom(...MIDDLE),
    fc.constantFrom(...GIVEN),
    fc.constantFrom('lower', 'upper', 'as-is'),
    fc.constantFrom('NFC', 'NFD'),
  )
  .map(([f, m, g, casing, form]) => {
    const n = `${f} ${m} ${g}`;
    const cased = casing === 'lower' ? n.toLowerCase() : casing === 'upper' ? n.toUpperCase() : n;
    return cased.normalize(form as 'NFC' | 'NFD');
  });

describe('legacy encodings', () => {
  it('recognizes the typical signatures', () => {
    expect(detectLegacyEncoding('NguyÔn V¨n ¸nh')?.encoding).toBe('TCVN3');
    expect(detectLegacyEncoding('Nguyeãn Vaên AÙnh')?.encoding).toBe('VNI');
    expect(detectLegacyEncoding('Phaïm Thò Höông')?.encoding).toBe('VNI');
    expect(detectLegacyEncoding('Ph¹m ThÞ H\u00ad¬ng')?.encoding).toBe('TCVN3');
    expect(decodeTcvn3('NguyÔn V¨n')).toBe('Nguyễn Văn');
    expect(decodeVni('Nguyeãn Vaên')).toBe('Nguyễn Văn');
  });

  it('accepts ethnic-minority names, foreign words and addresses', () => {
    for (const s of MINORITY) expect(detectLegacyEncoding(s), s).toBeNull();
  });

  it('property: correct Vietnamese names (any case, NFC or NFD) are never flagged', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        expect(detectLegacyEncoding(name)).toBeNull();
        for (const w of name.split(' ')) expect(isVietnameseSyllable(w), w).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: the same names typed in TCVN3 or VNI are flagged and decode back', () => {
    const withMark = fc
      .tuple(fc.constantFrom(...FAMILY), fc.constantFrom('Văn', 'Hữu', 'Đức', 'Trường', 'Phước'), fc.constantFrom(...GIVEN))
      .map((p) => p.join(' '));
    fc.assert(
      fc.property(withMark, (name) => {
        const t = encodeTcvn3(name);
        const v = encodeVni(name);
        expect(detectLegacyEncoding(t)?.encoding, t).toBe('TCVN3');
        expect(detectLegacyEncoding(v)?.encoding, v).toBe('VNI');
        expect(decodeVni(v)).toBe(name.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});
