import { R, type ImportIssue } from '../../../platform/server/spreadsheet/import-issues.js';
import { checkCreateUnit, checkKindTrack, type RuleUnit } from '../org.rules.js';
import type { UnitImportField } from '../units-import.schemas.js';
import { UNIT_KINDS, type UnitKindCode } from '../unit-kinds.js';
import { planUpdate, ruleUnit, type ExistingUnit, type PlannedAction, type Problem } from './plan-unit-update.js';
import { issueAt, type ColumnsByField, type UnitRow } from './read-unit-rows.js';

/**
 * The units import as a plan, pure: which rows create a unit (parents first), which rename an existing
 * one (same code), which change nothing — or the problems, each at a row and column. Codes compare
 * case-insensitively, as the database's unique index.
 *
 * - A row's parent is the code of an existing unit or of another row, earlier or later; an empty parent
 *   puts a new unit directly under the import's unit. Rows are ordered so parents come first; a cycle
 *   is a problem on every row in it.
 * - A new unit follows the tree's rules (kind of its track, kind allowed under the parent's kind, not
 *   founded before its parent, no pre-2025 kinds for new units).
 * - An existing code updates the name and short name (the history keeps the old ones); a different
 *   parent, kind or track is refused: moving is its own audited act. An empty cell keeps the value.
 * - A unit outside the caller's reach is never named: an unknown parent and an unreachable one read alike.
 */

export type { Access, ExistingUnit, ParentRef, PlannedAction } from './plan-unit-update.js';

export interface PlanInput {
  readonly rows: readonly UnitRow[];
  readonly columns: ColumnsByField;
  /** The unit the import is for: new rows without a parent go under it. */
  readonly target: ExistingUnit;
  /** Active units by lower-case code: every code the file names that exists (in any scope). */
  readonly existing: ReadonlyMap<string, ExistingUnit>;
  /** The renames' effective date (today, ISO). */
  readonly today: string;
}

export interface Plan {
  /** Creates in an order where each parent comes before its children. */
  readonly actions: readonly PlannedAction[];
  readonly issues: readonly ImportIssue[];
}

const lower = (s: string) => s.toLowerCase();

interface NewNode {
  readonly row: UnitRow & { readonly code: string };
  /** In-file parent (lower-case code) or an existing unit. */
  parent: { readonly file: string } | { readonly unit: ExistingUnit } | null;
}

const FIELD_OF_RULE: Record<string, UnitImportField> = {
  'body.kind': 'kind',
  'body.validFrom': 'validFrom',
  'body.parentId': 'parent',
};

export function planUnitsImport(input: PlanInput): Plan {
  const { columns, existing, target } = input;
  const issues: ImportIssue[] = [];
  const problem: Problem = (row, field, value, reason) => {
    issues.push(issueAt(columns, row, field, value, reason));
  };

  // 1. Codes unique in the file.
  const firstRow = new Map<string, number>();
  const rows: UnitRow[] = [];
  for (const row of input.rows) {
    if (row.code === null) {
      rows.push(row);
      continue;
    }
    const seen = firstRow.get(lower(row.code));
    if (seen !== undefined) {
      problem(
        row.rowNumber,
        'code',
        row.code,
        R(`Mã đơn vị trùng với dòng ${seen} trong tệp`, `The unit code repeats row ${seen} of the file`),
      );
      continue;
    }
    firstRow.set(lower(row.code), row.rowNumber);
    rows.push(row);
  }

  // 2. Existing codes update; the others are new units.
  const actions: PlannedAction[] = [];
  const nodes = new Map<string, NewNode>();
  const badCodes = new Set<string>();
  for (const anyRow of rows) {
    if (anyRow.code === null) continue;
    const row = anyRow as NewNode['row'];
    const key = lower(row.code);
    if (row.bad) {
      badCodes.add(key);
      continue;
    }
    const unit = existing.get(key);
    if (unit) {
      const action = planUpdate(row, unit, input, problem);
      if (action) actions.push(action);
      else badCodes.add(key);
      continue;
    }
    const before = issues.length;
    if (row.name === null) problem(row.rowNumber, 'name', null, R('Thiếu tên đơn vị', 'The unit name is missing'));
    if (row.kind === null) problem(row.rowNumber, 'kind', null, R('Thiếu loại đơn vị', 'The unit kind is missing'));
    if (row.validFrom === null) {
      problem(
        row.rowNumber,
        'validFrom',
        null,
        R('Thiếu ngày thành lập (dd/mm/yyyy)', 'The founding date is missing (dd/mm/yyyy)'),
      );
    }
    if (row.kind !== null && row.track !== null) {
      const kt = checkKindTrack(row.kind, row.track, 'body.kind');
      if (!kt.ok) problem(row.rowNumber, 'track', row.track, kt.error);
    }
    if (issues.length > before) {
      badCodes.add(key);
      continue;
    }
    nodes.set(key, { row, parent: null });
  }

  // 3. Parents: another new row, or an existing unit the caller may change.
  for (const [key, node] of nodes) {
    const { row } = node;
    const ref = row.parentCode;
    if (ref === null) {
      node.parent = { unit: target };
      continue;
    }
    const parentKey = lower(ref);
    if (parentKey === key) {
      problem(
        row.rowNumber,
        'parent',
        ref,
        R('Đơn vị không thể là đơn vị cấp trên của chính nó', 'A unit cannot be its own parent'),
      );
      continue;
    }
    if (nodes.has(parentKey) || badCodes.has(parentKey)) {
      node.parent = { file: parentKey };
      continue;
    }
    const unit = existing.get(parentKey);
    if (unit && unit.access === 'write') {
      node.parent = { unit };
    } else if (unit && unit.access === 'read') {
      problem(
        row.rowNumber,
        'parent',
        ref,
        R(
          `Bạn không có thẩm quyền thêm đơn vị trực thuộc "${unit.name}"`,
          `You do not have the authority to add units under "${unit.name}"`,
        ),
      );
    } else {
      problem(
        row.rowNumber,
        'parent',
        ref,
        R(
          `Không tìm thấy đơn vị cấp trên có mã "${ref}" trong tệp hoặc trong phạm vi thẩm quyền của bạn`,
          `No parent unit with code "${ref}" was found in the file or within your authority`,
        ),
      );
    }
  }

  // 4. Parents first (Kahn): roots are new rows under an existing unit.
  const children = new Map<string, string[]>();
  const ready: string[] = [];
  for (const [key, node] of nodes) {
    if (node.parent === null) continue;
    if ('unit' in node.parent) ready.push(key);
    else {
      const list = children.get(node.parent.file) ?? [];
      list.push(key);
      children.set(node.parent.file, list);
    }
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ready.length > 0) {
    const key = ready.shift() as string;
    ordered.push(key);
    placed.add(key);
    for (const child of children.get(key) ?? []) ready.push(child);
  }
  reportCycles(nodes, placed, problem);

  // 5. The tree's rules, parent by parent (a parent row with problems leaves its children unchecked).
  const failed = new Set<string>(badCodes);
  for (const key of ordered) {
    const node = nodes.get(key) as NewNode;
    const { row } = node;
    const parent = node.parent as NonNullable<NewNode['parent']>;
    if ('file' in parent && failed.has(parent.file)) {
      failed.add(key);
      continue;
    }
    const parentRule: RuleUnit = 'unit' in parent ? ruleUnit(parent.unit) : newRuleUnit(nodes.get(parent.file) as NewNode);
    const kind = row.kind as UnitKindCode;
    const track = row.track ?? UNIT_KINDS[kind].track;
    const checked = checkCreateUnit(parentRule, { kind, track, validFrom: row.validFrom as string });
    if (!checked.ok) {
      const field = FIELD_OF_RULE[checked.error.field ?? ''] ?? 'kind';
      const value = field === 'validFrom' ? row.validFrom : field === 'parent' ? row.parentCode : (row.kind ?? null);
      problem(row.rowNumber, field, value, checked.error);
      failed.add(key);
      continue;
    }
    actions.push({
      type: 'create',
      row: row.rowNumber,
      code: row.code,
      name: row.name as string,
      shortName: row.shortName,
      kind,
      track,
      validFrom: row.validFrom as string,
      parent: 'unit' in parent ? { unitId: parent.unit.id } : { code: (nodes.get(parent.file) as NewNode).row.code },
    });
  }

  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
  return { actions: issues.length > 0 ? [] : actions, issues };
}

function newRuleUnit(node: NewNode): RuleUnit {
  const kind = node.row.kind as UnitKindCode;
  return {
    id: -node.row.rowNumber,
    name: node.row.name as string,
    path: '',
    track: node.row.track ?? UNIT_KINDS[kind].track,
    kind,
    status: 'active',
    validFrom: node.row.validFrom as string,
  };
}

/** Rows never placed are in a cycle, or under one: each is told which. */
function reportCycles(nodes: ReadonlyMap<string, NewNode>, placed: ReadonlySet<string>, problem: Problem): void {
  const parentOf = (key: string): string | null => {
    const p = nodes.get(key)?.parent;
    return p && 'file' in p ? p.file : null;
  };
  for (const [key, node] of nodes) {
    if (placed.has(key) || node.parent === null) continue;
    // Walk up until a key repeats: the cycle is from its first visit on.
    const path: string[] = [];
    const index = new Map<string, number>();
    let at: string | null = key;
    while (at !== null && !index.has(at) && nodes.get(at)?.parent) {
      index.set(at, path.length);
      path.push(at);
      at = parentOf(at);
    }
    if (at === null || !index.has(at)) continue; // under a parent with its own problem (reported there)
    const cycle = path.slice(index.get(at));
    const codes = [...cycle, at].map((k) => (nodes.get(k) as NewNode).row.code);
    if (cycle.includes(key)) {
      const chain = codes.join(' → ');
      problem(
        node.row.rowNumber,
        'parent',
        node.row.parentCode,
        R(`Vòng lặp đơn vị cấp trên: ${chain}`, `The parents form a cycle: ${chain}`),
      );
    } else {
      problem(
        node.row.rowNumber,
        'parent',
        node.row.parentCode,
        R(`Đơn vị cấp trên nằm dưới một vòng lặp (${codes.join(' → ')})`, `The parent sits under a cycle (${codes.join(' → ')})`),
      );
    }
  }
}
