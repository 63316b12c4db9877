/**
 * The importer's fields as the column-mapping editor names them (vi/en). The keys are the server's
 * IMPORT_FIELDS (import/detect-header.ts; a test checks they match), in the order the editor offers them.
 */
export const IMPORT_FIELD_LABELS = {
  stt: { vi: 'Số thứ tự', en: 'Row number' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  hoDem: { vi: 'Họ và đệm', en: 'Family and middle name' },
  ten: { vi: 'Tên', en: 'Given name' },
  otherNames: { vi: 'Tên gọi khác', en: 'Other names' },
  dateOfBirth: { vi: 'Ngày sinh', en: 'Date of birth' },
  birthDateMale: { vi: 'Ngày sinh (Nam)', en: 'Date of birth (male)' },
  birthDateFemale: { vi: 'Ngày sinh (Nữ)', en: 'Date of birth (female)' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  idNumber: { vi: 'Số CCCD', en: 'ID number' },
  position: { vi: 'Chức vụ', en: 'Post title' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  homeTown: { vi: 'Quê quán', en: 'Home town' },
  birthplace: { vi: 'Nơi sinh', en: 'Birthplace' },
  address: { vi: 'Nơi ở hiện nay', en: 'Address' },
  educationLevel: { vi: 'Trình độ chuyên môn', en: 'Education level' },
  politicalTheory: { vi: 'Lý luận chính trị', en: 'Political theory' },
  partyJoinDate: { vi: 'Ngày vào Đảng', en: 'Party join date' },
  partyOfficialDate: { vi: 'Ngày chính thức', en: 'Party official date' },
  civilServiceRank: { vi: 'Ngạch', en: 'Civil service rank' },
  civilServiceRankCode: { vi: 'Mã ngạch', en: 'Rank code' },
  salaryStep: { vi: 'Bậc lương', en: 'Salary step' },
  salaryCoefficient: { vi: 'Hệ số lương', en: 'Salary coefficient' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  status: { vi: 'Đối tượng', en: 'Status' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type ImportFieldName = keyof typeof IMPORT_FIELD_LABELS;
export const IMPORT_FIELD_NAMES = Object.keys(IMPORT_FIELD_LABELS) as ImportFieldName[];
