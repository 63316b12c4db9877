import type { Form2cData } from './form-2c.data.js';
import { dottedBlock, fieldLine, prefixFirst, sectionTitle, together, type Node } from './form-2c.blocks.js';
import { formatCoefficient, formatDate, formatMonth, formatNumber } from './form-2c.format.js';
import { birthDateField, genderLabel, header, titleBlock, upperName } from './form-2c.header.js';
import { signatures } from './form-2c.signatures.js';
import { familySection, salaryTable, trainingTable, workTable } from './form-2c.tables.js';

/** The content of Mẫu 2C/TCTW-98. */

export function tctw98(data: Form2cData): Node[] {
  const d = data;
  return [
    header(d, 'TCTW-98'),
    titleBlock('SƠ YẾU LÝ LỊCH', [
      fieldLine(
        { label: '1) Họ và tên khai sinh:', value: upperName(d), bold: true },
        { label: ' Nam, nữ:', value: genderLabel(d), width: 30 },
      ),
      fieldLine({ label: '2) Các tên gọi khác:', value: d.otherNames }),
      fieldLine({ label: '3) Cấp ủy hiện tại:', value: d.partyCommittee }),
      fieldLine({ label: 'Cấp ủy kiêm:', value: d.partyCommitteeConcurrent }),
      { text: 'Chức vụ (Đảng, đoàn thể, chính quyền, kể cả kiêm nhiệm):', margin: [0, 1.5, 0, 0] },
      fieldLine({ label: '', value: d.posts }),
      fieldLine({ label: 'Phụ cấp chức vụ:', value: formatCoefficient(d.positionAllowance) }),
    ]),
    fieldLine(...prefixFirst('4) ', birthDateField(d, false))),
    fieldLine({ label: '5) Nơi sinh:', value: d.birthplace }),
    fieldLine({ label: '6) Quê quán:', value: d.homeTown }),
    fieldLine({ label: '7) Nơi ở hiện nay:', value: d.residence }),
    fieldLine({ label: 'Điện thoại:', value: d.phone }, { label: ', Email:', value: d.email }),
    fieldLine({ label: '8) Dân tộc:', value: d.ethnicity }, { label: ' 9) Tôn giáo:', value: d.religion }),
    fieldLine({ label: '10) Thành phần gia đình xuất thân:', value: d.familyBackground }),
    fieldLine({ label: '11) Nghề nghiệp bản thân trước khi được tuyển dụng:', value: d.occupationBeforeRecruitment }),
    fieldLine(
      { label: '12) Ngày được tuyển dụng:', value: formatDate(d.recruitmentDate), width: 70 },
      { label: ', Vào cơ quan nào, ở đâu:', value: d.recruitmentAgency },
    ),
    fieldLine({ label: '13) Ngày vào cơ quan hiện đang công tác:', value: formatDate(d.currentAgencyDate) }),
    fieldLine({ label: 'Ngày tham gia cách mạng:', value: formatDate(d.revolutionDate) }),
    fieldLine(
      { label: '14) Ngày vào Đảng Cộng sản Việt Nam:', value: formatDate(d.partyJoinDate) },
      { label: ', Ngày chính thức:', value: formatDate(d.partyOfficialDate) },
    ),
    fieldLine({ label: '15) Ngày tham gia các tổ chức chính trị - xã hội:', value: d.socioPoliticalOrgs }),
    fieldLine(
      { label: '16) Ngày nhập ngũ:', value: formatDate(d.armyEnlistDate) },
      { label: ', Ngày xuất ngũ:', value: formatDate(d.armyDischargeDate) },
    ),
    fieldLine({ label: 'Quân hàm, chức vụ cao nhất:', value: d.armyHighestRank }),
    { text: '17) Trình độ học vấn:', margin: [0, 1.5, 0, 0] },
    fieldLine({ label: '- Giáo dục phổ thông:', value: d.educationGeneral }),
    fieldLine({ label: '- Trình độ chuyên môn cao nhất:', value: d.educationProfessional }),
    fieldLine({ label: '- Học hàm, học vị:', value: d.academicTitle }),
    fieldLine(
      { label: '- Lý luận chính trị:', value: d.politicalTheory },
      { label: ' Quản lý nhà nước:', value: d.stateManagement },
    ),
    fieldLine({ label: '- Ngoại ngữ:', value: d.languages }, { label: ' Tin học:', value: d.itLevel }),
    fieldLine({ label: '- Tiếng dân tộc thiểu số:', value: d.minorityLanguage }),
    fieldLine({ label: '18) Công tác chính đang làm:', value: d.mainWork }),
    fieldLine(
      { label: '19) Ngạch công chức:', value: d.civilServiceRank },
      { label: ' (mã số:', value: d.civilServiceRankCode, width: 50 },
      { label: ')', value: null, width: 1 },
    ),
    fieldLine(
      { label: 'Bậc lương:', value: formatNumber(d.salaryStep), width: 30 },
      { label: ', Hệ số:', value: formatCoefficient(d.salaryCoefficient), width: 40 },
      { label: ', Từ tháng:', value: formatMonth(d.salaryFrom) },
    ),
    fieldLine({ label: '20) Danh hiệu được phong tặng (cao nhất):', value: d.honorTitle }),
    fieldLine({ label: '21) Sở trường công tác:', value: d.strengths }),
    fieldLine({ label: '22) Khen thưởng:', value: d.rewards }),
    fieldLine({ label: '23) Kỷ luật (hình thức, năm, lý do):', value: d.discipline }),
    fieldLine(
      { label: '24) Tình trạng sức khỏe:', value: d.health },
      { label: ', Cao:', value: formatNumber(d.heightCm), width: 24 },
      { label: 'cm, Cân nặng:', value: formatNumber(d.weightKg), width: 24 },
      { label: 'kg, Nhóm máu:', value: d.bloodType, width: 24 },
    ),
    fieldLine(
      { label: '25) Số CCCD/CMND:', value: d.idNumber },
      { label: ' Ngày cấp:', value: formatDate(d.idIssueDate), width: 72 },
    ),
    fieldLine({ label: 'Số sổ BHXH:', value: d.socialInsuranceNumber }),
    fieldLine(
      { label: 'Thương binh hạng:', value: d.warInvalidGrade, width: 40 },
      { label: ', Gia đình chính sách:', value: d.policyFamily },
    ),
    together(sectionTitle('26) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ'), trainingTable(d)),
    together(sectionTitle('27) TÓM TẮT QUÁ TRÌNH CÔNG TÁC'), workTable(d)),
    together(
      sectionTitle('28) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN', '(bị bắt, bị tù, làm việc trong chế độ cũ…)'),
      dottedBlock(d.personalHistoryNotes, 3),
    ),
    together(sectionTitle('29) QUAN HỆ VỚI NƯỚC NGOÀI', '(tổ chức, thân nhân ở nước ngoài)'), dottedBlock(d.foreignRelations, 2)),
    ...familySection(d),
    together(sectionTitle('31) DIỄN BIẾN QUÁ TRÌNH LƯƠNG'), salaryTable(d)),
    // The assessment and the signatures share a page: a signature never stands alone.
    together(
      sectionTitle('32) NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ'),
      dottedBlock(d.assessment, 4),
      signatures(d),
    ),
  ];
}
