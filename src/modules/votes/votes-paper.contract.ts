import { z } from 'zod';
import { defineEndpoint } from '../../shared/endpoint.js';
import { IdSchema } from '../../shared/text-schemas.js';
import { MAX_PAPER_SHEET_NO, MAX_PAPER_SHEETS_PER_SAVE } from './paper-entry.rules.js';
import { BALLOT_MARKS, MAX_SUBJECTS, ROUND_STATUSES, RoundParamsSchema } from './votes.schemas.js';

/**
 * Paper ballots with double entry (issue 5): the organizer names the two counters of the counting board
 * and records how many paper ballots were handed out; each counter enters every returned sheet on their
 * own slot, finishes, and only then sees the other's entries and the comparison. Closing the round turns
 * the agreed sheets into anonymous ballots; any mismatch or unfinished slot refuses the close (409).
 */
export const PaperSlotParamsSchema = z.strictObject({
  id: IdSchema,
  slot: z.coerce.number().int().min(1, 'Người nhập phiếu là 1 hoặc 2').max(2, 'Người nhập phiếu là 1 hoặc 2'),
});

const SheetNoSchema = z.number().int().min(1).max(MAX_PAPER_SHEET_NO);

export const SetPaperInputSchema = z
  .strictObject({
    counter1AccountId: IdSchema,
    counter2AccountId: IdSchema,
    /** Paper ballots handed out (counted as issued); one per member present at most, with the room codes. */
    ballotsHandedOut: z.number().int().min(0).max(MAX_PAPER_SHEET_NO),
  })
  .refine((v) => v.counter1AccountId !== v.counter2AccountId, {
    path: ['counter2AccountId'],
    message: 'Hai người nhập phiếu phải là hai tài khoản khác nhau / The two counters must be different accounts',
  });

const PaperMarksSchema = z
  .record(z.string().max(20), z.enum(BALLOT_MARKS))
  .refine((m) => Object.keys(m).length <= MAX_SUBJECTS, { message: 'Quá nhiều người trên phiếu' });

export const SaveSheetsInputSchema = z
  .strictObject({
    /** Saved (inserted or replaced) by sheet number. */
    sheets: z.array(z.strictObject({ sheetNo: SheetNoSchema, marks: PaperMarksSchema })).max(MAX_PAPER_SHEETS_PER_SAVE),
    /** Sheet numbers entered by mistake, removed from this slot. */
    remove: z.array(SheetNoSchema).max(MAX_PAPER_SHEETS_PER_SAVE).default([]),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<number>();
    v.sheets.forEach((s, i) => {
      if (seen.has(s.sheetNo)) {
        ctx.addIssue({ code: 'custom', path: ['sheets', i, 'sheetNo'], message: `Tờ số ${s.sheetNo} có hai lần` });
      }
      seen.add(s.sheetNo);
    });
    v.remove.forEach((n, i) => {
      if (seen.has(n)) ctx.addIssue({ code: 'custom', path: ['remove', i], message: `Tờ số ${n} vừa lưu vừa xoá` });
    });
  });

const SlotSchema = z.union([z.literal(1), z.literal(2)]);

export const PaperStatusSchema = z.object({
  roundId: z.number(),
  title: z.string(),
  status: z.enum(ROUND_STATUSES),
  ballotsHandedOut: z.number().nullable(),
  /** The people on the ballot, in ballot order: `id` is the key of the marks. */
  subjects: z.array(z.object({ id: z.string(), fullName: z.string(), postTitle: z.string() })),
  counters: z.array(
    z.object({ slot: SlotSchema, accountId: z.number(), displayName: z.string(), finished: z.boolean(), sheets: z.number() }),
  ),
  /** The caller's slot, when they are one of the two counters. */
  mySlot: SlotSchema.nullable(),
  /** `unused`: no paper; `entering`: a slot is still open; then `agreed` or `mismatch`. */
  comparison: z.enum(['unused', 'entering', 'agreed', 'mismatch']),
  mismatchSheets: z.array(z.number()),
  can: z.object({ manage: z.boolean() }),
});
export type PaperStatus = z.output<typeof PaperStatusSchema>;

export const PaperSheetSchema = z.object({ sheetNo: z.number(), marks: z.record(z.string(), z.enum(BALLOT_MARKS)) });

export const SlotSheetsSchema = z.object({
  roundId: z.number(),
  slot: SlotSchema,
  finished: z.boolean(),
  sheets: z.array(PaperSheetSchema),
});
export type SlotSheets = z.output<typeof SlotSheetsSchema>;

export const PaperMismatchSchema = z.object({
  sheetNo: z.number(),
  kind: z.enum(['missing', 'marks']),
  /** `missing`: the only slot that entered the sheet. */
  enteredBy: SlotSchema.nullable(),
  /** `marks`: the person whose marks differ, and each side's mark (null: left out). */
  subjectId: z.string().nullable(),
  first: z.enum(BALLOT_MARKS).nullable(),
  second: z.enum(BALLOT_MARKS).nullable(),
});

export const PaperComparisonSchema = z.object({
  roundId: z.number(),
  /** The close may add the paper ballots: every sheet agrees and no more came back than were handed out. */
  agreed: z.boolean(),
  /** Sheets both counters entered identically. */
  agreedSheets: z.number(),
  ballotsHandedOut: z.number().nullable(),
  mismatches: z.array(PaperMismatchSchema),
});
export type PaperComparisonView = z.output<typeof PaperComparisonSchema>;

/** Who may be named counter: active accounts homed in the round's unit or below (MAX_COUNTER_CANDIDATES). */
export const MAX_COUNTER_CANDIDATES = 500;
export const CounterCandidatesSchema = z.object({
  items: z.array(z.object({ id: z.number(), username: z.string(), displayName: z.string() })),
});

const tag = 'votes';
const base = '/api/votes/rounds/:id/paper';

function slotAction(name: string, action: string, summary: string) {
  return defineEndpoint({
    name,
    method: 'POST',
    path: `${base}/:slot/${action}`,
    tag,
    access: 'session',
    summary,
    params: PaperSlotParamsSchema,
    response: PaperStatusSchema,
  });
}

export const votesPaperEndpoints = {
  getVotePaper: defineEndpoint({
    name: 'getVotePaper',
    method: 'GET',
    path: base,
    tag,
    access: 'session',
    summary: 'Phiếu giấy: hai người nhập phiếu, số phiếu đã phát, số tờ đã nhập, tình trạng đối chiếu',
    params: RoundParamsSchema,
    response: PaperStatusSchema,
  }),
  setVotePaper: defineEndpoint({
    name: 'setVotePaper',
    method: 'PUT',
    path: base,
    tag,
    access: 'session',
    summary: 'Chỉ định hai người nhập phiếu giấy (hai tài khoản khác nhau) và ghi số phiếu giấy đã phát',
    params: RoundParamsSchema,
    body: SetPaperInputSchema,
    response: PaperStatusSchema,
  }),
  getVotePaperSheets: defineEndpoint({
    name: 'getVotePaperSheets',
    method: 'GET',
    path: `${base}/:slot/sheets`,
    tag,
    access: 'session',
    summary: 'Các tờ phiếu một người nhập phiếu đã nhập (phần của người kia chỉ xem được khi cả hai đã nhập xong)',
    params: PaperSlotParamsSchema,
    response: SlotSheetsSchema,
  }),
  saveVotePaperSheets: defineEndpoint({
    name: 'saveVotePaperSheets',
    method: 'PUT',
    path: `${base}/:slot/sheets`,
    tag,
    access: 'session',
    summary: 'Người nhập phiếu lưu các tờ phiếu theo số tờ (chỉ người được chỉ định cho phần đó)',
    params: PaperSlotParamsSchema,
    body: SaveSheetsInputSchema,
    response: SlotSheetsSchema,
  }),
  finishVotePaper: slotAction('finishVotePaper', 'finish', 'Người nhập phiếu báo đã nhập xong'),
  reopenVotePaper: slotAction('reopenVotePaper', 'reopen', 'Người nhập phiếu mở lại phần của mình để sửa'),
  listVotePaperCandidates: defineEndpoint({
    name: 'listVotePaperCandidates',
    method: 'GET',
    path: `${base}/candidates`,
    tag,
    access: 'session',
    summary: 'Tài khoản có thể được chỉ định nhập phiếu giấy (thuộc đơn vị của đợt hoặc đơn vị trực thuộc)',
    params: RoundParamsSchema,
    response: CounterCandidatesSchema,
  }),
  compareVotePaper: defineEndpoint({
    name: 'compareVotePaper',
    method: 'GET',
    path: `${base}/comparison`,
    tag,
    access: 'session',
    summary: 'Đối chiếu hai lần nhập phiếu giấy: các tờ không khớp (khi cả hai đã nhập xong)',
    params: RoundParamsSchema,
    response: PaperComparisonSchema,
  }),
};
