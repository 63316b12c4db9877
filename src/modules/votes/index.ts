/**
 * The votes module's door for other server code (confidence votes, issue 5): the routes (room votes:
 * rounds, roll, codes, ballots, tally, ballot list) and the pure core — constants, quorum, eligibility,
 * tally, ballot codes, the roll fingerprint, the published ballot list and RFC 9474 tokens.
 */
export * from './vote-constants.js';
export { checkQuorum, isQuorumReached, minimumPresent, type Attendance, type QuorumCheck } from './quorum.rules.js';
export {
  checkSubjectEligibility,
  type Exclusion,
  type ExclusionCode,
  type PostStartKind,
  type SubjectEligibility,
  type SubjectPost,
} from './eligibility.rules.js';
export { exceedsRatio, formatPercent, reachesRatio, shareOf, type Fraction, type Share } from './fraction.rules.js';
export {
  tallyBallots,
  type CastBallot,
  type SubjectTally,
  type TallyInput,
  type TallyRefusalCode,
  type TallyResult,
  type TallySubject,
  type ThresholdBand,
} from './tally.rules.js';
export {
  checkCharacter,
  checkCode,
  codeDigest,
  formatCode,
  generateBallotCode,
  generateCode,
  generateReceiptCode,
  normaliseCode,
  secureRandomBytes,
  type CodeCheck,
  type CodeKind,
  type RandomBytes,
} from './ballot-code.rules.js';
export {
  BALLOT_LIST_FORMAT,
  ballotHash,
  buildBallotList,
  canonicalBallot,
  chainLink,
  findBallotByReceipt,
  headerHash,
  verifyBallotList,
  type BallotListEntry,
  type BallotListHeader,
  type BallotListProblem,
  type BallotListVerification,
  type BuildBallotListInput,
  type BuildBallotListResult,
  type ListedBallot,
  type PublishedBallotList,
} from './ballot-list.rules.js';
export {
  applicationMessage,
  blind,
  blindSign,
  DEFAULT_RSABSSA_VARIANT,
  finalize,
  prepare,
  publicKeyFromKeyObject,
  RSABSSA_VARIANTS,
  signingKeyFromPrivateKey,
  tokenId,
  verify as verifyBlindSignature,
  type Blinded,
  type BlindRsaErrorCode,
  type BlindRsaResult,
  type BlindSigningKey,
  type RsabssaVariant,
  type RsabssaVariantName,
} from './blind-rsa.rules.js';
export type { RsaPublicKey } from './rsa-pss.rules.js';
export { registerVotesRoutes } from './server/votes.routes.js';
// For the annual review (QĐ 366 art. 11.4): the year's votes at which a person had > 1/2 low.
export { lowConfidenceInYear, type LowConfidenceVote } from './server/follow-up.queries.js';
export { rollFingerprint, ROLL_FORMAT, type RollEntry } from './roll-fingerprint.rules.js';
export {
  comparePaperEntries,
  reconcilePaper,
  PAPER_MARK_KEYS,
  PAPER_SLOTS,
  type PaperMismatch,
  type PaperSheet,
  type PaperSlot,
} from './paper-entry.rules.js';
export { createCodeGuessLimiter, GUESS_LIMIT, type CodeGuessLimiter } from './server/code-guess-limiter.js';
