import type { Dayjs } from 'dayjs';
import { ETHNIC_GROUPS, type EthnicGroup } from '../people-codes.js';
import type { PersonDetail } from '../people.contract.js';
import type { PersonInput } from '../person.schemas.js';
import { fromIsoDate, toIsoDate } from './person-form-rules.js';

type TextKey =
  | 'otherNames'
  | 'birthplace'
  | 'homeTown'
  | 'idNumber'
  | 'phone'
  | 'email'
  | 'address'
  | 'educationGeneral'
  | 'educationMajor'
  | 'academicTitle'
  | 'stateManagement'
  | 'languages'
  | 'itLevel'
  | 'civilServiceRank'
  | 'civilServiceRankCode'
  | 'health';
const TEXT_KEYS: readonly TextKey[] = [
  'otherNames',
  'birthplace',
  'homeTown',
  'idNumber',
  'phone',
  'email',
  'address',
  'educationGeneral',
  'educationMajor',
  'academicTitle',
  'stateManagement',
  'languages',
  'itLevel',
  'civilServiceRank',
  'civilServiceRankCode',
  'health',
];

/** What the person forms hold: the record's fields, with dates as pickers' values. */
export type PersonFormValues = Partial<Record<TextKey, string | null>> & {
  fullName?: string;
  hoDem: string;
  ten: string;
  gender: PersonInput['gender'];
  dateOfBirth: Dayjs;
  yearOnly?: boolean;
  ethnicity: EthnicGroup;
  religion: string;
  status: PersonInput['status'];
  unitId: number;
  educationLevel?: PersonInput['educationLevel'];
  politicalTheory?: PersonInput['politicalTheory'];
  partyJoinDate?: Dayjs | null;
  partyOfficialDate?: Dayjs | null;
  partyCellId?: number | null;
  salaryStep?: number | null;
  salaryCoefficient?: number | null;
};

export function valuesFromDetail(p: PersonDetail): Partial<PersonFormValues> {
  const text = Object.fromEntries(TEXT_KEYS.map((k) => [k, p[k] ?? undefined]));
  return {
    ...text,
    hoDem: p.hoDem,
    ten: p.ten,
    gender: p.gender,
    dateOfBirth: fromIsoDate(p.dateOfBirth),
    yearOnly: p.birthDatePrecision === 'year',
    ethnicity: ETHNIC_GROUPS.find((g) => g === p.ethnicity) ?? 'Kinh',
    religion: p.religion,
    status: p.status,
    unitId: p.unitId,
    educationLevel: p.educationLevel,
    politicalTheory: p.politicalTheory,
    partyJoinDate: fromIsoDate(p.partyJoinDate) ?? null,
    partyOfficialDate: fromIsoDate(p.partyOfficialDate) ?? null,
    partyCellId: p.partyCellId,
    salaryStep: p.salaryStep,
    salaryCoefficient: p.salaryCoefficient,
  };
}

/** The form's values as the API takes them (PersonInputSchema); blanks clear a field. */
export function inputFromValues(v: PersonFormValues): PersonInput {
  const text = Object.fromEntries(TEXT_KEYS.map((k) => [k, v[k]?.trim() ? v[k].trim() : null]));
  const yearOnly = v.yearOnly === true;
  return {
    ...text,
    hoDem: v.hoDem,
    ten: v.ten,
    gender: v.gender,
    dateOfBirth: yearOnly ? `${v.dateOfBirth.year()}-01-01` : (toIsoDate(v.dateOfBirth) ?? ''),
    birthDatePrecision: yearOnly ? 'year' : 'day',
    ethnicity: v.ethnicity,
    religion: v.religion,
    status: v.status,
    unitId: v.unitId,
    educationLevel: v.educationLevel ?? null,
    politicalTheory: v.politicalTheory ?? null,
    partyJoinDate: toIsoDate(v.partyJoinDate),
    partyOfficialDate: toIsoDate(v.partyOfficialDate),
    partyCellId: v.partyCellId ?? null,
    salaryStep: v.salaryStep ?? null,
    salaryCoefficient: v.salaryCoefficient ?? null,
  };
}
