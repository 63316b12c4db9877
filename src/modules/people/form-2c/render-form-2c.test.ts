import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyForm2cData, type Form2cData } from './form-2c.data.js';
import { ALL_TONES, sampleForm2c } from './form-2c-test-kit.js';
import { normalizeStrings, renderForm2c } from './render-form-2c.js';

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'merit-form2c-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The PDF's text as pdftotext extracts it, NFC (so a broken glyph sequence would not match). */
function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function toNfd<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFD') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => toNfd(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNfd(item)])) as T;
  }
  return value;
}

const EXPECTED = [
  'SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC',
  'Mẫu 2C-BNV/2008',
  'NGUYỄN THỊ ÁNH',
  'TUYẾT',
  'Nguyễn Thị Ánh Tuyết',
  'Đặng Hữu Lộc',
  'Sinh ngày: 05',
  '1982',
  'Nữ',
  'Xã Quỳnh Lưu, tỉnh Nghệ An',
  '19/05/2008',
  '5,42',
  '09/2012 - 12/2014',
  '07/2021 - nay',
  'Trường Đại học Vinh',
  'Chính quy',
  'Người khai',
  'Thủ trưởng cơ quan, đơn vị quản lý',
  'Nghệ An, ngày 05 tháng 01 năm 2026',
  ALL_TONES,
];

describe('renderForm2c', () => {
  it('prints a full Vietnamese record as a PDF with every tone and modifier intact (BNV-2008)', async () => {
    const pdf = await renderForm2c(sampleForm2c(), { variant: 'BNV-2008' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!hasPdftotext) return;
    const text = pdfText(pdf, 'bnv');
    expect(text.normalize('NFC')).toBe(text);
    for (const expected of EXPECTED) expect(text).toContain(expected);
  });

  it('renders NFD input exactly like NFC input (no detached combining marks)', async () => {
    const nfd: Form2cData = toNfd(sampleForm2c());
    expect(nfd.fullName).not.toBe(nfd.fullName!.normalize('NFC'));
    const pdf = await renderForm2c(nfd, { variant: 'BNV-2008' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!hasPdftotext) return;
    const text = pdfText(pdf, 'nfd');
    expect(text).not.toMatch(/[\u0300-\u036f]/);
    for (const expected of EXPECTED) expect(text).toContain(expected);
  });

  it('prints the party form 2C/TCTW-98 with its header', async () => {
    const pdf = await renderForm2c(sampleForm2c(), { variant: 'TCTW-98' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!hasPdftotext) return;
    const text = pdfText(pdf, 'tctw');
    for (const expected of [
      'Mẫu 2C/TCTW-98',
      'SƠ YẾU LÝ LỊCH',
      'Tỉnh: Tỉnh Nghệ An',
      'Đơn vị cơ sở: Chi bộ Sở Nội vụ',
      'Số hiệu cán bộ: NA-2024-00157',
      'Thành phần gia đình xuất thân: Nông dân',
      ALL_TONES,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Mẫu 2C-BNV/2008');
  });

  it('prints an empty record as the blank paper form (labels, blank family rows, signatures)', async () => {
    const pdf = await renderForm2c(emptyForm2cData(), { variant: 'BNV-2008' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!hasPdftotext) return;
    const text = pdfText(pdf, 'empty');
    for (const expected of [
      '1) Họ và tên khai sinh (viết chữ in hoa):',
      'Anh, chị, em',
      'Tháng/năm',
      'ngày …… tháng …… năm 20……',
      'Người khai',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('null');
    expect(text).not.toContain('undefined');
  });
});

describe('normalizeStrings', () => {
  it('turns every nested string into NFC and leaves other values alone', () => {
    const input = { a: 'Nguyễn'.normalize('NFD'), b: [{ c: 'Đặng'.normalize('NFD') }], n: 4.4, z: null, t: true };
    expect(normalizeStrings(input)).toEqual({ a: 'Nguyễn', b: [{ c: 'Đặng' }], n: 4.4, z: null, t: true });
  });
});
