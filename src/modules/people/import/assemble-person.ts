import type { z } from 'zod';
import { PersonInputSchema } from '../person.schemas.js';
import type { ImportField } from './detect-header.js';
import { R } from '../../../platform/server/spreadsheet/import-issues.js';
import type { CodeFields } from './row-code-fields.js';
import type { BirthFields } from './row-person-fields.js';
import type { RowReader } from './row-reader.js';

/** Person records as imported: PersonInputSchema without the unit id, which the service resolves from `unitRef`. */
export const PersonImportSchema = PersonInputSchema.omit({ unitId: true, partyCellId: true });
export type ImportedPersonInput = z.output<typeof PersonImportSchema>;

const ZOD_VI: Record<string, string> = {
  too_small: 'Không được để trống',
  too_big: 'Quá dài',
  invalid_value: 'Giá trị không hợp lệ',
  invalid_format: 'Sai định dạng',
  invalid_type: 'Sai kiểu dữ liệu',
};

/** The row's converted values, before the schema has its say. */
export interface RowFields extends BirthFields, CodeFields {
  hoDem: string;
  ten: string;
  idNumber: string | null;
  phone: string | null;
  partyJoinDate: string | null;
  partyOfficialDate: string | null;
  salaryStep: number | null;
  salaryCoefficient: number | null;
}

/** The row's values through PersonImportSchema; its complaints become issues on the matching column. */
export function assemblePerson(r: RowReader, fields: RowFields): ImportedPersonInput | null {
  const { str, issue, colOf } = r;
  const { hoDem, ten, gender, dateOfBirth, birthDatePrecision, ethnicity, idNumber, phone, status } = fields;
  const { educationLevel, educationMajor, politicalTheory, partyJoinDate, partyOfficialDate } = fields;
  const { salaryStep, salaryCoefficient } = fields;
  const input = {
    hoDem,
    ten,
    otherNames: str('otherNames'),
    gender: gender ?? undefined,
    dateOfBirth: dateOfBirth ?? undefined,
    birthDatePrecision,
    birthplace: str('birthplace'),
    homeTown: str('homeTown'),
    ...(ethnicity ? { ethnicity } : {}),
    ...(str('religion') ? { religion: str('religion') } : {}),
    idNumber,
    phone,
    email: str('email')?.toLowerCase() ?? null,
    address: str('address'),
    status: status ?? undefined,
    educationLevel,
    educationMajor,
    politicalTheory,
    partyJoinDate,
    partyOfficialDate,
    civilServiceRank: str('civilServiceRank'),
    civilServiceRankCode: str('civilServiceRankCode'),
    salaryStep,
    salaryCoefficient,
  };
  const parsed = PersonImportSchema.safeParse(input);
  if (!parsed.success) {
    for (const zi of parsed.error.issues) {
      const path = String(zi.path[0] ?? '');
      const f = (
        path === 'hoDem' || path === 'ten'
          ? colOf.has('fullName')
            ? 'fullName'
            : path
          : path === 'educationMajor'
            ? 'educationLevel'
            : path
      ) as ImportField;
      const vi =
        zi.code === 'custom' || /[àáạảãâăđèéêìíòóôơùúưỳý]/i.test(zi.message) ? zi.message : (ZOD_VI[zi.code] ?? zi.message);
      issue(colOf.has(f) ? f : null, R(vi, zi.message));
    }
    return null;
  }
  return parsed.data;
}
