import { describe, expect, it } from 'vitest';
import type { PersonDetail } from '../people.contract.js';
import { personToForm2c } from './person-to-form-2c.js';

const detail = (fields: Partial<PersonDetail> = {}): PersonDetail => ({
  id: 7,
  hoDem: 'Nguyễn Thị',
  ten: 'Ánh',
  fullName: 'Nguyễn Thị Ánh',
  otherNames: null,
  gender: 'female',
  dateOfBirth: '1982-03-05',
  birthDatePrecision: 'day',
  birthplace: 'Xã Diễn Thịnh, tỉnh Nghệ An',
  homeTown: null,
  ethnicity: 'Kinh',
  religion: 'Không',
  idNumber: null,
  idNumberMasked: '0401******78',
  phone: null,
  email: null,
  address: 'Phường Vinh Phú',
  status: 'civil_servant',
  unitId: 3,
  unitName: 'Sở Nội vụ',
  educationGeneral: '12/12',
  educationLevel: 'thac_si',
  educationMajor: 'Quản lý công',
  academicTitle: null,
  politicalTheory: 'cao_cap',
  stateManagement: 'Chuyên viên chính',
  languages: 'Tiếng Anh B1',
  itLevel: null,
  partyJoinDate: '2005-05-19',
  partyOfficialDate: '2006-05-19',
  partyCellId: null,
  civilServiceRank: null,
  civilServiceRankCode: null,
  salaryStep: null,
  salaryCoefficient: null,
  health: 'Tốt',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  posts: [
    {
      id: 1,
      unitId: 3,
      unitName: 'Sở Nội vụ',
      title: 'Phó Giám đốc',
      isHead: false,
      isDeputy: true,
      startDate: '2020-01-01',
      endDate: null,
      documentRef: null,
    },
    {
      id: 2,
      unitId: 4,
      unitName: 'Chi bộ Văn phòng',
      title: 'Bí thư',
      isHead: true,
      isDeputy: false,
      startDate: '2021-01-01',
      endDate: null,
      documentRef: null,
    },
    {
      id: 3,
      unitId: 3,
      unitName: 'Sở Nội vụ',
      title: 'Chuyên viên',
      isHead: false,
      isDeputy: false,
      startDate: '2008-01-01',
      endDate: '2019-12-31',
      documentRef: null,
    },
  ],
  management: [
    {
      id: 1,
      track: 'state',
      managementBodyId: 9,
      managementBodyName: 'UBND tỉnh Nghệ An',
      validFrom: '2020-01-01',
      validTo: null,
    },
  ],
  training: [
    {
      id: 1,
      institution: 'Học viện Hành chính',
      major: 'Quản lý công',
      fromDate: '2012-09-01',
      toDate: '2014-06-30',
      mode: 'Tại chức',
      qualification: 'Thạc sĩ',
    },
    {
      id: 2,
      institution: 'Đại học Vinh',
      major: 'Luật',
      fromDate: '2000-09-01',
      toDate: '2004-06-30',
      mode: 'Chính quy',
      qualification: 'Cử nhân',
    },
  ],
  salaryGrades: [
    { id: 2, rankName: 'Chuyên viên chính', rankCode: '01.002', step: 3, coefficient: 5.08, effectiveDate: '2023-01-01' },
    { id: 1, rankName: 'Chuyên viên', rankCode: '01.003', step: 5, coefficient: 3.66, effectiveDate: '2018-01-01' },
  ],
  rewards: [{ id: 1, form: 'Bằng khen của Chủ tịch UBND tỉnh', reason: null, decidedOn: '2024-12-20', decisionRef: null }],
  discipline: [],
  partyEvents: [],
  can: { edit: false },
  ...fields,
});

describe('personToForm2c', () => {
  it('maps the record, current posts (heads first), histories in time order and the masked ID for a reader', () => {
    const f = personToForm2c(detail(), '2026-11-22');
    expect(f.fullName).toBe('Nguyễn Thị Ánh');
    expect(f.gender).toBe('female');
    expect(f.posts).toBe('Bí thư, Chi bộ Văn phòng; Phó Giám đốc, Sở Nội vụ');
    expect(f.header.managingBody).toBe('UBND tỉnh Nghệ An');
    expect(f.header.employingUnit).toBe('Sở Nội vụ');
    expect(f.educationProfessional).toBe('Thạc sĩ, Quản lý công');
    expect(f.politicalTheory).toBe('Cao cấp');
    expect(f.idNumber).toBe('0401******78');
    expect(f.training.map((t) => t.school)).toEqual(['Đại học Vinh', 'Học viện Hành chính']);
    expect(f.workHistory.map((w) => [w.from, w.to])).toEqual([
      ['2008-01-01', '2019-12-31'],
      ['2020-01-01', null],
      ['2021-01-01', null],
    ]);
    expect(f.civilServiceRank).toBe('Chuyên viên chính');
    expect(f.salaryCoefficient).toBe(5.08);
    expect(f.salaryHistory.map((s) => s.rankStep)).toEqual(['01.003/5', '01.002/3']);
    expect(f.rewards).toBe('Bằng khen của Chủ tịch UBND tỉnh (2024)');
    expect(f.discipline).toBeNull();
    expect(f.family).toEqual([]);
    expect(f.birthYearOnly).toBe(false);
    expect(f.currentAgencyDate).toBeNull();
  });

  it('prints the full ID for those who may see it, and only the year when that is all that is known', () => {
    const f = personToForm2c(
      detail({ idNumber: '040182012378', birthDatePrecision: 'year', posts: [], salaryGrades: [] }),
      '2026-11-22',
    );
    expect(f.idNumber).toBe('040182012378');
    expect(f.birthYearOnly).toBe(true);
    expect(f.posts).toBeNull();
    expect(f.salaryFrom).toBeNull();
  });

  it('drops posts that ended before today', () => {
    const f = personToForm2c(detail(), '2026-11-22');
    expect(f.posts).not.toContain('Chuyên viên');
  });
});
