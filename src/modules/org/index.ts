/**
 * The org module's public door (organization tree with history, management bodies). Other modules
 * and the demo seeder use these; the `*Record` writers do not check the policy (the caller has, or
 * is the system) and must run inside the caller's transaction. They take the tree lock, then the
 * audit lock: call them before your own recordAudit in the same transaction, never after, so every
 * writer takes the two locks in the same order.
 */
export { registerOrgRoutes } from './server/org.routes.js';

// Reading the tree.
export { findUnit, getUnit, listSubtreeUnitIds, listPredecessorIds, type UnitRecord } from './server/unit.queries.js';
export { findManagementBody, listManagementBodies } from './server/management-body.queries.js';

// Writing the tree as the system (seeders, CLI) or after a policy check.
export { createUnitRecord, type CreateUnitRecordInput } from './server/create-unit.service.js';
export { renameUnitRecord, type RenameUnitRecordInput } from './server/rename-unit.service.js';
export { moveUnitRecord, type MoveUnitRecordInput } from './server/move-unit.service.js';
export { mergeUnitRecord, type MergeUnitRecordInput } from './server/merge-unit.service.js';
export { dissolveUnitRecord, type DissolveUnitRecordInput } from './server/dissolve-unit.service.js';
export {
  closeManagementBodyRecord,
  createManagementBodyRecord,
  type CreateManagementBodyRecordInput,
} from './server/management-body.service.js';
export type { RecordOptions } from './server/unit-audit.js';
export { registerUnitMergeHook, type UnitMergeEvent, type UnitMergeHook } from './server/unit-merge-hooks.js';
export { dayBefore } from './unit-path.rules.js';

// Who may do what (pure), for modules that scope by unit.
export { canEditUnit, canReadUnit, ORG_READ_ROLES, ORG_WRITE_ROLES } from './org.policy.js';
