import type { Gender } from '../people-codes.js';

/**
 * Everything the personal-history form (Sơ yếu lý lịch, Mẫu 2C — DOMAIN §6) prints, as plain data.
 * The people module fills it from a person's detail; `null` prints as a dotted blank, like the paper
 * form. Dates are ISO (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that is known); the renderer
 * writes them dd/mm/yyyy, mm/yyyy or "ngày … tháng … năm …". Text may arrive in any Unicode
 * normalisation form: the renderer normalises it to NFC.
 */
export interface Form2cData {
  header: Form2cHeader;

  /** 1. Họ và tên khai sinh: printed in capitals. */
  fullName: string | null;
  gender: Gender | null;
  /** 2. Các tên gọi khác. */
  otherNames: string | null;
  /** 3. Cấp ủy hiện tại; cấp ủy kiêm; chức vụ (Đảng, đoàn thể, chính quyền, kể cả kiêm nhiệm); phụ cấp chức vụ. */
  partyCommittee: string | null;
  partyCommitteeConcurrent: string | null;
  /** Current posts, concurrent ones included, e.g. "Phó Giám đốc Sở Nội vụ; Bí thư Chi bộ Văn phòng". */
  posts: string | null;
  positionAllowance: number | null;
  otherAllowance: string | null;
  /** 4. Ngày sinh (ISO). With `birthYearOnly`, only the year is known and printed. */
  dateOfBirth: string | null;
  birthYearOnly: boolean;
  /** 5. Nơi sinh, 6. Quê quán: by current administrative units. */
  birthplace: string | null;
  homeTown: string | null;
  /** Nơi đăng ký hộ khẩu thường trú (2C-BNV/2008). */
  permanentResidence: string | null;
  /** 7. Nơi ở hiện nay; điện thoại; email. */
  residence: string | null;
  phone: string | null;
  email: string | null;
  /** 8. Dân tộc, 9. Tôn giáo ("Không" when none). */
  ethnicity: string | null;
  religion: string | null;
  /** 10. Thành phần gia đình xuất thân (2C/TCTW-98). */
  familyBackground: string | null;
  /** 11. Nghề nghiệp bản thân trước khi được tuyển dụng. */
  occupationBeforeRecruitment: string | null;
  /** 12. Ngày được tuyển dụng; vào cơ quan nào, ở đâu. */
  recruitmentDate: string | null;
  recruitmentAgency: string | null;
  /** 13. Ngày vào cơ quan hiện đang công tác; ngày tham gia cách mạng. */
  currentAgencyDate: string | null;
  revolutionDate: string | null;
  /** 14. Ngày vào Đảng CSVN; ngày chính thức. */
  partyJoinDate: string | null;
  partyOfficialDate: string | null;
  /** 15. Ngày tham gia các tổ chức chính trị - xã hội (free text: "Đoàn TNCS HCM: 26/03/1998"). */
  socioPoliticalOrgs: string | null;
  /** 16. Ngày nhập ngũ; ngày xuất ngũ; quân hàm, chức vụ cao nhất. */
  armyEnlistDate: string | null;
  armyDischargeDate: string | null;
  armyHighestRank: string | null;
  /** 17. Trình độ: giáo dục phổ thông ("12/12"), chuyên môn cao nhất, học hàm/học vị, LLCT, QLNN, ngoại ngữ, tin học, tiếng dân tộc. */
  educationGeneral: string | null;
  educationProfessional: string | null;
  academicTitle: string | null;
  politicalTheory: string | null;
  stateManagement: string | null;
  languages: string | null;
  itLevel: string | null;
  minorityLanguage: string | null;
  /** 18. Công tác chính đang làm. */
  mainWork: string | null;
  /** 19. Ngạch công chức (tên, mã ngạch); bậc lương; hệ số; từ tháng/năm. */
  civilServiceRank: string | null;
  civilServiceRankCode: string | null;
  salaryStep: number | null;
  salaryCoefficient: number | null;
  salaryFrom: string | null;
  /** 20. Danh hiệu được phong tặng (cao nhất), 21. Sở trường công tác. */
  honorTitle: string | null;
  strengths: string | null;
  /** 22. Khen thưởng (hình thức cao nhất), 23. Kỷ luật (hình thức, năm, lý do). */
  rewards: string | null;
  discipline: string | null;
  /** 24. Sức khỏe; chiều cao (cm); cân nặng (kg); nhóm máu. */
  health: string | null;
  heightCm: number | null;
  weightKg: number | null;
  bloodType: string | null;
  /** 25. Số CMND/CCCD và ngày cấp; số sổ BHXH; thương binh hạng; gia đình chính sách. */
  idNumber: string | null;
  idIssueDate: string | null;
  socialInsuranceNumber: string | null;
  warInvalidGrade: string | null;
  policyFamily: string | null;

  training: Form2cTrainingRow[];
  workHistory: Form2cWorkRow[];
  /** Đặc điểm lịch sử bản thân. */
  personalHistoryNotes: string | null;
  /** Quan hệ với nước ngoài. */
  foreignRelations: string | null;
  /** Quan hệ gia đình: own side, then the spouse's side. */
  family: Form2cFamilyRow[];
  spouseFamily: Form2cFamilyRow[];
  salaryHistory: Form2cSalaryRow[];
  /** Nhận xét, đánh giá của cơ quan, đơn vị quản lý và sử dụng CBCC. */
  assessment: string | null;
  /** Place and date of the declaration ("Hà Nội, ngày 05 tháng 01 năm 2026"); blanks when null. */
  declarationPlace: string | null;
  declarationDate: string | null;
}

export interface Form2cHeader {
  /** 2C/TCTW-98: Tỉnh; đơn vị trực thuộc; đơn vị cơ sở. */
  province: string | null;
  directUnit: string | null;
  grassrootsUnit: string | null;
  /** Số hiệu cán bộ (công chức). */
  cadreNumber: string | null;
  /** 2C-BNV/2008: cơ quan, đơn vị có thẩm quyền quản lý CBCC; cơ quan, đơn vị sử dụng CBCC. */
  managingBody: string | null;
  employingUnit: string | null;
}

export interface Form2cTrainingRow {
  school: string | null;
  major: string | null;
  /** ISO month or date; printed mm/yyyy. */
  from: string | null;
  to: string | null;
  /** Hình thức: chính quy, tại chức, chuyên tu, bồi dưỡng… */
  mode: string | null;
  /** Văn bằng, chứng chỉ, trình độ. */
  certificate: string | null;
}

export interface Form2cWorkRow {
  from: string | null;
  /** null while the post is held: printed "nay". */
  to: string | null;
  /** Chức danh, chức vụ, đơn vị công tác. */
  description: string | null;
}

export interface Form2cFamilyRow {
  /** Bố, Mẹ, Vợ, Chồng, Con, Anh, Chị, Em… */
  relation: string | null;
  fullName: string | null;
  birthYear: string | null;
  /** Quê quán, nghề nghiệp, chức danh, chức vụ, đơn vị công tác, học tập, nơi ở. */
  details: string | null;
}

export interface Form2cSalaryRow {
  /** ISO month or date; printed mm/yyyy. */
  from: string | null;
  /** Mã ngạch/bậc, e.g. "01.003/4". */
  rankStep: string | null;
  coefficient: number | null;
}

export type Form2cVariant = 'BNV-2008' | 'TCTW-98';

/** A form with every field blank: the people module spreads a person's detail over it. */
export function emptyForm2cData(): Form2cData {
  return {
    header: {
      province: null,
      directUnit: null,
      grassrootsUnit: null,
      cadreNumber: null,
      managingBody: null,
      employingUnit: null,
    },
    fullName: null,
    gender: null,
    otherNames: null,
    partyCommittee: null,
    partyCommitteeConcurrent: null,
    posts: null,
    positionAllowance: null,
    otherAllowance: null,
    dateOfBirth: null,
    birthYearOnly: false,
    birthplace: null,
    homeTown: null,
    permanentResidence: null,
    residence: null,
    phone: null,
    email: null,
    ethnicity: null,
    religion: null,
    familyBackground: null,
    occupationBeforeRecruitment: null,
    recruitmentDate: null,
    recruitmentAgency: null,
    currentAgencyDate: null,
    revolutionDate: null,
    partyJoinDate: null,
    partyOfficialDate: null,
    socioPoliticalOrgs: null,
    armyEnlistDate: null,
    armyDischargeDate: null,
    armyHighestRank: null,
    educationGeneral: null,
    educationProfessional: null,
    academicTitle: null,
    politicalTheory: null,
    stateManagement: null,
    languages: null,
    itLevel: null,
    minorityLanguage: null,
    mainWork: null,
    civilServiceRank: null,
    civilServiceRankCode: null,
    salaryStep: null,
    salaryCoefficient: null,
    salaryFrom: null,
    honorTitle: null,
    strengths: null,
    rewards: null,
    discipline: null,
    health: null,
    heightCm: null,
    weightKg: null,
    bloodType: null,
    idNumber: null,
    idIssueDate: null,
    socialInsuranceNumber: null,
    warInvalidGrade: null,
    policyFamily: null,
    training: [],
    workHistory: [],
    personalHistoryNotes: null,
    foreignRelations: null,
    family: [],
    spouseFamily: [],
    salaryHistory: [],
    assessment: null,
    declarationPlace: null,
    declarationDate: null,
  };
}
