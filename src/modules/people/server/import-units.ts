import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { inSubtrees } from '../../../platform/server/auth/scope.js';
import type { Db } from '../../../platform/server/db/database.js';
import { foldDiacritics } from '../../../shared/vi-text.js';
import type { HeaderDetection } from '../import/detect-header.js';
import type { ImportIssue, ImportedPerson } from '../import/validate-rows.js';
import { PEOPLE_WRITE_ROLES } from '../people.policy.js';

/** The "Đơn vị" of some rows, resolved: their unit ids and paths, or a problem for each row that names none. */
export interface UnitResolution {
  readonly issues: readonly ImportIssue[];
  readonly unitOf: ReadonlyMap<number, number>;
  readonly paths: readonly string[];
}

export type UnitRow = Pick<ImportedPerson, 'rowNumber' | 'unitRef'>;

const unitKey = (s: string) =>
  foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The units an import's rows may name — code or name of an active unit the actor may write to —
 * loaded once; the returned function resolves any rows against them (the commit resolves chunk by chunk).
 */
export async function importUnitResolver(
  db: Db,
  actor: AccountActor,
  detection: HeaderDetection | null,
): Promise<(rows: readonly UnitRow[]) => UnitResolution> {
  const unitColumn = detection?.columns.find((c) => c.field === 'unit');
  const writable = actor.grants.filter((g) => PEOPLE_WRITE_ROLES.includes(g.role)).map((g) => g.unitPath);
  const units = await db
    .selectFrom('org_units as u')
    .select(['u.id', 'u.code', 'u.name', 'u.short_name', 'u.path'])
    .where('u.status', '=', 'active')
    .where((eb) => inSubtrees(eb.ref('u.path'), writable))
    .execute();
  const byKey = new Map<string, (typeof units)[number][]>();
  const add = (k: string, u: (typeof units)[number]) => {
    if (!k) return;
    const list = byKey.get(k) ?? [];
    if (!list.includes(u)) list.push(u);
    byKey.set(k, list);
  };
  for (const u of units) {
    add(`code:${u.code.toLowerCase()}`, u);
    add(`name:${unitKey(u.name)}`, u);
    if (u.short_name) add(`name:${unitKey(u.short_name)}`, u);
  }
  return (rows) => {
    const issues: ImportIssue[] = [];
    const unitOf = new Map<number, number>();
    const paths: string[] = [];
    for (const r of rows) {
      const hits = byKey.get(`code:${r.unitRef.trim().toLowerCase()}`) ?? byKey.get(`name:${unitKey(r.unitRef)}`) ?? [];
      const hit = hits.length === 1 ? hits[0] : undefined;
      if (hit) {
        unitOf.set(r.rowNumber, hit.id);
        paths.push(hit.path);
        continue;
      }
      issues.push({
        row: r.rowNumber,
        column: unitColumn?.letter ?? null,
        header: unitColumn?.header ?? null,
        field: 'unit',
        value: r.unitRef,
        ...(hits.length > 1
          ? {
              vi: 'Tên đơn vị trùng với nhiều đơn vị; hãy ghi mã đơn vị',
              en: 'The unit name matches several units; write the unit code',
            }
          : {
              vi: 'Không tìm thấy đơn vị (hoặc đơn vị ngoài thẩm quyền của bạn)',
              en: 'The unit was not found (or is outside your authority)',
            }),
      });
    }
    return { issues, unitOf, paths };
  };
}

/** Each row's unit: code or name of an active unit the actor may write to (the file's default is the chosen unit's code). */
export async function unitIssues(
  db: Db,
  actor: AccountActor,
  rows: readonly UnitRow[],
  detection: HeaderDetection | null,
): Promise<UnitResolution> {
  return (await importUnitResolver(db, actor, detection))(rows);
}
