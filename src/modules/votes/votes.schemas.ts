import { z } from 'zod';
import { IdSchema, IsoDateSchema, textLine } from '../../shared/text-schemas.js';
import { CONFIDENCE_LEVELS, DENOMINATORS, INVALID_MARKS } from './vote-constants.js';

/**
 * Shapes of the votes API (issue 5, server part): rounds, their subjects and roll, room codes, ballots,
 * the tally and the receipt check. The published ballot list is a file (`PublishedBallotList`).
 */

/** `party`: QĐ 96-QĐ/TW; `state`: NQ 96/2023/QH15 (National Assembly and People's Councils). */
export const RULE_SETS = ['party', 'state'] as const;
export type RuleSetCode = (typeof RULE_SETS)[number];
export const ROUND_STATUSES = ['draft', 'open', 'closed', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const START_KINDS = ['appointed', 'elected', 'approved'] as const;

/** How many subjects a round or roll members a roll may hold in one request. */
export const MAX_SUBJECTS = 200;
export const MAX_ROLL = 2000;

export const BALLOT_MARKS = [...CONFIDENCE_LEVELS, ...INVALID_MARKS] as const;

export const RoundParamsSchema = z.strictObject({ id: IdSchema });

export const CreateRoundInputSchema = z.strictObject({
  unitId: IdSchema,
  title: textLine(300),
  ruleSet: z.enum(RULE_SETS),
  denominator: z.enum(DENOMINATORS).optional(),
  voteDate: IsoDateSchema,
});

export const AddSubjectsInputSchema = z.strictObject({
  subjects: z
    .array(
      z.strictObject({
        personId: IdSchema,
        /** The post voted on; the person's current head post (else latest open post) when left out. */
        postId: IdSchema.optional(),
        startKind: z.enum(START_KINDS).default('appointed'),
        /** The registry has no retirement field yet: the organizer states it here. */
        retirementAnnouncedOn: IsoDateSchema.nullable().optional(),
      }),
    )
    .min(1)
    .max(MAX_SUBJECTS),
});

export const SetRollInputSchema = z.strictObject({
  members: z
    .array(
      z
        .strictObject({ personId: IdSchema.optional(), name: textLine(200).optional() })
        .refine((m) => m.personId !== undefined || m.name !== undefined, {
          message: 'Cần mã hồ sơ cán bộ hoặc họ tên / A person id or a name is required',
        }),
    )
    .min(1)
    .max(MAX_ROLL),
});

export const AttendanceInputSchema = z.strictObject({
  /** Roll member ids (not person ids) of those present; the others are absent. */
  presentMemberIds: z.array(IdSchema).max(MAX_ROLL),
});

export const CastBallotInputSchema = z.strictObject({
  code: z.string().min(1).max(40),
  marks: z
    .record(z.string().max(20), z.enum(BALLOT_MARKS))
    .refine((m) => Object.keys(m).length <= MAX_SUBJECTS, { message: 'Quá nhiều người trên phiếu' }),
});

export const ReceiptCheckInputSchema = z.strictObject({
  roundId: IdSchema,
  receipt: z.string().min(1).max(40),
});

export const SubjectSchema = z.object({
  id: z.number(),
  personId: z.number(),
  fullName: z.string(),
  postTitle: z.string(),
  postStartedOn: z.string(),
  startKind: z.enum(START_KINDS),
  excluded: z.boolean(),
  exclusionReason: z.string().nullable(),
});

export const RollMemberSchema = z.object({
  id: z.number(),
  personId: z.number().nullable(),
  name: z.string(),
  present: z.boolean(),
});

export const RoundDetailSchema = z.object({
  id: z.number(),
  unitId: z.number(),
  title: z.string(),
  ruleSet: z.enum(RULE_SETS),
  denominator: z.enum(DENOMINATORS),
  voteDate: z.string(),
  status: z.enum(ROUND_STATUSES),
  /** SHA-256 of the frozen roll (shown before voting opens); null while the roll can still change. */
  rollFingerprint: z.string().nullable(),
  summoned: z.number(),
  present: z.number(),
  minimumPresent: z.number(),
  quorumReached: z.boolean(),
  codesIssued: z.number(),
  ballotsReturned: z.number(),
  /** The last hash of the published ballot list, once published. */
  listHead: z.string().nullable(),
  subjects: z.array(SubjectSchema),
  roll: z.array(RollMemberSchema),
  can: z.object({ manage: z.boolean() }),
});
export type RoundDetail = z.output<typeof RoundDetailSchema>;

export const IssuedCodesSchema = z.object({
  roundId: z.number(),
  /** Shown once, for printing: the server keeps only their digests. */
  codes: z.array(z.string()),
});

/** What a voter's phone shows before casting (no session): the open round's title and its ballot. */
export const PublicBallotSchema = z.object({
  id: z.number(),
  title: z.string(),
  status: z.enum(ROUND_STATUSES),
  /** The eligible subjects only; `id` is the key of the marks. */
  subjects: z.array(z.object({ id: z.string(), fullName: z.string(), postTitle: z.string() })),
});
export type PublicBallot = z.output<typeof PublicBallotSchema>;

export const CastReceiptSchema = z.object({ roundId: z.number(), receipt: z.string() });

const ShareSchema = z.object({
  count: z.number(),
  fraction: z.object({ numerator: z.number(), denominator: z.number() }).nullable(),
  display: z.string(),
});

export const SubjectTallySchema = z.object({
  subjectId: z.string(),
  personId: z.number(),
  fullName: z.string(),
  postTitle: z.string(),
  issued: z.number(),
  summoned: z.number(),
  returned: z.number(),
  valid: z.number(),
  invalid: z.number(),
  invalidNoMark: z.number(),
  invalidSeveralMarks: z.number(),
  denominator: z.object({ kind: z.enum(DENOMINATORS), value: z.number() }),
  levels: z.object({ cao: ShareSchema, tin_nhiem: ShareSchema, thap: ShareSchema }),
  lowOverHalf: z.boolean(),
  lowTwoThirds: z.boolean(),
  band: z.enum(['below_half', 'over_half', 'two_thirds']),
  followUps: z.array(z.string()),
});

export const RoundTallySchema = z.object({
  roundId: z.number(),
  status: z.enum(ROUND_STATUSES),
  ruleSet: z.enum(RULE_SETS),
  ballotsReturned: z.number(),
  subjects: z.array(SubjectTallySchema),
});

export const ReceiptCheckSchema = z.object({
  roundId: z.number(),
  found: z.boolean(),
  /** The names on the ballot, so the voter reads their marks as they cast them (published rounds only). */
  subjects: z.array(z.object({ id: z.string(), fullName: z.string() })),
  /** The published list's head, to compare with the one announced. */
  head: z.string(),
  entry: z
    .object({
      receipt: z.string(),
      marks: z.record(z.string(), z.string()),
      entryHash: z.string(),
      chainHash: z.string(),
    })
    .nullable(),
});

/** How many rounds one page of the organizer's list may hold (a unit holds a few rounds a year). */
export const ROUND_LIST_PAGE_MAX = 100;
export const ROUND_LIST_PAGE_DEFAULT = 20;

export const ListRoundsQuerySchema = z.object({
  /** Rounds of this unit's subtree; every unit the caller reads when left out. */
  unitId: IdSchema.optional(),
  status: z.enum(ROUND_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(ROUND_LIST_PAGE_MAX).default(ROUND_LIST_PAGE_DEFAULT),
});
export type ListRoundsQuery = z.output<typeof ListRoundsQuerySchema>;

export const RoundSummarySchema = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  title: z.string(),
  ruleSet: z.enum(RULE_SETS),
  voteDate: z.string(),
  status: z.enum(ROUND_STATUSES),
  summoned: z.number(),
  present: z.number(),
  codesIssued: z.number(),
  ballotsReturned: z.number().nullable(),
  canManage: z.boolean(),
});
export type RoundSummary = z.output<typeof RoundSummarySchema>;

export const RoundPageSchema = z.object({
  items: z.array(RoundSummarySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
