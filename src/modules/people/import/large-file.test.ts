import { describe, expect, it } from 'vitest';
import { minimalXlsx, randomCccd } from './fixtures-test-kit.js';
import { parsePeopleFile } from './import-people-file.js';

const N = 200_000;
const HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Số CCCD',
  'Chức vụ',
  'Đơn vị',
  'Đối tượng',
  'Dân tộc',
  'Trình độ chuyên môn',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['Ánh', 'Hưng', 'Dũng', 'Khuê', 'Quỳnh', 'Tuyết', 'Nguyệt', 'Thuỷ'];

function person(i: number): (string | number)[] {
  return [
    i + 1,
    `${FAMILY[i % 8]} ${i % 2 ? 'Thị' : 'Văn'} ${GIVEN[(i >> 3) % 8]}`,
    i % 2 ? 'Nữ' : 'Nam',
    `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${1960 + (i % 40)}`,
    randomCccd(i),
    'Chuyên viên',
    `DV${i % 500}`,
    'Công chức',
    'Kinh',
    'Đại học Luật',
  ];
}

function report(label: string, t0: number, heap0: number): void {
  const rss = process.memoryUsage().rss;
  console.info(
    `${label}: ${Date.now() - t0} ms, heap +${Math.round((process.memoryUsage().heapUsed - heap0) / 1e6)} MB, rss ${Math.round(rss / 1e6)} MB`,
  );
}

describe('200,000-row files', () => {
  it('imports a 200,000-row CSV', async () => {
    const lines = [HEADER.join(';')];
    for (let i = 0; i < N; i++) lines.push(person(i).join(';'));
    const buf = Buffer.from(lines.join('\r\n'), 'utf8');
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = Date.now();
    const { result } = await parsePeopleFile(buf, 'lon.csv', { today: '2026-01-05' });
    report(`CSV ${N} rows (${(buf.length / 1e6).toFixed(1)} MB)`, t0, heap0);
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(result.rows).toHaveLength(N);
    expect(result.rows[N - 1]?.rowNumber).toBe(N + 1);
  }, 60_000);

  it('imports a 200,000-row xlsx', async () => {
    const t00 = Date.now();
    const buf = minimalXlsx([HEADER, ...Array.from({ length: N }, (_, i) => person(i))]);
    console.info(`xlsx generation: ${Date.now() - t00} ms, ${(buf.length / 1e6).toFixed(1)} MB`);
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = Date.now();
    const { result } = await parsePeopleFile(buf, 'lon.xlsx', { today: '2026-01-05' });
    report(`xlsx ${N} rows`, t0, heap0);
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(result.rows).toHaveLength(N);
  }, 90_000);
});
