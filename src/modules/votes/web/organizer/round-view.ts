import type { RoundDetail } from '../../votes.schemas.js';

/**
 * Pure helpers of the organizer pages: the absolute address a ballot code's QR carries, the roll
 * fingerprint grouped for reading aloud, and where a round stands in the in-room workflow.
 */

/** `https://host/vote/12?code=ABCD-EFGH`: what the phone opens when it scans a card (the code is URL-encoded). */
export function voteUrl(origin: string, roundId: number, code: string): string {
  return `${origin.replace(/\/+$/, '')}/vote/${roundId}?code=${encodeURIComponent(code)}`;
}

/** Hex digits per group when the fingerprint is shown or read aloud to the room. */
const FINGERPRINT_GROUP = 4;
/** Groups per line, so a SHA-256 (64 hex digits) reads as four lines of four groups. */
const FINGERPRINT_GROUPS_PER_LINE = 4;

/** `ab12cd34…` → `[['ab12', 'cd34', …], …]`: lines of groups, lower case, nothing dropped. */
export function groupFingerprint(hex: string, size = FINGERPRINT_GROUP, perLine = FINGERPRINT_GROUPS_PER_LINE): string[][] {
  const clean = hex.trim().toLowerCase();
  const groups: string[] = [];
  for (let i = 0; i < clean.length; i += size) groups.push(clean.slice(i, i + size));
  const lines: string[][] = [];
  for (let i = 0; i < groups.length; i += perLine) lines.push(groups.slice(i, i + perLine));
  return lines;
}

/** The workflow as the organizer sees it, in order (antd Steps). */
export const ROUND_STEPS = ['setup', 'frozen', 'attendance', 'open', 'codes', 'close', 'tally', 'publish'] as const;
type RoundStep = (typeof ROUND_STEPS)[number];

type StepFacts = Pick<RoundDetail, 'status' | 'rollFingerprint' | 'quorumReached' | 'codesIssued'>;

/**
 * The index of the step to do next; `ROUND_STEPS.length` once published (every step done).
 * Draft: set up until the roll is frozen, then attendance until the quorum holds, then open.
 */
export function currentStep(r: StepFacts): number {
  const at = (s: RoundStep) => ROUND_STEPS.indexOf(s);
  switch (r.status) {
    case 'draft':
      if (!r.rollFingerprint) return at('setup');
      return r.quorumReached ? at('open') : at('attendance');
    case 'open':
      return r.codesIssued > 0 ? at('close') : at('codes');
    case 'closed':
      return at('publish');
    case 'published':
      return ROUND_STEPS.length;
  }
}
