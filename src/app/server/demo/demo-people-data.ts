/**
 * The demo's (and the benchmarks') synthetic population: name lists with realistic frequencies,
 * places, statuses and posts by kind of unit. Data, with a seeded PRNG: the same seed always gives the
 * same people. Used by demo-people.ts.
 */
import type { DemoUnit } from './demo-province.js';
import type { EducationLevel, Gender, PersonStatus, PoliticalTheoryLevel } from '../../../modules/people/people-codes.js';

/** mulberry32: small, fast, good enough for synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

export function picker<T>(items: Weighted<T>): (r: number) => T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  const cumulative: number[] = [];
  let acc = 0;
  for (const [, w] of items) cumulative.push((acc += w / total));
  return (r) => {
    // Binary search for the first cumulative weight above r.
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 1) > r) hi = mid;
      else lo = mid + 1;
    }
    return (items[lo] ?? items[items.length - 1])![0];
  };
}

export const uniform = <T>(items: readonly T[]): Weighted<T> => items.map((x) => [x, 1] as const);

// Surnames in percent of the population (northern province: Hoàng and Vũ far more than Huỳnh and Võ).
export const SURNAMES = picker<string>([
  ['Nguyễn', 38.4],
  ['Trần', 12.1],
  ['Lê', 9.5],
  ['Phạm', 7.0],
  ['Hoàng', 4.5],
  ['Huỳnh', 0.6],
  ['Phan', 4.5],
  ['Vũ', 3.4],
  ['Võ', 0.5],
  ['Đặng', 2.1],
  ['Bùi', 2.0],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1.0],
  ['Lý', 0.5],
  ...(['Đinh', 'Trịnh', 'Đoàn', 'Lương', 'Mai', 'Đào', 'Cao', 'Lâm', 'Tạ', 'Phí', 'Quách', 'Nghiêm'].map((s) => [s, 0.6]) as [
    string,
    number,
  ][]),
  ...(['Lại', 'Kiều', 'Chu', 'Tô', 'Hà', 'Vương', 'Triệu', 'Lưu', 'Khúc', 'Doãn', 'Nhữ', 'Vi'].map((s) => [s, 0.25]) as [
    string,
    number,
  ][]),
]);

export const MIDDLE: Record<Gender, (r: number) => string> = {
  male: picker<string>([
    ['Văn', 40],
    ['Hữu', 6],
    ['Đức', 8],
    ['Minh', 7],
    ['Quang', 5],
    ['Thanh', 4],
    ['Ngọc', 3],
    ['Xuân', 3],
    ['Công', 4],
    ['Mạnh', 2],
    ['Tiến', 2],
    ['Duy', 3],
    ['Thế', 3],
    ['Trọng', 3],
    ['Đình', 5],
    ['Việt', 2],
    ['Anh', 2],
    ['Văn Minh', 1],
    ['Đức Anh', 1],
  ]),
  female: picker<string>([
    ['Thị', 55],
    ['Ngọc', 5],
    ['Thanh', 5],
    ['Thu', 5],
    ['Minh', 3],
    ['Phương', 3],
    ['Hồng', 3],
    ['Thùy', 3],
    ['Kim', 2],
    ['Bích', 2],
    ['Thúy', 2],
    ['Khánh', 2],
    ['Hải', 2],
    ['Thị Thu', 3],
    ['Thị Minh', 2],
    ['Thị Thanh', 2],
  ]),
};

export const GIVEN: Record<Gender, (r: number) => string> = {
  male: picker(
    uniform([
      ...['Anh', 'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Nam', 'Cường', 'Thắng', 'Long', 'Sơn', 'Hiếu', 'Hoàng', 'Đức', 'Trung'],
      ...['Quân', 'Hưng', 'Bình', 'Phong', 'Thành', 'Khánh', 'Tùng', 'Việt', 'Vinh', 'Toàn', 'Tú', 'Huy', 'Lâm', 'Hòa'],
      ...['Minh', 'Quang', 'Kiên', 'Thịnh', 'Lộc', 'Phúc', 'Tài', 'Bảo', 'Duy', 'Đạt', 'Khoa', 'Nghĩa', 'Tâm', 'Thuận'],
      ...['Tiến', 'Trí', 'Chiến', 'Giang', 'Hậu', 'Linh', 'Quý', 'Thái', 'Vương', 'Ánh', 'Định', 'Đông', 'Ước', 'Ửng'],
    ]),
  ),
  female: picker(
    uniform([
      ...['Hương', 'Lan', 'Hoa', 'Huyền', 'Linh', 'Trang', 'Thảo', 'Hằng', 'Nga', 'Mai', 'Phương', 'Thủy', 'Hà', 'Yến'],
      ...['Ngọc', 'Anh', 'Dung', 'Hạnh', 'Nhung', 'Oanh', 'Hiền', 'Loan', 'Thu', 'Vân', 'Quỳnh', 'Nhàn', 'Liên', 'Hồng'],
      ...['Tâm', 'Ánh', 'Diệp', 'Duyên', 'Giang', 'Hậu', 'Lý', 'My', 'Nguyệt', 'Nhi', 'Phượng', 'Thơm', 'Thúy', 'Trâm'],
      ...['Uyên', 'Xuân', 'Yên', 'Ngân', 'Chi', 'Châu', 'Điệp', 'Đào', 'Huệ', 'Luyến', 'Sen', 'Tuyết', 'Ước', 'Ưng'],
    ]),
  ),
};

export const ETHNICITY = picker<string>([
  ['Kinh', 985],
  ['Mường', 4],
  ['Tày', 3],
  ['Thái', 2],
  ['Nùng', 2],
  ['Hoa', 2],
  ['Dao', 1],
  ['Sán Dìu', 1],
]);
export const RELIGION = picker<string>([
  ['Không', 88],
  ['Công giáo', 7],
  ['Phật giáo', 5],
]);

// Birthplace province codes of the CCCD (Circular 59/2021/TT-BCA annex): Hưng Yên and the provinces
// around it. The generated province covers former Hưng Yên and Thái Bình (merged on 1/7/2025).
export const BIRTH_PROVINCE = picker<readonly [string, string]>([
  [['033', 'Hưng Yên'], 55],
  [['034', 'Thái Bình'], 30],
  [['001', 'Hà Nội'], 5],
  [['030', 'Hải Dương'], 4],
  [['036', 'Nam Định'], 3],
  [['035', 'Hà Nam'], 3],
]);

export const EDUCATION = picker<EducationLevel>([
  ['dai_hoc', 58],
  ['thac_si', 12],
  ['tien_si', 1],
  ['cao_dang', 11],
  ['trung_cap', 12],
  ['so_cap', 3],
  ['none', 3],
]);
export const MAJORS = picker(
  uniform([
    'Sư phạm Toán',
    'Sư phạm Ngữ văn',
    'Giáo dục Tiểu học',
    'Giáo dục Mầm non',
    'Y đa khoa',
    'Điều dưỡng',
    'Luật',
    'Kinh tế',
    'Kế toán',
    'Quản lý nhà nước',
    'Hành chính học',
    'Công nghệ thông tin',
    'Xây dựng Đảng và chính quyền nhà nước',
    'Quản lý đất đai',
    'Nông học',
  ]),
);

export const THEORY = picker<PoliticalTheoryLevel>([
  ['none', 38],
  ['so_cap', 27],
  ['trung_cap', 25],
  ['cao_cap', 8],
  ['cu_nhan', 2],
]);

/** Where people work, by unit kind; party cells hold members, not posts. */
export const KIND_WEIGHT: Partial<Record<DemoUnit['kind'], number>> = {
  public_service_unit: 60,
  division: 25,
  department: 15,
  commune_people_committee: 10,
  party_advisory_board: 30,
  mass_organization: 20,
  fatherland_front: 8,
  grassroots_party_committee: 6,
  party_committee: 6,
};

export const STATUS_BY_KIND = {
  public_service_unit: picker<PersonStatus>([
    ['public_employee', 88],
    ['worker', 10],
    ['civil_servant', 2],
  ]),
  office: picker<PersonStatus>([
    ['civil_servant', 78],
    ['cadre', 10],
    ['public_employee', 4],
    ['worker', 8],
  ]),
  party: picker<PersonStatus>([
    ['cadre', 30],
    ['civil_servant', 62],
    ['worker', 8],
  ]),
} as const;

export const POSITIONS = {
  school: picker<string>([
    ['Giáo viên', 85],
    ['Tổ trưởng chuyên môn', 7],
    ['Phó Hiệu trưởng', 3],
    ['Hiệu trưởng', 1],
    ['Nhân viên', 4],
  ]),
  health: picker<string>([
    ['Bác sĩ', 30],
    ['Điều dưỡng', 35],
    ['Y sĩ', 15],
    ['Dược sĩ', 8],
    ['Trưởng trạm', 2],
    ['Nhân viên', 10],
  ]),
  office: picker<string>([
    ['Chuyên viên', 70],
    ['Chuyên viên chính', 12],
    ['Phó Trưởng phòng', 7],
    ['Trưởng phòng', 3],
    ['Cán sự', 4],
    ['Nhân viên', 4],
  ]),
};

export const RANK: Record<string, readonly [string, string]> = {
  'Chuyên viên': ['Chuyên viên', '01.003'],
  'Chuyên viên chính': ['Chuyên viên chính', '01.002'],
  'Phó Trưởng phòng': ['Chuyên viên chính', '01.002'],
  'Trưởng phòng': ['Chuyên viên chính', '01.002'],
  'Cán sự': ['Cán sự', '01.004'],
};

export const pickPhonePrefix = picker(uniform(['91', '98', '96', '97', '90', '93', '38', '86', '34', '88', '70']));
