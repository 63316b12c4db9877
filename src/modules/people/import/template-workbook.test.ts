import { describe, expect, it } from 'vitest';
import { parsePeopleFile } from './import-people-file.js';
import { buildPeopleTemplate, TEMPLATE_COLUMNS } from './template-workbook.js';

describe('the people import template', () => {
  it('is recognised column by column and its example rows import as they are', async () => {
    const file = await parsePeopleFile(await buildPeopleTemplate(), 'mau-nhap-nhan-su.xlsx', {
      defaultUnitRef: 'SNV',
      today: '2026-11-22',
    });
    expect(file.detection?.headerRow).toBe(3);
    const fields = file.detection?.columns.map((c) => c.field);
    expect(fields).not.toContain(null);
    expect(fields).toHaveLength(TEMPLATE_COLUMNS.length);
    expect(file.result.ok).toBe(true);
    if (!file.result.ok) return;
    expect(file.result.rows.map((r) => [r.person.hoDem, r.person.ten, r.person.dateOfBirth, r.person.idNumber])).toEqual([
      ['Nguyễn Văn', 'An', '1985-03-07', '033085012345'],
      ['Trần Thị Bích', 'Ngọc', '1990-01-01', null],
    ]);
    expect(file.result.rows[1]?.person).toMatchObject({
      birthDatePrecision: 'year',
      partyJoinDate: '2015-05-19',
      salaryCoefficient: 4.74,
    });
  });
});
