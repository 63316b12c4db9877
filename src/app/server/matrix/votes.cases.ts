import { generateReceiptCode } from '../../../modules/votes/index.js';
import { insertOfficeHolder, insertRound, openRoundWithCode } from '../../../modules/votes/server/votes-test-kit.js';
import { insertRemoteRound } from '../../../modules/votes/server/remote-test-kit.js';
import { votesRemoteEndpoints as re } from '../../../modules/votes/votes-remote.contract.js';
import { votesEndpoints as e } from '../../../modules/votes/votes.contract.js';
import { votesPaperEndpoints as pe } from '../../../modules/votes/votes-paper.contract.js';
import { insertPaperRound } from '../../../modules/votes/server/votes-paper-test-kit.js';
import { votesListEndpoints } from '../../../modules/votes/votes-list.contract.js';
import { votesFollowUpEndpoints as fe } from '../../../modules/votes/votes-follow-ups.contract.js';
import { insertFollowUp } from '../../../modules/votes/server/follow-up-test-kit.js';
import type { World } from '../testing/world.js';
import { everyRole, type Expected, type MatrixCase, type Where } from './matrix-case.js';

/**
 * Confidence votes. A round is read by every role over its unit and run by administrators and
 * organizers; outside the subtree it does not exist (404). Casting and the receipt check are public:
 * the room code or the receipt is the authority, whoever holds it (signed in or not).
 */
const read = (ok: number): MatrixCase['expect'] => ({
  none: 404,
  admin: { inside: ok, outside: 404 },
  organizer: { inside: ok, outside: 404 },
  inspector: { inside: ok, outside: 404 },
  decider: { inside: ok, outside: 404 },
});

const manage = (ok: number): MatrixCase['expect'] => {
  const readOnly: Expected = { inside: 403, outside: 404 };
  return {
    none: 404,
    admin: { inside: ok, outside: 404 },
    organizer: { inside: ok, outside: 404 },
    inspector: readOnly,
    decider: readOnly,
  };
};

type State = Parameters<typeof insertRound>[2];

/** A request on a fresh round in `state`, with an optional body built for it. */
function onRound(
  endpoint: MatrixCase['endpoint'],
  state: State,
  expect: MatrixCase['expect'],
  body?: (w: World, where: Where, id: number) => Promise<unknown>,
): MatrixCase {
  return {
    endpoint,
    prepare: async (w, where) => {
      const id = await insertRound(w.db, w[where], state);
      return { params: { id }, ...(body ? { body: await body(w, where, id) } : {}) };
    },
    expect,
  };
}

async function unfrozenDraft(w: World, where: Where): Promise<number> {
  const id = await insertRound(w.db, w[where], 'draft');
  await w.db.updateTable('vote_rounds').set({ roll_fingerprint: null }).where('id', '=', id).execute();
  return id;
}

/**
 * Paper double entry: being named counter on a round is its own authority, for that slot only. The
 * inspector is counter 1 (inside and outside alike); nobody else — the organizer included — writes or
 * reads slot 1's entries (403 where they read the round, 404 elsewhere).
 */
const counterOnly: MatrixCase['expect'] = {
  none: 404,
  admin: { inside: 403, outside: 404 },
  organizer: { inside: 403, outside: 404 },
  inspector: 200,
  decider: { inside: 403, outside: 404 },
};

function onPaperSlot(endpoint: MatrixCase['endpoint'], withBody = false): MatrixCase {
  return {
    endpoint,
    prepare: async (w, where) => {
      const counters = [w.accounts.inspector.id, (await w.freshAccount(where)).id] as const;
      const { roundId, subjectId } = await insertPaperRound(w.db, w[where], counters);
      const body = { sheets: [{ sheetNo: 1, marks: { [subjectId]: 'cao' } }] };
      return { params: { id: roundId, slot: 1 }, ...(withBody ? { body } : {}) };
    },
    expect: counterOnly,
  };
}

const paperCases: MatrixCase[] = [
  {
    endpoint: pe.getVotePaper,
    prepare: async (w, where) => {
      const counters = [(await w.freshAccount(where)).id, (await w.freshAccount(where)).id] as const;
      return { params: { id: (await insertPaperRound(w.db, w[where], counters)).roundId } };
    },
    expect: read(200),
  },
  onRound(pe.setVotePaper, 'open', manage(200), async (w, where) => ({
    counter1AccountId: (await w.freshAccount(where)).id,
    counter2AccountId: (await w.freshAccount(where)).id,
    ballotsHandedOut: 3,
  })),
  onRound(pe.listVotePaperCandidates, 'open', manage(200)),
  onPaperSlot(pe.getVotePaperSheets),
  onPaperSlot(pe.saveVotePaperSheets, true),
  onPaperSlot(pe.finishVotePaper),
  onPaperSlot(pe.reopenVotePaper),
  {
    endpoint: pe.compareVotePaper,
    prepare: async (w, where) => {
      const counters = [(await w.freshAccount(where)).id, (await w.freshAccount(where)).id] as const;
      const { roundId } = await insertPaperRound(w.db, w[where], counters);
      await w.db.updateTable('vote_counters').set({ finished: true }).where('round_id', '=', roundId).execute();
      return { params: { id: roundId } };
    },
    expect: read(200),
  },
];

/**
 * Remote voting (ADR 011): the organizer allows it and invites; anyone reads the key; the invitation
 * (token) or the signed token (ballot) is the only authority, whoever holds it.
 */
const remoteCases: MatrixCase[] = [
  onRound(re.getVoteRemote, 'draft', read(200)),
  onRound(re.setVoteRemote, 'draft', manage(200), async () => ({ remoteAllowed: false })),
  {
    endpoint: re.issueVoteInvitations,
    prepare: async (w, where) => {
      const r = await insertRemoteRound(w.db, w[where]);
      return { params: { id: r.roundId }, body: { rollMemberIds: [r.absentMemberId] } };
    },
    expect: manage(201),
  },
  {
    endpoint: re.getVoteRemoteKey,
    prepare: async (w, where) => ({ params: { id: (await insertRemoteRound(w.db, w[where])).roundId } }),
    expect: { anonymous: 200, ...everyRole(200) },
  },
  {
    endpoint: re.issueVoteToken,
    prepare: async (w, where) => {
      const r = await insertRemoteRound(w.db, w[where]);
      return {
        params: { id: r.roundId },
        body: { invitation: r.invitation, blindedMsg: Buffer.alloc(256, 1).toString('base64url') },
      };
    },
    expect: { anonymous: 201, ...everyRole(201) },
  },
  {
    endpoint: re.castVoteRemoteBallot,
    prepare: async (w, where) => {
      const r = await insertRemoteRound(w.db, w[where]);
      return { params: { id: r.roundId }, body: { ...r.signed, marks: { [r.subjectId]: 'cao' } } };
    },
    expect: { anonymous: 201, ...everyRole(201) },
  },
];

export const votesCases: MatrixCase[] = [
  ...paperCases,
  ...remoteCases,
  {
    // Scoped, never refused: outside the caller's subtree the list is empty (votes-list.routes.test.ts).
    endpoint: votesListEndpoints.listVoteRounds,
    prepare: async (w, where) => ({ query: { unitId: String(w[where].id) } }),
    expect: everyRole(200),
  },
  {
    endpoint: e.createVoteRound,
    prepare: async (w, where) => ({
      body: { unitId: (await w.freshUnit(where)).id, title: 'Lấy phiếu tín nhiệm', ruleSet: 'party', voteDate: '2026-11-20' },
    }),
    expect: manage(201),
  },
  onRound(e.getVoteRound, 'draft', read(200)),
  {
    endpoint: e.addVoteSubjects,
    prepare: async (w, where) => ({
      params: { id: await insertRound(w.db, w[where], 'draft') },
      body: { subjects: [{ personId: await insertOfficeHolder(w.db, w[where], 'Hoàng Văn Ma') }] },
    }),
    expect: manage(200),
  },
  {
    endpoint: e.setVoteRoll,
    prepare: async (w, where) => ({
      params: { id: await unfrozenDraft(w, where) },
      body: { members: [{ name: 'Ủy viên Ma Trận' }] },
    }),
    expect: manage(200),
  },
  {
    endpoint: e.freezeVoteRoll,
    prepare: async (w, where) => ({ params: { id: await unfrozenDraft(w, where) } }),
    expect: manage(200),
  },
  onRound(e.recordVoteAttendance, 'draft', manage(200), async () => ({ presentMemberIds: [] })),
  onRound(e.openVoteRound, 'draft', manage(200)),
  onRound(e.issueVoteCodes, 'open', manage(201)),
  onRound(e.getVoteBallot, 'open', { anonymous: 200, ...everyRole(200) }),
  {
    endpoint: e.castVoteBallot,
    prepare: async (w, where) => {
      const { roundId, code, subjectId } = await openRoundWithCode(w.db, w[where]);
      return { params: { id: roundId }, body: { code, marks: { [subjectId]: 'tin_nhiem' } } };
    },
    expect: { anonymous: 201, ...everyRole(201) },
  },
  onRound(e.closeVoteRound, 'open', manage(200)),
  onRound(e.getVoteTally, 'closed', read(200)),
  onRound(e.publishVoteRound, 'closed', manage(200)),
  onRound(e.getVoteBallotList, 'published', read(200)),
  {
    endpoint: e.checkVoteReceipt,
    prepare: async (w, where) => ({
      body: { roundId: await insertRound(w.db, w[where], 'published'), receipt: generateReceiptCode() },
    }),
    expect: { anonymous: 200, ...everyRole(200) },
  },
  onRound(fe.listRoundFollowUps, 'published', read(200)),
  onRound(fe.getVoteMinutes, 'closed', read(200)),
  {
    // Scoped by the people module's read rule over the person's unit.
    endpoint: fe.listPersonVoteFollowUps,
    prepare: async (w, where) => ({ params: { personId: await insertOfficeHolder(w.db, w[where], 'Phạm Văn Theo') } }),
    expect: read(200),
  },
  {
    // The organizer or the competent body (decider) resolves; an inspector only reads.
    endpoint: fe.resolveVoteFollowUp,
    prepare: async (w, where) => ({
      params: { id: await insertFollowUp(w.db, w[where]) },
      body: { status: 'done', note: 'Đã thực hiện' },
    }),
    expect: { ...manage(200), decider: { inside: 200, outside: 404 } },
  },
];
