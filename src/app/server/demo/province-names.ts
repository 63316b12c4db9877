/**
 * Names for the demo province (demo data, not a record of real units). The province is modelled on
 * Hưng Yên after the 2025 reorganization: two levels of local government, ~50 grassroots party
 * organizations per former district (seed 001: "51 tổ chức cơ sở đảng trực thuộc").
 */

/** Communes and wards formed on 1/7/2025; each absorbed a few former communes (see FORMER_COMMUNES). */
export const COMMUNES: readonly { readonly name: string; readonly ward: boolean }[] = [
  { name: 'Tiên Lữ', ward: false },
  { name: 'Tiên Hoa', ward: false },
  { name: 'Phố Hiến', ward: true },
  { name: 'Sơn Nam', ward: true },
  { name: 'Hồng Châu', ward: true },
  { name: 'Quang Hưng', ward: false },
  { name: 'Đoàn Đào', ward: false },
  { name: 'Ân Thi', ward: false },
  { name: 'Khoái Châu', ward: false },
  { name: 'Văn Giang', ward: false },
  { name: 'Mỹ Hào', ward: true },
  { name: 'Đường Hào', ward: true },
  { name: 'Như Quỳnh', ward: false },
  { name: 'Hưng Hà', ward: false },
  { name: 'Quỳnh Phụ', ward: false },
  { name: 'Vũ Thư', ward: false },
  { name: 'Kiến Xương', ward: false },
  { name: 'Thái Bình', ward: true },
  { name: 'Trần Hưng Đạo', ward: true },
  { name: 'Trà Lý', ward: true },
];

/** Former communes, handed out in order, three or four to each new commune (schools keep their names). */
export const FORMER_COMMUNES: readonly string[] = [
  ...['An Viên', 'Dị Chế', 'Hưng Đạo', 'Ngô Quyền', 'Nhật Tân', 'Thiện Phiến', 'Thủy Lôi', 'Hải Triều'],
  ...['Minh Phượng', 'Cương Chính', 'Lệ Xá', 'Trung Dũng', 'Đức Thắng', 'Tân Hưng', 'Hồng Nam', 'Quảng Châu'],
  ...['Bảo Khê', 'Phú Cường', 'Hùng Cường', 'Lam Sơn', 'Hiến Nam', 'An Tảo', 'Lê Lợi', 'Minh Khai'],
  ...['Quang Trung', 'Liên Phương', 'Phương Chiểu', 'Hoàng Hanh', 'Tân Dân', 'Ông Đình', 'An Vĩ', 'Dạ Trạch'],
  ...['Đông Kết', 'Bình Minh', 'Tứ Dân', 'Đông Tảo', 'Hàm Tử', 'Nhuế Dương', 'Phùng Hưng', 'Xuân Quan'],
  ...['Cửu Cao', 'Long Hưng', 'Mễ Sở', 'Thắng Lợi', 'Nghĩa Trụ', 'Vĩnh Khúc', 'Tân Tiến', 'Liên Nghĩa'],
  ...['Lạc Hồng', 'Lạc Đạo', 'Trưng Trắc', 'Đình Dù', 'Minh Hải', 'Chỉ Đạo', 'Đại Đồng', 'Tân Quang'],
  ...['Việt Hưng', 'Bãi Sậy', 'Bắc Sơn', 'Đào Dương', 'Hồ Tùng Mậu', 'Tiền Phong', 'Xuân Trúc', 'Quảng Lãng'],
  ...['Vân Du', 'Hoàng Hoa Thám', 'Đặng Lễ', 'Cẩm Ninh', 'Hạ Lễ', 'Đa Lộc', 'Phù Ủng', 'Hồng Vân'],
];

/** Villages (thôn) of communes and neighbourhoods (khu phố) of wards: a window of this list each. */
export const VILLAGES: readonly string[] = [
  ...['An Cầu', 'Thái Hòa', 'Đông Các', 'Phú Hữu', 'Thọ Lão', 'Kim Lũ', 'Bình Hồ', 'Nội Lăng', 'Tam Nông', 'Cao Xá'],
  ...['Đa Quang', 'Đại Hạnh', 'Đào Xá', 'Đông Lâm', 'Ngọc Đà', 'Phù Sa', 'Quan Xuyên', 'Tân Lập', 'Thượng Tầng'],
  ...['Trung Châu', 'Văn Nhuế', 'Vĩnh Lộc', 'Xuân Đào', 'Yên Lịch', 'An Xá', 'Cốc Khê', 'Đoàn Kết', 'Hòa Bình'],
  ...['Hợp Tiến', 'Lương Hội', 'Mai Xá', 'Nam Tiến', 'Ninh Thôn', 'Phú Mỹ', 'Quảng Lạc', 'Sài Thị', 'Tam Đa'],
  ...['Thanh Xá', 'Trà Phương', 'Tử Dương', 'Xuân Lôi', 'Yên Phú', 'An Lạc', 'Bình Dân', 'Cầu Đông', 'Dương Xá'],
  ...['Đông Hòa', 'Giai Lạc', 'Hạ Đồng', 'Kênh Cầu', 'Lạc Thủy', 'Mạn Xuyên', 'Ngọc Lịch', 'Phương Cầu', 'Quế Lâm'],
  ...['Tân Phúc', 'Thổ Cầu', 'Trai Trang', 'Vũ Xá', 'Xích Đằng', 'Bắc Hòa', 'Nam Hòa'],
];

export interface DepartmentSeed {
  readonly code: string;
  readonly name: string;
  /** Who heads it: the head-of-unit management body is named after the post. */
  readonly head: string;
  readonly divisions: readonly string[];
}

/** Departments of the provincial People's Committee after the 2025 restructuring (1/3/2025). */
export const DEPARTMENTS: readonly DepartmentSeed[] = [
  {
    code: 'VP-UBND',
    name: 'Văn phòng Ủy ban nhân dân tỉnh',
    head: 'Chánh Văn phòng Ủy ban nhân dân tỉnh',
    divisions: ['Phòng Tổng hợp', 'Phòng Kinh tế', 'Phòng Khoa giáo - Văn xã', 'Phòng Hành chính - Tổ chức'],
  },
  {
    code: 'SNV',
    name: 'Sở Nội vụ',
    head: 'Giám đốc Sở Nội vụ',
    divisions: [
      'Văn phòng Sở',
      'Phòng Tổ chức, biên chế và tổ chức phi chính phủ',
      'Phòng Công chức, viên chức',
      'Phòng Xây dựng chính quyền và công tác thanh niên',
      'Phòng Lao động - Việc làm',
      'Ban Thi đua - Khen thưởng',
    ],
  },
  {
    code: 'STP',
    name: 'Sở Tư pháp',
    head: 'Giám đốc Sở Tư pháp',
    divisions: ['Văn phòng Sở', 'Phòng Xây dựng và kiểm tra văn bản', 'Phòng Hành chính tư pháp', 'Phòng Bổ trợ tư pháp'],
  },
  {
    code: 'STC',
    name: 'Sở Tài chính',
    head: 'Giám đốc Sở Tài chính',
    divisions: ['Văn phòng Sở', 'Phòng Ngân sách', 'Phòng Quản lý giá và công sản', 'Phòng Đầu tư', 'Phòng Doanh nghiệp'],
  },
  {
    code: 'SCT',
    name: 'Sở Công Thương',
    head: 'Giám đốc Sở Công Thương',
    divisions: ['Văn phòng Sở', 'Phòng Quản lý công nghiệp', 'Phòng Quản lý thương mại', 'Phòng Quản lý năng lượng'],
  },
  {
    code: 'SNNMT',
    name: 'Sở Nông nghiệp và Môi trường',
    head: 'Giám đốc Sở Nông nghiệp và Môi trường',
    divisions: [
      'Văn phòng Sở',
      'Phòng Kế hoạch - Tài chính',
      'Phòng Quản lý đất đai',
      'Phòng Môi trường',
      'Chi cục Thủy lợi',
      'Chi cục Trồng trọt và Bảo vệ thực vật',
    ],
  },
  {
    code: 'SXD',
    name: 'Sở Xây dựng',
    head: 'Giám đốc Sở Xây dựng',
    divisions: [
      'Văn phòng Sở',
      'Phòng Quản lý xây dựng',
      'Phòng Quy hoạch - Kiến trúc',
      'Phòng Quản lý giao thông',
      'Phòng Phát triển đô thị',
    ],
  },
  {
    code: 'SKHCN',
    name: 'Sở Khoa học và Công nghệ',
    head: 'Giám đốc Sở Khoa học và Công nghệ',
    divisions: ['Văn phòng Sở', 'Phòng Quản lý khoa học', 'Phòng Chuyển đổi số', 'Phòng Bưu chính - Viễn thông'],
  },
  {
    code: 'SGDDT',
    name: 'Sở Giáo dục và Đào tạo',
    head: 'Giám đốc Sở Giáo dục và Đào tạo',
    divisions: [
      'Văn phòng Sở',
      'Phòng Giáo dục mầm non',
      'Phòng Giáo dục phổ thông',
      'Phòng Tổ chức cán bộ',
      'Phòng Khảo thí và Kiểm định chất lượng giáo dục',
    ],
  },
  {
    code: 'SYT',
    name: 'Sở Y tế',
    head: 'Giám đốc Sở Y tế',
    divisions: ['Văn phòng Sở', 'Phòng Nghiệp vụ Y', 'Phòng Nghiệp vụ Dược', 'Phòng Tổ chức cán bộ', 'Chi cục Dân số'],
  },
  {
    code: 'SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch',
    head: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
    divisions: [
      'Văn phòng Sở',
      'Phòng Quản lý văn hóa',
      'Phòng Quản lý thể dục thể thao',
      'Phòng Quản lý du lịch',
      'Phòng Báo chí - Xuất bản',
    ],
  },
  {
    code: 'SDTTG',
    name: 'Sở Dân tộc và Tôn giáo',
    head: 'Giám đốc Sở Dân tộc và Tôn giáo',
    divisions: ['Văn phòng Sở', 'Phòng Công tác dân tộc', 'Phòng Công tác tôn giáo'],
  },
  {
    code: 'SNGV',
    name: 'Sở Ngoại vụ',
    head: 'Giám đốc Sở Ngoại vụ',
    divisions: ['Văn phòng Sở', 'Phòng Hợp tác quốc tế', 'Phòng Lãnh sự'],
  },
  {
    code: 'TTR',
    name: 'Thanh tra tỉnh',
    head: 'Chánh Thanh tra tỉnh',
    divisions: [
      'Văn phòng',
      'Phòng Thanh tra 1',
      'Phòng Thanh tra 2',
      'Phòng Tiếp công dân và xử lý đơn thư',
      'Phòng Phòng, chống tham nhũng',
    ],
  },
  {
    code: 'BQLKCN',
    name: 'Ban Quản lý các khu công nghiệp tỉnh',
    head: 'Trưởng Ban Quản lý các khu công nghiệp tỉnh',
    divisions: ['Văn phòng Ban', 'Phòng Quản lý đầu tư', 'Phòng Quản lý doanh nghiệp', 'Phòng Quy hoạch và xây dựng'],
  },
  {
    code: 'BQLDA',
    name: 'Ban Quản lý dự án đầu tư xây dựng tỉnh',
    head: 'Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh',
    divisions: ['Phòng Hành chính - Tổng hợp', 'Phòng Kế hoạch - Tài chính', 'Phòng Kỹ thuật', 'Phòng Quản lý dự án'],
  },
  {
    code: 'TCT',
    name: 'Trường Chính trị Nguyễn Văn Linh',
    head: 'Hiệu trưởng Trường Chính trị Nguyễn Văn Linh',
    divisions: ['Phòng Tổ chức - Hành chính', 'Phòng Quản lý đào tạo', 'Khoa Lý luận cơ sở', 'Khoa Xây dựng Đảng'],
  },
];

/** Advisory boards of the provincial party committee (2025 structure). */
export const PARTY_BOARDS: readonly { readonly code: string; readonly name: string }[] = [
  { code: 'BTC', name: 'Ban Tổ chức Tỉnh ủy' },
  { code: 'BTGDV', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
  { code: 'BNC', name: 'Ban Nội chính Tỉnh ủy' },
  { code: 'UBKT', name: 'Ủy ban Kiểm tra Tỉnh ủy' },
  { code: 'VP', name: 'Văn phòng Tỉnh ủy' },
];

/** Socio-political organizations, under the Fatherland Front since 2025. */
export const MASS_ORGANIZATIONS: readonly { readonly code: string; readonly name: string }[] = [
  { code: 'HLHPN', name: 'Hội Liên hiệp Phụ nữ tỉnh' },
  { code: 'TD', name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh' },
  { code: 'HND', name: 'Hội Nông dân tỉnh' },
  { code: 'HCCB', name: 'Hội Cựu chiến binh tỉnh' },
  { code: 'LDLD', name: 'Liên đoàn Lao động tỉnh' },
];
