import type { Gender } from './people-codes.js';

/**
 * Số định danh cá nhân / căn cước công dân (CCCD), 12 digits (Nghị định 137/2015/NĐ-CP, Thông tư
 * 07/2016/TT-BCA, replaced by Thông tư 59/2021/TT-BCA):
 *  - digits 1–3: the province where the birth was registered (codes 001–096, list below);
 *  - digit 4: gender and century of birth — 0/1 = 20th century male/female, 2/3 = 21st, 4/5 = 22nd,
 *    6/7 = 23rd, 8/9 = 19th;
 *  - digits 5–6: the last two digits of the year of birth;
 *  - digits 7–12: a random serial.
 */
export const CCCD_PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Thành phố Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

/** Digit 4 → [century start year, gender]. */
const CENTURY_GENDER: Readonly<Record<string, readonly [number, Gender]>> = {
  '0': [1900, 'male'],
  '1': [1900, 'female'],
  '2': [2000, 'male'],
  '3': [2000, 'female'],
  '4': [2100, 'male'],
  '5': [2100, 'female'],
  '6': [2200, 'male'],
  '7': [2200, 'female'],
  '8': [1800, 'male'],
  '9': [1800, 'female'],
};

export interface IdRefusal {
  readonly code: 'ID_FORMAT' | 'ID_PROVINCE' | 'ID_GENDER_MISMATCH' | 'ID_BIRTH_YEAR_MISMATCH';
  readonly vi: string;
  readonly en: string;
}

export interface DecodedId {
  readonly provinceCode: string;
  readonly province: string | null;
  readonly gender: Gender;
  readonly birthYear: number;
}

/** The facts digits 1–6 encode, or null when the number is not 12 digits. */
export function decodeIdNumber(idNumber: string): DecodedId | null {
  if (!/^\d{12}$/.test(idNumber)) return null;
  const provinceCode = idNumber.slice(0, 3);
  const [century, gender] = CENTURY_GENDER[idNumber[3] ?? '0'] ?? [1900, 'male'];
  return {
    provinceCode,
    province: CCCD_PROVINCE_CODES[provinceCode] ?? null,
    gender,
    birthYear: century + Number(idNumber.slice(4, 6)),
  };
}

const GENDER_VI: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

/** Every reason the number does not fit the record (empty when it fits). */
export function checkIdNumber(idNumber: string, record: { gender: Gender; dateOfBirth: string }): IdRefusal[] {
  const decoded = decodeIdNumber(idNumber);
  if (!decoded) {
    return [{ code: 'ID_FORMAT', vi: 'Số CCCD phải gồm đúng 12 chữ số', en: 'The ID number must be exactly 12 digits' }];
  }
  const refusals: IdRefusal[] = [];
  if (!decoded.province) {
    refusals.push({
      code: 'ID_PROVINCE',
      vi: `Ba chữ số đầu của số CCCD (${decoded.provinceCode}) không phải mã tỉnh, thành phố hợp lệ (001–096)`,
      en: `The first three digits (${decoded.provinceCode}) are not a valid province code (001–096)`,
    });
  }
  if (decoded.gender !== record.gender) {
    refusals.push({
      code: 'ID_GENDER_MISMATCH',
      vi: `Chữ số thứ 4 của số CCCD ứng với giới tính ${GENDER_VI[decoded.gender]}, nhưng hồ sơ ghi ${GENDER_VI[record.gender]}`,
      en: `Digit 4 of the ID number encodes ${decoded.gender}, but the record says ${record.gender}`,
    });
  }
  const birthYear = Number(record.dateOfBirth.slice(0, 4));
  if (decoded.birthYear !== birthYear) {
    refusals.push({
      code: 'ID_BIRTH_YEAR_MISMATCH',
      vi: `Số CCCD ứng với năm sinh ${decoded.birthYear}, nhưng hồ sơ ghi năm sinh ${birthYear}`,
      en: `The ID number encodes birth year ${decoded.birthYear}, but the record says ${birthYear}`,
    });
  }
  return refusals;
}

/** Masked for lists and the audit: the province and century digits and the last two, `0010******45`. */
export function maskIdNumber(idNumber: string | null | undefined): string | null {
  if (!idNumber) return null;
  if (idNumber.length < 7) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 4) + '*'.repeat(idNumber.length - 6) + idNumber.slice(-2);
}
