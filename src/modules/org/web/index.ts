/**
 * The org module's public door for other modules' UI. Pages are not exported: the router lazy-loads
 * them, and a page imported statically here would defeat that split.
 */
export { orgEndpoints, type ManagementBody, type UnitDetail, type UnitSummary } from '../org.contract.js';
export {
  MANAGEMENT_BODY_KINDS,
  TRACK_LABELS,
  UNIT_KINDS,
  type ManagementBodyKind,
  type Track,
  type UnitKindCode,
} from '../unit-kinds.js';
export { UnitPicker, type UnitPickerProps } from './unit-picker.js';
export { KindTag, TrackTag, UnitStatusTag, useOrgLabels } from './unit-labels.js';
