/**
 * Who may read the audit log, as pure rules over the caller's grants (the server's Actor and the
 * browser's session both carry them, so the UI can hide what the server would refuse).
 */
export interface AuditReader {
  readonly grants: readonly { readonly role: string; readonly unitPath: string }[];
}

/** Administrators watch what happens in their subtree; inspectors (kiểm tra, thanh tra) audit it. */
export const AUDIT_READER_ROLES = ['admin', 'inspector'] as const;

function isReaderRole(role: string): boolean {
  return (AUDIT_READER_ROLES as readonly string[]).includes(role);
}

/** A root unit (a province) has a one-segment path: `/12/`. */
export function isRootPath(path: string): boolean {
  return /^\/\d+\/$/.test(path);
}

export function canListAuditEvents(reader: AuditReader): boolean {
  return reader.grants.some((g) => isReaderRole(g.role));
}

/** Verifying the chain reveals only counts and an event id, so every audit reader may run it. */
export function canVerifyAudit(reader: AuditReader): boolean {
  return canListAuditEvents(reader);
}

/** Events about a unit in the reader's subtrees (a unit's events include those of units under it). */
export function canReadUnitAudit(reader: AuditReader, unitPath: string): boolean {
  return reader.grants.some((g) => isReaderRole(g.role) && unitPath.startsWith(g.unitPath));
}

/**
 * Events about no unit (start-up, seeding, system settings) concern the whole installation, so only
 * an administrator of a root unit sees them.
 */
export function canSeeSystemEvents(reader: AuditReader): boolean {
  return reader.grants.some((g) => g.role === 'admin' && isRootPath(g.unitPath));
}
