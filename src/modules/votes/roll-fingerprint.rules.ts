import { createHash } from 'node:crypto';

/**
 * The voter roll's fingerprint (DESIGN "Confidence votes": the roll is frozen and its hash shown before
 * voting opens). SHA-256 over a canonical JSON array: the format, the round, then each member as
 * [person id or null, name], sorted — so the order the roll was typed in does not matter, and any
 * member added, removed or renamed changes it.
 */
export const ROLL_FORMAT = 'merit-vote-roll-v1';

export interface RollEntry {
  readonly personId: number | null;
  readonly name: string;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function rollFingerprint(roundId: number, members: readonly RollEntry[]): string {
  const rows = members
    .map((m) => [m.personId, m.name.normalize('NFC')] as const)
    .sort((a, b) => (a[0] ?? Infinity) - (b[0] ?? Infinity) || byCodeUnits(a[1], b[1]));
  return createHash('sha256')
    .update(JSON.stringify([ROLL_FORMAT, roundId, rows]), 'utf8')
    .digest('hex');
}
