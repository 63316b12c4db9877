import type { ReactNode } from 'react';
import type { RoundDetail } from '../../votes.schemas.js';
import { FollowUpsPanel, MinutesLink } from '../follow-ups-panel.js';
import { PaperPanel } from '../paper-panel.js';
import { RemotePanel } from '../remote-panel.js';
import { AttendanceSection } from './attendance-section.js';
import { PublishSection } from './publish-section.js';
import { RollSection } from './roll-section.js';
import { SubjectsSection } from './subjects-section.js';
import { TallySection } from './tally-section.js';
import { VotingSection } from './voting-section.js';

/**
 * One panel of the round page. The page renders, in this order, every section whose `show` holds;
 * each section gets the round detail (with `can.manage`) and draws its own card.
 */
export interface RoundSection {
  readonly key: string;
  show(round: RoundDetail): boolean;
  render(round: RoundDetail): ReactNode;
}

const frozen = (r: RoundDetail) => r.rollFingerprint !== null;
const started = (r: RoundDetail) => r.status !== 'draft';

/**
 * The round page's panels. To add one (e.g. remote voting with blind tokens, `remote-panel.tsx`, or the
 * paper ballots' double entry, `paper-entry`), write a component taking `{ round }` and add one line here
 * at the step it belongs to — e.g.
 * `{ key: 'remote', show: (r) => r.status === 'open', render: (r) => <RemotePanel round={r} /> },`.
 */
export const ROUND_SECTIONS: readonly RoundSection[] = [
  { key: 'subjects', show: () => true, render: (r) => <SubjectsSection round={r} /> },
  { key: 'roll', show: () => true, render: (r) => <RollSection round={r} /> },
  { key: 'attendance', show: (r) => frozen(r) && !started(r), render: (r) => <AttendanceSection round={r} /> },
  { key: 'voting', show: (r) => r.status === 'open', render: (r) => <VotingSection round={r} /> },
  { key: 'remote', show: () => true, render: (r) => <RemotePanel round={r} /> },
  { key: 'paper', show: () => true, render: (r) => <PaperPanel round={r} /> },
  // Remote voting (blind tokens) and paper double entry join here, while the round is open / closed.
  { key: 'tally', show: (r) => r.status === 'closed' || r.status === 'published', render: (r) => <TallySection round={r} /> },
  { key: 'publish', show: (r) => r.status === 'closed' || r.status === 'published', render: (r) => <PublishSection round={r} /> },
  { key: 'minutes', show: (r) => r.status === 'closed' || r.status === 'published', render: (r) => <MinutesLink round={r} /> },
  { key: 'follow-ups', show: (r) => r.status === 'published', render: (r) => <FollowUpsPanel round={r} /> },
];
