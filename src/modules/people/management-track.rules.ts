/**
 * "Diện quản lý" per track (DOMAIN §6, issue 3 item 2): a person's party-track management body is a
 * body of a party organization (its standing committee, executive committee, …); their state-track
 * body belongs to the state apparatus or to the Fatherland Front and mass organizations, whose
 * personnel matters follow the state-side rules for employment. A body of the wrong track is refused.
 */
export type PersonTrack = 'party' | 'state';
export type UnitTrack = 'party' | 'state' | 'mass';

export const MANAGEMENT_TRACK_UNIT_TRACKS: Readonly<Record<PersonTrack, readonly UnitTrack[]>> = {
  party: ['party'],
  state: ['state', 'mass'],
};

export function managementBodyFitsTrack(track: PersonTrack, bodyUnitTrack: UnitTrack): boolean {
  return MANAGEMENT_TRACK_UNIT_TRACKS[track].includes(bodyUnitTrack);
}
