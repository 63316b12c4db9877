import { expect, it } from 'vitest';
import { IMPORT_FIELDS } from './import/detect-header.js';
import { IMPORT_FIELD_NAMES } from './web/import-field-labels.js';

it('the mapping editor offers exactly the importer’s fields', () => {
  expect([...IMPORT_FIELD_NAMES].sort()).toEqual([...IMPORT_FIELDS].sort());
});
