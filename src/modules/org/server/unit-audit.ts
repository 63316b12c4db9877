import type { AccountActor } from '../../../platform/server/auth/actor.js';
import { authorityLabel, ORG_WRITE_ROLES } from '../org.policy.js';
import type { UnitRecord } from './unit.queries.js';

/** Options of the `*Record` writers, which do not check the policy (the caller has, or is the system). */
export interface RecordOptions {
  /** The authority used, for the audit log: `organizer@/1/5/ (grant 12)`; null for the system. */
  readonly authority?: string | null;
}

/** What the audit log keeps of a unit before and after a change. */
export function unitSnapshot(unit: UnitRecord) {
  return {
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    track: unit.track,
    kind: unit.kind,
    parentId: unit.parentId,
    path: unit.path,
    status: unit.status,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    mergedIntoId: unit.mergedIntoId,
    version: unit.version,
  };
}

/** The write authority the actor uses over the given units, for `RecordOptions.authority`. */
export function writeAuthority(actor: AccountActor, units: readonly { path: string }[]): RecordOptions {
  return {
    authority: authorityLabel(
      actor,
      ORG_WRITE_ROLES,
      units.map((u) => u.path),
    ),
  };
}
