import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleMinutes } from './minutes-test-kit.js';
import { renderMinutes } from './render-minutes.js';

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'merit-minutes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('renderMinutes', () => {
  it('renders the party minutes with Vietnamese text intact', async () => {
    const pdf = await renderMinutes(sampleMinutes());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!hasPdftotext) return;
    const text = pdfText(pdf, 'party');
    for (const expected of [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BIÊN BẢN KIỂM PHIẾU',
      'Hưng Yên, ngày 22 tháng 11 năm 2026',
      'Đặng Hữu Lộc',
      'Phó Bí thư',
      '55,56%',
      '66,67%',
      'TRƯỞNG BAN KIỂM PHIẾU',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('renders the state header for a state round', async () => {
    const pdf = await renderMinutes(sampleMinutes({ ruleSet: 'state' }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!hasPdftotext) return;
    const text = pdfText(pdf, 'state');
    expect(text).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  });
});
