import { insertCycle } from '../../../modules/reviews/server/reviews-test-kit.js';
import { reviewsEndpoints as e } from '../../../modules/reviews/reviews.contract.js';
import { reviewsRatingsEndpoints as ratings } from '../../../modules/reviews/reviews-ratings.contract.js';
import { reviewsSettingsEndpoints as s } from '../../../modules/reviews/reviews-settings.contract.js';
import { reviewsPublicationEndpoints as pub } from '../../../modules/reviews/reviews-publication.contract.js';
import { insertPetition, insertPublishedReview } from '../../../modules/reviews/server/reviews-publication-test-kit.js';
import { insertPerson } from '../testing/world.js';
import { reviewsStepsEndpoints as steps } from '../../../modules/reviews/reviews-steps.contract.js';
import { SELF_REVIEW_86, insertReviewAt } from '../../../modules/reviews/server/reviews-test-kit.js';
import { codeDigest, formatCode, generateBallotCode } from '../../../modules/votes/index.js';
import { reviewsDecisionEndpoints as dec } from '../../../modules/reviews/reviews-decision.contract.js';
import {
  DECIDED_ON,
  decisionBody,
  insertDecisionCycle,
  insertProposedReview,
  insertReview,
} from '../../../modules/reviews/server/decision-test-kit.js';
import { everyRole, type Expected, type MatrixCase } from './matrix-case.js';
import { reviewsStatsEndpoints as stats } from '../../../modules/reviews/reviews-stats.contract.js';

/**
 * Annual reviews. A cycle is read by every role over its unit and run by administrators and organizers;
 * outside the subtree it does not exist (404). The rating is decided only by the decider of the
 * person's management body (reviews-decision cases).
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

/** Only the decider of the review's body (inside); others who read it: 403; outside: 404. */
const decide = (ok: number): MatrixCase['expect'] => {
  const reader: Expected = { inside: 403, outside: 404 };
  return { none: 404, admin: reader, organizer: reader, inspector: reader, decider: { inside: ok, outside: 404 } };
};

const onCycle = (endpoint: MatrixCase['endpoint'], expect: MatrixCase['expect'], body?: unknown): MatrixCase => ({
  endpoint,
  prepare: async (w, where) => ({
    params: { id: (await insertCycle(w.db, await w.freshUnit(where))).cycleId },
    ...(body === undefined ? {} : { body }),
  }),
  expect,
});

export const reviewsCases: MatrixCase[] = [
  {
    endpoint: e.openReviewCycle,
    prepare: async (w, where) => {
      const unit = await w.freshUnit(where);
      await insertPerson(w.db, unit, 'Lê Văn Mở Kỳ');
      return { body: { unitId: unit.id, regime: 'state', periodKind: 'year', year: 2026 } };
    },
    expect: manage(201),
  },
  {
    // Scoped, never refused: outside the caller's subtree the list is empty.
    endpoint: e.listReviewCycles,
    prepare: async (w, where) => ({ query: { unitId: String(w[where].id) } }),
    expect: everyRole(200),
  },
  onCycle(e.getReviewCycle, read(200)),
  onCycle(e.extendReviewDeadlines, manage(200), { decisionDue: '2026-12-20', decisionRef: '15/QĐ-SNV' }),
  onCycle(e.getReviewProgress, read(200)),
  onCycle(e.listCycleReviews, read(200)),
  {
    endpoint: s.getReviewSettings,
    prepare: async (w, where) => ({ params: { unitId: w[where].id } }),
    expect: read(200),
  },
  {
    endpoint: s.setReviewSettings,
    prepare: async (w, where) => ({
      params: { unitId: (await w.freshUnit(where)).id },
      body: { overrides: { petitionWindowDays: 7 }, decisionRef: '01/QĐ-BTC', version: 0 },
    }),
    expect: manage(200),
  },
  {
    endpoint: pub.publishReviewResults,
    prepare: async (w, where) => ({
      params: { id: (await insertPublishedReview(w.db, await w.freshUnit(where), { publishedAt: null })).cycleId },
      body: {},
    }),
    expect: manage(200),
  },
  {
    endpoint: pub.getPublishedReviewResults,
    prepare: async (w, where) => ({ params: { id: (await insertPublishedReview(w.db, await w.freshUnit(where))).cycleId } }),
    expect: read(200),
  },
  {
    endpoint: pub.fileReviewPetition,
    prepare: async (w, where) => ({
      params: { id: (await insertPublishedReview(w.db, await w.freshUnit(where))).reviewId },
      body: {
        filedOn: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
        content: 'Kiến nghị',
      },
    }),
    expect: manage(201),
  },
  {
    endpoint: pub.listReviewPetitions,
    prepare: async (w, where) => ({ params: { id: (await insertPublishedReview(w.db, await w.freshUnit(where))).reviewId } }),
    expect: read(200),
  },
  {
    // Answered only by the competent body: the decider of the person's management body.
    endpoint: pub.answerReviewPetition,
    prepare: async (w, where) => {
      const body = where === 'inside' ? w.insideBodyId : w.outsideBodyId;
      const { petitionId } = await insertPetition(w.db, await w.freshUnit(where), body);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
      return { params: { id: petitionId }, body: { outcome: 'rejected', answer: 'Giữ nguyên kết quả', answeredOn: today } };
    },
    expect: {
      none: 404,
      admin: { inside: 403, outside: 404 },
      organizer: { inside: 403, outside: 404 },
      inspector: { inside: 403, outside: 404 },
      decider: { inside: 200, outside: 404 },
    },
  },
  // Review steps before the decision (reviews-steps.contract.ts): run by the advisory body's staff.
  {
    endpoint: steps.getReview,
    prepare: async (w, where) => ({ params: { id: (await insertReviewAt(w.db, await w.freshUnit(where), 'pending')).reviewId } }),
    expect: read(200),
  },
  {
    endpoint: steps.saveSelfReview,
    prepare: async (w, where) => ({
      params: { id: (await insertReviewAt(w.db, await w.freshUnit(where), 'pending')).reviewId },
      body: { version: 1, ...SELF_REVIEW_86 },
    }),
    expect: manage(200),
  },
  {
    endpoint: steps.saveReviewComments,
    prepare: async (w, where) => ({
      params: { id: (await insertReviewAt(w.db, await w.freshUnit(where), 'self_reviewed')).reviewId },
      body: { version: 1, meetingDate: '2026-11-20', attendees: 5, minutes: 'Biên bản', agreeCounts: { HTT: 5 } },
    }),
    expect: manage(200),
  },
  {
    endpoint: steps.issueOpinionCodes,
    prepare: async (w, where) => {
      const { reviewId } = await insertReviewAt(w.db, await w.freshUnit(where), 'self_reviewed', { wideOpinion: true });
      return { params: { id: reviewId }, body: { count: 2 } };
    },
    expect: manage(201),
  },
  {
    // Public and anonymous by construction: whoever holds a valid unused code may answer.
    endpoint: steps.submitReviewOpinion,
    prepare: async (w, where) => {
      const { reviewId } = await insertReviewAt(w.db, await w.freshUnit(where), 'self_reviewed', { wideOpinion: true });
      const code = generateBallotCode();
      await w.db
        .insertInto('review_opinion_codes')
        .values({ code_digest: codeDigest(code), review_id: reviewId })
        .execute();
      return { body: { reviewId, code: formatCode(code), level: 'HTT' } };
    },
    expect: { anonymous: 201, ...everyRole(201) },
  },
  {
    endpoint: steps.saveReviewProposal,
    prepare: async (w, where) => ({
      params: { id: (await insertReviewAt(w.db, await w.freshUnit(where), 'commented')).reviewId },
      body: { version: 1, level: 'HTT', note: 'Đề xuất mức Hoàn thành tốt', cases: [] },
    }),
    expect: manage(200),
  },
  // Decision and re-rating: only the decider of the review's management body (organizers prepare, never decide).
  {
    endpoint: dec.decideReview,
    prepare: async (w, where) => {
      const body = where === 'inside' ? w.insideBodyId : w.outsideBodyId;
      return {
        params: { id: (await insertProposedReview(w.db, await w.freshUnit(where), body)).reviewId },
        body: decisionBody('HTT'),
      };
    },
    expect: decide(200),
  },
  {
    endpoint: dec.rerateReview,
    prepare: async (w, where) => {
      const unit = await w.freshUnit(where);
      const bodyId = where === 'inside' ? w.insideBodyId : w.outsideBodyId;
      const { reviewId } = await insertReview(w.db, await insertDecisionCycle(w.db, unit), unit, { bodyId, level: 'HTT' });
      const body = {
        version: 1,
        level: 'HT',
        reason: 'Kết quả công khai có sai sót',
        decisionRef: '9/QĐ',
        decidedOn: DECIDED_ON,
      };
      return { params: { id: reviewId }, body };
    },
    expect: decide(200),
  },
  {
    endpoint: dec.recordQuotaException,
    prepare: async (w, where) => {
      const unit = await w.freshUnit(where);
      const { cycleId } = await insertProposedReview(w.db, unit, null);
      return {
        params: { id: cycleId },
        body: { dutyGroup: `u${unit.id}:staff`, ceilingPercent: 25, decisionRef: '45/QĐ-TU', decidedOn: DECIDED_ON },
      };
    },
    expect: manage(201),
  },
  {
    endpoint: dec.listQuotaExceptions,
    prepare: async (w, where) => ({ params: { id: (await insertProposedReview(w.db, await w.freshUnit(where), null)).cycleId } }),
    expect: read(200),
  },
  {
    // Scoped, never refused: outside the caller's subtree the list is empty.
    endpoint: dec.listReviewConsequences,
    prepare: async (w, where) => ({ query: { unitId: String(w[where].id), year: '2026' } }),
    expect: everyRole(200),
  },
  {
    endpoint: dec.updateReviewConsequence,
    prepare: async (w, where) => {
      const unit = await w.freshUnit(where);
      const { reviewId, personId } = await insertReview(w.db, await insertDecisionCycle(w.db, unit), unit, { level: 'KHT' });
      const { id } = await w.db
        .insertInto('review_consequences')
        .values({ review_id: reviewId, person_id: personId!, kind: 'OUT_OF_PLANNING_POOL', basis: 'KHT (QĐ 377)' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { params: { id }, body: { status: 'done', note: 'Đã xử lý' } };
    },
    expect: manage(200),
  },
  // Statistics and exports: any role over the unit; a unit outside the caller's authority is 404.
  ...[stats.getReviewStats, stats.exportReviewStatsXlsx, stats.exportReviewStatsPdf].map((endpoint): MatrixCase => ({
    endpoint,
    prepare: async (w, where) => ({ query: { unitId: String(w[where].id), year: '2026' } }),
    expect: read(200),
  })),
  {
    endpoint: ratings.getPersonReviewRatings,
    prepare: async (w, where) => ({
      params: { personId: (await insertPublishedReview(w.db, await w.freshUnit(where))).personId },
    }),
    expect: read(200),
  },
];
