import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assert } from '../harness/antd.js';
import type { Journey, JourneyContext } from '../harness/journey.js';
import {
  checkReceiptOnPhone,
  closedBallotRefused,
  Phones,
  spentCodeRefused,
  voteOnPhone,
  type CastBallot,
  type Level,
} from './votes-phones.js';
import { confirmed, PRESENT, ROUND_TITLE, setUpRoundInBrowser, SUBJECTS, SUMMONED } from './votes-setup.js';

const ARTIFACTS = join(process.cwd(), 'e2e', 'artifacts');
const [OVER_HALF, TWO_THIRDS] = SUBJECTS;

/**
 * How the twelve present members mark: the first person gets 7 low of 12 (over one half, under two
 * thirds), the second 8 of 12 (two thirds) — the two bands of QĐ 96-QĐ/TW with their consequences.
 */
function marksOf(voter: number): Record<string, Level> {
  return {
    [OVER_HALF]: voter < 7 ? 'thap' : voter < 10 ? 'tin_nhiem' : 'cao',
    [TWO_THIRDS]: voter >= 4 ? 'thap' : voter < 2 ? 'cao' : 'tin_nhiem',
  };
}
/** Expected tally cells ("count (share)") per person: returned = 12 is the denominator. */
const EXPECTED: Record<string, { low: string; band: string; followUp: string; followUpTag: string }> = {
  [OVER_HALF]: {
    low: '7 (58,33',
    band: 'Trên 1/2 tín nhiệm thấp',
    followUp: 'Đưa ra khỏi quy hoạch chức danh cao hơn',
    followUpTag: 'Trên 1/2 tín nhiệm thấp',
  },
  [TWO_THIRDS]: {
    low: '8 (66,67',
    band: 'Từ 2/3 tín nhiệm thấp',
    followUp: 'Cho thôi giữ chức vụ, bố trí công tác thấp hơn',
    followUpTag: 'Từ 2/3 tín nhiệm thấp',
  },
};

async function closeAndTally(ctx: JourneyContext, roundId: number): Promise<void> {
  const { page } = ctx;
  await ctx.visit(`/votes/${roundId}`, 'round: ballots in');
  const voting = page.getByTestId('voting-section');
  await voting.getByText(`${PRESENT}`, { exact: true }).first().waitFor();
  await confirmed(page, page.getByTestId('round-close'));
  const tally = page.getByTestId('tally-section');
  await tally.locator('.ant-table-row').nth(1).waitFor();
  assert((await tally.locator('.ant-table-row').count()) === SUBJECTS.length, 'the tally lists those voted on only');
  for (const name of SUBJECTS) {
    const row = tally.locator('.ant-table-row').filter({ hasText: name });
    const text = await row.innerText();
    const want = EXPECTED[name]!;
    for (const part of [want.low, want.band, want.followUp])
      assert(text.includes(part), `tally row of ${name} should show "${part}": ${text}`);
  }
  await tally.getByText(/Tỷ lệ tính trên tổng số phiếu thu về \(12\)/).waitFor();
  await ctx.checkA11y('round: closed, tally');
  await ctx.screenshot('tally');
}

async function publishAndMinutes(ctx: JourneyContext, roundId: number): Promise<string> {
  const { page } = ctx;
  await confirmed(page, page.getByTestId('round-publish'));
  const head = page.getByTestId('list-head');
  await head.waitFor();
  const listHead = (await head.innerText()).replace(/\s+/g, '');
  assert(/^[0-9a-f]{64}$/.test(listHead), `the list head is a SHA-256: ${listHead}`);

  const panel = page.getByTestId('follow-ups-panel');
  await panel.locator('.ant-table-row').first().waitFor();
  for (const name of SUBJECTS) {
    const rows = panel.locator('.ant-table-row').filter({ hasText: name });
    assert((await rows.count()) > 0, `the follow-ups panel lists ${name}`);
    await rows.first().getByText(EXPECTED[name]!.followUpTag).waitFor();
  }
  await ctx.checkA11y('round: published, follow-ups');
  await ctx.screenshot('published');

  // The minutes open in a new tab; the bytes are fetched with the same session to read them.
  const link = page.getByTestId('minutes-link');
  assert((await link.innerText()).includes('Biên bản (PDF)'), 'the minutes link says what it is');
  const href = (await link.getAttribute('href')) ?? '';
  const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await tab.close();
  const res = await page.context().request.get(new URL(href, ctx.server.url).toString());
  assert(res.ok() && (res.headers()['content-type'] ?? '').includes('pdf'), `the minutes answer a PDF: ${res.status()}`);
  const file = join(ARTIFACTS, `votes-minutes-${roundId}.pdf`);
  writeFileSync(file, await res.body());
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  for (const part of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BIÊN BẢN KIỂM PHIẾU', ...SUBJECTS, '58,33', '66,67'])
    assert(text.includes(part), `the minutes should say "${part}"`);
  return listHead;
}

async function openSheetPdf(file: string, codes: readonly string[]): Promise<void> {
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const printed = codes.filter((c) => text.includes(c));
  assert(printed.length === codes.length, `the printed sheet holds ${codes.length} codes, found ${printed.length}`);
}

async function backToRound(page: Page, roundId: number): Promise<void> {
  await page.getByRole('link', { name: /Về đợt lấy phiếu/ }).click();
  await page.waitForURL(new RegExp(`/votes/${roundId}$`));
  await page.getByTestId('codes-sheet-link').waitFor();
}

/**
 * Issue 5's journey, as people do it: the organizer (1366 px) sets up a round for a party committee of
 * 15 and prints the codes; 12 members vote on their phones; the counting board closes the round, reads
 * the tally, publishes, downloads the minutes and sees the consequences; a member checks a receipt.
 */
export const votesJourney: Journey = {
  name: 'a party committee holds its confidence vote on phones',
  viewport: { width: 1366, height: 900 },
  async run(ctx) {
    const { page } = ctx;
    const sheetPdf = join(ARTIFACTS, 'votes-codes-sheet.pdf');
    const round = await setUpRoundInBrowser(ctx, sheetPdf);
    await openSheetPdf(sheetPdf, round.codes);
    await backToRound(page, round.id);

    const phones = await Phones.launch(ctx.server.url, ARTIFACTS);
    try {
      const cast: CastBallot[] = [];
      for (const [i, code] of round.codes.entries()) cast.push(await voteOnPhone(phones, round.id, code, marksOf(i), i + 1));
      assert(new Set(cast.map((c) => c.receipt)).size === PRESENT, 'every ballot has its own receipt');
      await spentCodeRefused(phones, round.id, round.codes[0]!);

      await closeAndTally(ctx, round.id);
      const listHead = await publishAndMinutes(ctx, round.id);

      const kept = cast[0]!;
      const answer = await checkReceiptOnPhone(phones, round.id, kept.receipt);
      assert(answer.found && answer.head === listHead, 'the receipt is found under the announced list head');
      for (const [name, level] of Object.entries(kept.marks)) {
        const got = answer.entry?.marks[kept.subjectIds[name] ?? ''];
        assert(got === level, `the published ballot keeps the mark for ${name}: ${level}, found ${String(got)}`);
      }
      await closedBallotRefused(phones, round.id);
      phones.check();
    } finally {
      await phones.close();
    }
    // Back on the list: the round, published, with its attendance and ballots.
    await ctx.visit('/votes', 'rounds list: published');
    const row = page.locator('.ant-table-row').filter({ hasText: ROUND_TITLE });
    await row.getByText('Đã công bố').waitFor();
    await row.getByText(`${PRESENT} / ${SUMMONED}`).waitFor();
    await ctx.screenshot('rounds-list');
  },
};
