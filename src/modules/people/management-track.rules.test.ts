import { describe, expect, it } from 'vitest';
import { managementBodyFitsTrack } from './management-track.rules.js';

describe('managementBodyFitsTrack', () => {
  it.each([
    ['party', 'party', true],
    ['party', 'state', false],
    ['party', 'mass', false],
    ['state', 'state', true],
    ['state', 'mass', true],
    ['state', 'party', false],
  ] as const)('%s track, body of a %s unit → %s', (track, unitTrack, fits) => {
    expect(managementBodyFitsTrack(track, unitTrack)).toBe(fits);
  });
});
