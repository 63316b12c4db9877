import type { AccountActor } from '../../../platform/server/auth/actor.js';
import type { Db } from '../../../platform/server/db/database.js';
import { localToday } from '../age-band.rules.js';
import { writeListCsv, writeListXlsx, type ListColumn } from '../../../platform/server/spreadsheet/write-list.js';
import { EDUCATION_LEVELS, GENDERS, PERSON_STATUSES, POLITICAL_THEORY_LEVELS } from '../people-codes.js';
import type { ExportPeopleQuery, PersonSummary } from '../people.contract.js';
import { canSeeFullIdNumber, PEOPLE_WRITE_ROLES } from '../people.policy.js';
import { listPeopleForExport } from './person-list.queries.js';

/** One exported row: the list's summary, its place in the list and the ID number as the caller may see it. */
interface ExportRow {
  readonly stt: number;
  readonly person: PersonSummary;
  readonly idNumber: string | null;
}

const COLUMNS: readonly ListColumn<ExportRow>[] = [
  { header: 'STT', type: 'integer', width: 6, value: (r) => r.stt },
  { header: 'Họ và tên', width: 28, value: (r) => r.person.fullName },
  {
    header: 'Ngày sinh',
    type: 'date',
    width: 12,
    // Only the year is known: print the year, not a made-up 01/01.
    value: (r) => (r.person.birthDatePrecision === 'year' ? r.person.dateOfBirth.slice(0, 4) : r.person.dateOfBirth),
  },
  { header: 'Giới tính', width: 9, value: (r) => GENDERS[r.person.gender].vi },
  { header: 'Chức vụ', width: 30, value: (r) => r.person.postTitles.join('; ') },
  { header: 'Đơn vị', width: 32, value: (r) => r.person.unitName },
  { header: 'Đối tượng', width: 16, value: (r) => PERSON_STATUSES[r.person.status].vi },
  { header: 'Đảng viên', width: 10, value: (r) => (r.person.partyMember ? 'Có' : 'Không') },
  {
    header: 'Trình độ chuyên môn',
    width: 21,
    value: (r) => (r.person.educationLevel ? EDUCATION_LEVELS[r.person.educationLevel].vi : null),
  },
  {
    header: 'Lý luận chính trị',
    width: 19,
    value: (r) => (r.person.politicalTheory ? POLITICAL_THEORY_LEVELS[r.person.politicalTheory].vi : null),
  },
  { header: 'Số CCCD', width: 15, value: (r) => r.idNumber },
];

export interface ExportFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly filename: string;
}

/**
 * The whole filtered list (scope and filters exactly as the list) as .xlsx or .csv. ID numbers are in
 * full only for people the caller may edit; masked otherwise. Nothing about the people is logged.
 */
export async function exportPeople(db: Db, actor: AccountActor, query: ExportPeopleQuery, now: Date): Promise<ExportFile> {
  const { format, page: _page, pageSize: _pageSize, ...filter } = query;
  const mayWrite = actor.grants.some((g) => PEOPLE_WRITE_ROLES.includes(g.role));
  const rows: ExportRow[] = [];
  for await (const chunk of listPeopleForExport(db, actor, filter, { now })) {
    const full = mayWrite ? await fullIdNumbers(db, actor, chunk) : new Map<number, string>();
    for (const person of chunk) {
      rows.push({ stt: rows.length + 1, person, idNumber: full.get(person.id) ?? person.idNumberMasked });
    }
  }
  const today = localToday(now);
  const base = `danh-sach-can-bo-${today}`;
  if (format === 'csv') {
    return { body: writeListCsv({ columns: COLUMNS, rows }), contentType: 'text/csv; charset=utf-8', filename: `${base}.csv` };
  }
  const [y, m, d] = today.split('-');
  const body = await writeListXlsx({
    columns: COLUMNS,
    rows,
    title: 'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
    subtitle: `Ngày xuất: ${d}/${m}/${y} — ${rows.length} người`,
    sheetName: 'Danh sách cán bộ',
  });
  return {
    body,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: `${base}.xlsx`,
  };
}

async function fullIdNumbers(db: Db, actor: AccountActor, chunk: readonly PersonSummary[]): Promise<Map<number, string>> {
  const ids = chunk.filter((p) => p.idNumberMasked !== null).map((p) => p.id);
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('people as p')
    .innerJoin('org_units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.id_number', 'u.path'])
    .where('p.id', 'in', ids)
    .execute();
  const out = new Map<number, string>();
  for (const r of rows) if (r.id_number && canSeeFullIdNumber(actor, { unitPath: r.path })) out.set(r.id, r.id_number);
  return out;
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 / RFC 5987), ASCII fallback first. */
export function contentDisposition(filename: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
