import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMoveUnit, type RuleUnit } from './org.rules.js';
import { ancestorIds, childPath, dayBefore, isDescendantPath, pathDepth, pathIds, rebasePath } from './unit-path.rules.js';

describe('paths', () => {
  it('builds, splits and measures paths', () => {
    expect(childPath(null, 1)).toBe('/1/');
    expect(childPath('/1/5/', 23)).toBe('/1/5/23/');
    expect(pathIds('/1/5/23/')).toEqual([1, 5, 23]);
    expect(ancestorIds('/1/5/23/')).toEqual([1, 5]);
    expect(pathDepth('/1/5/23/')).toBe(3);
  });
  it('tells descendants by whole ids, never the unit itself', () => {
    expect(isDescendantPath('/1/5/23/', '/1/5/')).toBe(true);
    expect(isDescendantPath('/1/5/', '/1/5/')).toBe(false);
    expect(isDescendantPath('/1/50/', '/1/5/')).toBe(false);
  });
  it('rebases a subtree member', () => {
    expect(rebasePath('/1/5/23/40/', '/1/5/23/', '/1/7/23/')).toBe('/1/7/23/40/');
    expect(() => rebasePath('/1/6/', '/1/5/', '/2/5/')).toThrow();
  });
  it('finds the day before, across months and leap years', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });
});

/** The element at `i` modulo the length (the arrays here are never empty). */
function pick<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

interface Node {
  id: number;
  parentId: number | null;
  path: string;
  depth: number;
}

/** A random tree: node i (1-based) hangs under a random earlier node; node 1 is the root. */
const treeArb = fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((picks) => {
  const nodes: Node[] = [{ id: 1, parentId: null, path: '/1/', depth: 1 }];
  picks.forEach((choice, i) => {
    const parent = pick(nodes, choice);
    const id = i + 2;
    nodes.push({ id, parentId: parent.id, path: childPath(parent.path, id), depth: parent.depth + 1 });
  });
  return nodes;
});

const asRuleUnit = (n: Node): RuleUnit => ({
  id: n.id,
  name: `U${n.id}`,
  path: n.path,
  track: 'state',
  // Divisions may sit under divisions (a chi cục has phòng), so every move here is a matter of paths.
  kind: 'division',
  status: 'active',
  validFrom: '2025-07-01',
});

/** The in-memory twin of the move's SQL: one rewrite of every path under the old prefix. */
function applyMove(nodes: Node[], unit: Node, newParent: Node): void {
  const oldPrefix = unit.path;
  const newPrefix = childPath(newParent.path, unit.id);
  const delta = pathDepth(newPrefix) - pathDepth(oldPrefix);
  for (const n of nodes) {
    if (!n.path.startsWith(oldPrefix)) continue;
    n.path = rebasePath(n.path, oldPrefix, newPrefix);
    n.depth += delta;
  }
  unit.parentId = newParent.id;
}

function assertConsistent(nodes: Node[]): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) {
    const parent = n.parentId === null ? null : byId.get(n.parentId);
    expect(n.path).toBe(childPath(parent?.path ?? null, n.id));
    expect(n.depth).toBe(pathDepth(n.path));
    expect(n.depth).toBe((parent?.depth ?? 0) + 1);
    // No cycle: walking up reaches the root within as many steps as there are nodes.
    let steps = 0;
    for (let at: Node | undefined = n; at?.parentId != null; at = byId.get(at.parentId)) {
      expect(++steps).toBeLessThanOrEqual(nodes.length);
    }
  }
  expect(new Set(nodes.map((n) => n.path)).size).toBe(nodes.length);
}

describe('moves on random trees', () => {
  it('keep every path = parent path + id, depths consistent, no cycles; cycles are refused', () => {
    fc.assert(
      fc.property(treeArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }), (nodes, moves) => {
        for (const [a, b] of moves) {
          const unit = pick(nodes, a);
          const target = pick(nodes, b);
          const verdict = checkMoveUnit(asRuleUnit(unit), asRuleUnit(target), unit.parentId, '2025-09-01');
          const wouldCycle = target.path.startsWith(unit.path);
          if (wouldCycle) expect(verdict.ok ? 'OK' : verdict.error.code).toBe('UNIT_MOVE_CYCLE');
          if (verdict.ok) applyMove(nodes, unit, target);
        }
        assertConsistent(nodes);
      }),
      { numRuns: 500 },
    );
  });
});
