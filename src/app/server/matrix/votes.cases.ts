import { generateReceiptCode } from '../../../modules/votes/index.js';
import { insertOfficeHolder, insertRound, openRoundWithCode } from '../../../modules/votes/server/votes-test-kit.js';
import { votesEndpoints as e } from '../../../modules/votes/votes.contract.js';
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

export const votesCases: MatrixCase[] = [
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
];
