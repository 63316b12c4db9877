import type { Form2cData } from './form-2c.data.js';
import { dottedBlock, fieldLine, joinKnown, prefixFirst, sectionTitle, together, type Node } from './form-2c.blocks.js';
import { formatCoefficient, formatDate, formatNumber } from './form-2c.format.js';
import { birthDateField, header, titleBlock, upperName } from './form-2c.header.js';
import { signatures } from './form-2c.signatures.js';
import { familySection, salaryTable, trainingTable, workTable } from './form-2c.tables.js';

/** The content of Mẫu 2C-BNV/2008 (QĐ 02/2008/QĐ-BNV). */

export function bnv2008(data: Form2cData): Node[] {
  const d = data;
  return [
    header(d, 'BNV-2008'),
    titleBlock('SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC', [
      fieldLine({ label: '1) Họ và tên khai sinh (viết chữ in hoa):', value: upperName(d), bold: true }),
      fieldLine({ label: '2) Tên gọi khác:', value: d.otherNames }),
      fieldLine(...prefixFirst('3) ', birthDateField(d, true))),
      fieldLine({ label: '4) Nơi sinh:', value: d.birthplace }),
      fieldLine({ label: '5) Quê quán:', value: d.homeTown }),
      fieldLine({ label: '6) Dân tộc:', value: d.ethnicity }, { label: ', 7) Tôn giáo:', value: d.religion }),
    ]),
    fieldLine({ label: '8) Nơi đăng ký hộ khẩu thường trú:', value: d.permanentResidence }),
    fieldLine({ label: '9) Nơi ở hiện nay:', value: d.residence }),
    fieldLine({ label: 'Điện thoại:', value: d.phone }, { label: ', Email:', value: d.email }),
    fieldLine({ label: '10) Nghề nghiệp khi được tuyển dụng:', value: d.occupationBeforeRecruitment }),
    fieldLine(
      { label: '11) Ngày tuyển dụng:', value: formatDate(d.recruitmentDate), width: 70 },
      { label: ', Cơ quan tuyển dụng:', value: d.recruitmentAgency },
    ),
    fieldLine({ label: '12) Chức vụ (chức danh) hiện tại:', value: d.posts }),
    { text: '(Về chính quyền hoặc Đảng, đoàn thể)', italics: true, fontSize: 10, margin: [20, 0, 0, 1] },
    fieldLine({ label: '13) Công việc chính được giao:', value: d.mainWork }),
    fieldLine(
      { label: '14) Ngạch công chức (viên chức):', value: d.civilServiceRank },
      { label: ', Mã ngạch:', value: d.civilServiceRankCode, width: 60 },
    ),
    fieldLine(
      { label: 'Bậc lương:', value: formatNumber(d.salaryStep), width: 30 },
      { label: ', Hệ số:', value: formatCoefficient(d.salaryCoefficient), width: 40 },
      { label: ', Ngày hưởng:', value: formatDate(d.salaryFrom) },
    ),
    fieldLine(
      { label: 'Phụ cấp chức vụ:', value: formatCoefficient(d.positionAllowance), width: 50 },
      { label: ', Phụ cấp khác:', value: d.otherAllowance },
    ),
    fieldLine({ label: '15.1- Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào):', value: d.educationGeneral }),
    fieldLine({ label: '15.2- Trình độ chuyên môn cao nhất:', value: joinKnown([d.educationProfessional, d.academicTitle]) }),
    {
      text: '(TSKH, TS, ThS, cử nhân, kỹ sư, cao đẳng, trung cấp, sơ cấp; chuyên ngành)',
      italics: true,
      fontSize: 10,
      margin: [20, 0, 0, 1],
    },
    fieldLine(
      { label: '15.3- Lý luận chính trị:', value: d.politicalTheory },
      { label: ' 15.4- Quản lý nhà nước:', value: d.stateManagement },
    ),
    fieldLine({ label: '15.5- Ngoại ngữ:', value: d.languages }, { label: ' 15.6- Tin học:', value: d.itLevel }),
    fieldLine(
      { label: '16) Ngày vào Đảng Cộng sản Việt Nam:', value: formatDate(d.partyJoinDate) },
      { label: ', Ngày chính thức:', value: formatDate(d.partyOfficialDate) },
    ),
    fieldLine({ label: '17) Ngày tham gia tổ chức chính trị - xã hội:', value: d.socioPoliticalOrgs }),
    fieldLine(
      { label: '18) Ngày nhập ngũ:', value: formatDate(d.armyEnlistDate) },
      { label: ', Ngày xuất ngũ:', value: formatDate(d.armyDischargeDate) },
    ),
    fieldLine({ label: 'Quân hàm, chức vụ cao nhất:', value: d.armyHighestRank }),
    fieldLine({ label: '19) Danh hiệu được phong tặng cao nhất:', value: d.honorTitle }),
    fieldLine({ label: '20) Sở trường công tác:', value: d.strengths }),
    fieldLine({ label: '21) Khen thưởng:', value: d.rewards }),
    fieldLine({ label: '22) Kỷ luật:', value: d.discipline }),
    fieldLine(
      { label: '23) Tình trạng sức khỏe:', value: d.health },
      { label: ', Chiều cao:', value: formatNumber(d.heightCm), width: 24 },
      { label: 'cm, Cân nặng:', value: formatNumber(d.weightKg), width: 24 },
      { label: 'kg, Nhóm máu:', value: d.bloodType, width: 24 },
    ),
    fieldLine(
      { label: '24) Là thương binh hạng:', value: d.warInvalidGrade, width: 40 },
      { label: ', Là con gia đình chính sách:', value: d.policyFamily },
    ),
    fieldLine(
      { label: '25) Số CCCD/CMND:', value: d.idNumber },
      { label: ' Ngày cấp:', value: formatDate(d.idIssueDate), width: 72 },
    ),
    fieldLine({ label: '26) Số sổ BHXH:', value: d.socialInsuranceNumber }),
    together(
      sectionTitle('27) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC'),
      trainingTable(d),
    ),
    {
      text: 'Ghi chú: Hình thức đào tạo: chính quy, tại chức, chuyên tu, bồi dưỡng…; văn bằng: TSKH, TS, ThS, cử nhân, kỹ sư…',
      italics: true,
      fontSize: 9.5,
      margin: [0, 2, 0, 0],
    },
    together(sectionTitle('28) TÓM TẮT QUÁ TRÌNH CÔNG TÁC'), workTable(d)),
    together(
      sectionTitle('29) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN'),
      dottedBlock(
        joinKnown([d.personalHistoryNotes, d.foreignRelations ? `Quan hệ với nước ngoài: ${d.foreignRelations}` : null], '\n'),
        3,
      ),
    ),
    ...familySection(d),
    together(sectionTitle('31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC'), salaryTable(d)),
    // The assessment and the signatures share a page: a signature never stands alone.
    together(
      sectionTitle('32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC'),
      dottedBlock(d.assessment, 4),
      signatures(d),
    ),
  ];
}
