import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildTemplateWorkbook } from './template-workbook.js';

describe('buildTemplateWorkbook', () => {
  it('writes headers, examples, text formats and drop-downs that keep values with commas whole', async () => {
    const buf = await buildTemplateWorkbook({
      sheetName: 'DS',
      title: 'TIÊU ĐỀ',
      subtitle: '(ghi chú)',
      columns: [
        { header: 'Khối', required: true, width: 10, help: 'Chọn', list: ['Đảng', 'Mặt trận, đoàn thể'], examples: ['Đảng'] },
        { header: 'Số CCCD', required: false, width: 14, help: '', text: true, examples: ['001090012345'] },
      ],
      notes: ['Một dòng hướng dẫn.'],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('DS');
    expect(sheet?.getCell('A1').value).toBe('TIÊU ĐỀ');
    expect(sheet?.getCell('A4').value).toBe('Khối');
    expect(sheet?.getCell('A5').value).toBe('Đảng');
    expect(sheet?.getCell('B5').value).toBe('001090012345');
    expect(sheet?.getCell('B6').numFmt).toBe('@');
    const validation = sheet?.getCell('A6').dataValidation;
    expect(validation?.type).toBe('list');
    expect(validation?.formulae?.[0]).toBe("'Danh mục'!$A$2:$A$3");
    const lists = wb.getWorksheet('Danh mục');
    expect(lists?.state).toBe('hidden');
    expect([lists?.getCell('A2').value, lists?.getCell('A3').value]).toEqual(['Đảng', 'Mặt trận, đoàn thể']);
    expect(wb.getWorksheet('Hướng dẫn')?.getCell('A2').value).toBe('Khối');
  });
});
