import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeBackends } from '../../../app/server/testing/test-app.js';
import { REVIEW_STATUSES } from '../reviews.schemas.js';
import { isLate, lateSql } from './cycle.queries.js';

// "Late" is computed in SQL for lists and filters, and in TypeScript for a step's answer: they must agree.
describeBackends('reviews: late in SQL and in TypeScript agree', (ctx) => {
  it('for every status, on, before and after each deadline', async () => {
    const cycle = { selfReviewDue: '2026-12-01', commentsDue: '2026-12-10', decisionDue: '2026-12-20' };
    const days = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-10', '2026-12-11', '2026-12-20', '2026-12-21'];
    for (const status of REVIEW_STATUSES) {
      for (const today of days) {
        const { rows } = await sql<{ late: boolean }>`
          select ${lateSql(today)} as late
          from (select ${status}::text as status) r,
               (select ${cycle.selfReviewDue}::date as self_review_due, ${cycle.commentsDue}::date as comments_due,
                       ${cycle.decisionDue}::date as decision_due) c`.execute(ctx().db);
        expect(rows[0]?.late, `${status} on ${today}`).toBe(isLate(status, cycle, today));
      }
    }
  });
});
