import { formatPercent } from '../fraction.rules.js';
import type { MinutesData, MinutesSubject } from './minutes.data.js';

/** Sample minutes: 9 ballots returned; one subject 5 low (over one half), one 6 low (two thirds), one fine. */
function subject(fullName: string, postTitle: string, [cao, tinNhiem, thap]: [number, number, number]): MinutesSubject {
  const returned = 9;
  const share = (count: number) => ({ count, display: formatPercent(count, returned) });
  const followUps: MinutesSubject['followUps'] =
    thap * 3 >= returned * 2
      ? ['dismissal']
      : thap * 2 > returned
        ? ['out_of_planning_for_higher_posts', 'consider_relief_from_post', 'consider_resignation', 'consider_vote_of_confidence']
        : [];
  return {
    fullName,
    postTitle,
    issued: 9,
    returned,
    valid: cao + tinNhiem + thap,
    invalid: returned - cao - tinNhiem - thap,
    denominator: { kind: 'BALLOTS_RETURNED', value: returned },
    levels: { cao: share(cao), tin_nhiem: share(tinNhiem), thap: share(thap) },
    followUps,
  };
}

export function sampleMinutes(overrides: Partial<MinutesData> = {}): MinutesData {
  return {
    title: 'Lấy phiếu tín nhiệm giữa nhiệm kỳ 2025–2030',
    ruleSet: 'party',
    ruleSource: 'QĐ 96-QĐ/TW (2023)',
    status: 'published',
    voteDate: '2026-11-22',
    unitName: 'Ban Thường vụ Đảng ủy xã Tiên Lữ',
    superiorName: 'Đảng bộ tỉnh Hưng Yên',
    place: 'Hưng Yên',
    summoned: 12,
    present: 9,
    ballotsIssued: 9,
    ballotsReturned: 9,
    countingBoard: [],
    subjects: [
      subject('Nguyễn Thị Ánh Tuyết', 'Bí thư Đảng ủy', [3, 1, 5]),
      subject('Đặng Hữu Lộc', 'Phó Bí thư Thường trực', [1, 2, 6]),
      subject('Trần Quốc Khải', 'Chủ tịch UBND xã', [6, 2, 0]),
    ],
    listHead: 'a'.repeat(64),
    ...overrides,
  };
}
