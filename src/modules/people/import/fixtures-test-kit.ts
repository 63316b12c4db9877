/** Test fixtures built by code (no binary fixtures in the repository); the generic ones live in the platform. */
export {
  buildZip,
  INJECTION,
  messyOfficeWorkbook,
  minimalXlsx,
} from '../../../platform/server/spreadsheet/spreadsheet-test-kit.js';

export function randomCccd(i: number): string {
  return `0${String(1 + (i % 96)).padStart(2, '0')}${String(i).padStart(9, '0')}`;
}
