import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postRoleFlags, postRoleOfTitle } from './post-title.rules.js';

describe('post title → head or deputy', () => {
  it.each([
    ['Trưởng phòng', 'head'],
    ['TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ', 'head'],
    ['Giám đốc Sở', 'head'],
    ['Tổng Giám đốc', 'head'],
    ['Bí thư Đảng ủy', 'head'],
    ['Chủ tịch UBND xã', 'head'],
    ['Chánh Văn phòng', 'head'],
    ['Cục trưởng', 'head'],
    ['Hiệu trưởng', 'head'],
    ['Bí thư, Chủ tịch UBND', 'head'],
    ['Phó Giám đốc', 'deputy'],
    ['Phó trưởng phòng', 'deputy'],
    ['PHÓ BÍ THƯ', 'deputy'],
    ['Phó Chủ tịch HĐND', 'deputy'],
    ['Phó Bí thư, Giám đốc', 'deputy'],
    ['Chuyên viên', null],
    ['Kế toán trưởng', null],
    ['Tổ trưởng', null],
    ['Quyền Trưởng phòng', null],
    ['Phòng Tổ chức', null],
    ['Phóng viên', null],
    ['Trưởng', 'head'],
    ['', null],
    ['  ', null],
  ])('%s → %s', (title, role) => {
    expect(postRoleOfTitle(title)).toBe(role);
  });

  it('never marks a post both head and deputy', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const flags = postRoleFlags(title);
        expect(flags.isHead && flags.isDeputy).toBe(false);
      }),
    );
  });
});
