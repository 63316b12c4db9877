/**
 * Code lists of the personal record (DOMAIN §6, form 2C). Data, not code: each code carries its labels.
 */
export const PERSON_STATUSES = {
  cadre: { vi: 'Cán bộ', en: 'Cadre' },
  civil_servant: { vi: 'Công chức', en: 'Civil servant' },
  public_employee: { vi: 'Viên chức', en: 'Public employee' },
  worker: { vi: 'Người lao động', en: 'Worker' },
} as const;
export type PersonStatus = keyof typeof PERSON_STATUSES;
export const PERSON_STATUS_CODES = Object.keys(PERSON_STATUSES) as [PersonStatus, ...PersonStatus[]];

export const GENDERS = { male: { vi: 'Nam', en: 'Male' }, female: { vi: 'Nữ', en: 'Female' } } as const;
export type Gender = keyof typeof GENDERS;

/** Lý luận chính trị (political theory), highest level attained. */
export const POLITICAL_THEORY_LEVELS = {
  none: { vi: 'Chưa qua đào tạo', en: 'None' },
  so_cap: { vi: 'Sơ cấp', en: 'Elementary' },
  trung_cap: { vi: 'Trung cấp', en: 'Intermediate' },
  cao_cap: { vi: 'Cao cấp', en: 'Advanced' },
  cu_nhan: { vi: 'Cử nhân', en: 'Bachelor' },
} as const;
export type PoliticalTheoryLevel = keyof typeof POLITICAL_THEORY_LEVELS;
export const POLITICAL_THEORY_CODES = Object.keys(POLITICAL_THEORY_LEVELS) as [PoliticalTheoryLevel, ...PoliticalTheoryLevel[]];

/** Trình độ chuyên môn cao nhất (highest professional qualification). */
export const EDUCATION_LEVELS = {
  none: { vi: 'Chưa qua đào tạo', en: 'None' },
  so_cap: { vi: 'Sơ cấp', en: 'Elementary vocational' },
  trung_cap: { vi: 'Trung cấp', en: 'Intermediate vocational' },
  cao_dang: { vi: 'Cao đẳng', en: 'College' },
  dai_hoc: { vi: 'Đại học', en: 'Bachelor' },
  thac_si: { vi: 'Thạc sĩ', en: 'Master' },
  tien_si: { vi: 'Tiến sĩ', en: 'Doctorate' },
} as const;
export type EducationLevel = keyof typeof EDUCATION_LEVELS;
export const EDUCATION_LEVEL_CODES = Object.keys(EDUCATION_LEVELS) as [EducationLevel, ...EducationLevel[]];

/** Hình thức kỷ luật (disciplinary forms), lightest first; other modules read them (e.g. reviews: KHT). */
export const DISCIPLINE_FORMS = {
  khien_trach: { vi: 'Khiển trách', en: 'Reprimand' },
  canh_cao: { vi: 'Cảnh cáo', en: 'Warning' },
  ha_bac_luong: { vi: 'Hạ bậc lương', en: 'Salary step reduction' },
  giang_chuc: { vi: 'Giáng chức', en: 'Demotion' },
  cach_chuc: { vi: 'Cách chức', en: 'Removal from post' },
  bai_nhiem: { vi: 'Bãi nhiệm', en: 'Recall' },
  buoc_thoi_viec: { vi: 'Buộc thôi việc', en: 'Dismissal' },
  khai_tru: { vi: 'Khai trừ (khỏi Đảng)', en: 'Expulsion (from the Party)' },
} as const;
export type DisciplineForm = keyof typeof DISCIPLINE_FORMS;
export const DISCIPLINE_FORM_CODES = Object.keys(DISCIPLINE_FORMS) as [DisciplineForm, ...DisciplineForm[]];

/** The 54 ethnic groups of Vietnam (official list, Decision 121-TCTK/PPCĐ), by their common names. */
export const ETHNIC_GROUPS = [
  'Kinh',
  'Tày',
  'Thái',
  'Hoa',
  'Khơ-me',
  'Mường',
  'Nùng',
  'HMông',
  'Dao',
  'Gia-rai',
  'Ngái',
  'Ê-đê',
  'Ba-na',
  'Xơ-đăng',
  'Sán Chay',
  'Cơ-ho',
  'Chăm',
  'Sán Dìu',
  'Hrê',
  'Mnông',
  'Raglay',
  'Xtiêng',
  'Bru-Vân Kiều',
  'Thổ',
  'Giáy',
  'Cơ-tu',
  'Gié-Triêng',
  'Mạ',
  'Khơ-mú',
  'Co',
  'Tà-ôi',
  'Chơ-ro',
  'Kháng',
  'Xinh-mun',
  'Hà Nhì',
  'Chu-ru',
  'Lào',
  'La Chí',
  'La Ha',
  'Phù Lá',
  'La Hủ',
  'Lự',
  'Lô Lô',
  'Chứt',
  'Mảng',
  'Pà Thẻn',
  'Cơ Lao',
  'Cống',
  'Bố Y',
  'Si La',
  'Pu Péo',
  'Brâu',
  'Ơ-đu',
  'Rơ-măm',
] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];
