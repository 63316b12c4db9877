import type { Locator, Page } from 'playwright-core';
import { assert, typeDate } from '../harness/antd.js';

/**
 * The steps of one review as people fill them in the browser (issue 4): the self-review, the
 * collective's comments, the proposal and the decision. Shared by the organizer's and the decider's
 * sides of the reviews journey; every helper waits for the server to accept what was sent.
 */

export type JourneyLevel = 'HTXS' | 'HTT' | 'HT' | 'KHT';

/** Task counts of a good year (all done, on time): no QĐ 366 task cap lowers the level. */
const TASKS = { assigned: 12, done: 12, onTime: 12, exceeded: 2, late: 0 } as const;
const MONTHS_WORKED = 12;

/** Today in Asia/Ho_Chi_Minh, as the date pickers read it (dd/mm/yyyy). */
export function todayVi(): string {
  const [y, m, d] = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).split('-');
  return `${d}/${m}/${y}`;
}

/** The input behind a `data-testid` (antd puts it on the input or on its wrapper). */
export function field(page: Page | Locator, id: string): Locator {
  return page
    .locator(
      `input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`,
    )
    .first();
}

export async function signInAs(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The review's step cards are shown up to the current step: waits for `step` to appear. */
async function stepShown(page: Page, step: string): Promise<void> {
  await page.getByTestId(`review-step-${step}`).waitFor({ timeout: 20_000 });
}

/** Fills a criterion score with the criterion's maximum (read from the input); returns the points given. */
async function fillCriteria(page: Page, who: string): Promise<number> {
  const section = page.getByTestId('review-step-selfReview');
  const ids = await section
    .locator('[data-testid^="self-score-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  const codes = [...new Set(ids.map((id) => id.replace(/^self-score-/, '')))];
  assert(codes.length > 0, `the self-review of ${who} lists its criteria`);
  let total = 0;
  for (const code of codes) {
    const score = field(section, `self-score-${code}`);
    const max = Number((await score.getAttribute('aria-valuemax')) ?? '0');
    if (max > 0) {
      await score.fill(String(max));
      total += max;
    }
    await field(section, `self-evidence-${code}`).fill(`Minh chứng tiêu chí ${code}: báo cáo tổng kết năm, biên bản kiểm tra.`);
  }
  return total;
}

/** The self-review (form 01 / 2B / 2C): every criterion at its maximum with evidence, tasks, narrative, level. */
export async function fillSelfReview(page: Page, who: string, level: JourneyLevel): Promise<void> {
  await stepShown(page, 'selfReview');
  const points = await fillCriteria(page, who);
  const total = await page.getByTestId('self-total').innerText();
  assert(total.includes(String(points)), `the self-review total of ${who} shows ${points}: ${total}`);
  const tasks = page.getByTestId('self-task-assigned');
  if ((await tasks.count()) > 0) for (const [k, v] of Object.entries(TASKS)) await field(page, `self-task-${k}`).fill(String(v));
  if ((await page.getByTestId('self-months-worked').count()) > 0)
    await field(page, 'self-months-worked').fill(String(MONTHS_WORKED));
  await field(page, 'self-narrative').fill(
    `${who}: hoàn thành đầy đủ nhiệm vụ được giao trong năm 2026, giữ gìn phẩm chất đạo đức, lối sống.`,
  );
  await page.getByTestId(`self-level-${level}`).click();
  await page.getByTestId('self-review-save').click();
  await stepShown(page, 'comments');
}

/** The collective's comments: meeting today, every attendee agreeing with `level`. */
export async function fillComments(page: Page, attendees: number, level: JourneyLevel): Promise<void> {
  await page.getByTestId('comments-save').waitFor();
  await typeDate(field(page, 'comments-meeting-date'), todayVi());
  await field(page, 'comments-attendees').fill(String(attendees));
  await field(page, 'comments-minutes').fill(
    `Hội nghị chi bộ ngày ${todayVi()}: ${attendees} đảng viên dự, thảo luận và góp ý bản tự đánh giá.`,
  );
  await field(page, `comments-agree-${level}`).fill(String(attendees));
  await page.getByTestId('comments-save').click();
  await stepShown(page, 'proposal');
}

/** The proposal to the deciding body. */
export async function fillProposal(page: Page, level: JourneyLevel): Promise<void> {
  await page.getByTestId('proposal-save').waitFor();
  await page.getByTestId(`proposal-level-${level}`).click();
  await field(page, 'proposal-note').fill(`Chi bộ đề nghị xếp loại ${level} theo kết quả hội nghị.`);
  await page.getByTestId('proposal-save').click();
  await stepShown(page, 'decision');
}

let decisionNo = 0;

/** One decision as the decider sends it; returns the refusal shown on screen, if any. */
export async function decide(page: Page, level: JourneyLevel): Promise<string | null> {
  await page.getByTestId('decision-save').waitFor();
  // The date first: Enter in the picker sends the form, which the empty document number still stops.
  const date = field(page, 'decision-date');
  if ((await date.inputValue()) === '') await typeDate(date, todayVi());
  await page.getByTestId(`decision-level-${level}`).click();
  decisionNo += 1;
  await field(page, 'decision-ref').fill(`${100 + decisionNo}-QĐ/TU`);
  await page.getByTestId('decision-save').click();
  const current = page.getByTestId('decision-current');
  const refusal = page.getByTestId('decision-refusal');
  await current.or(refusal).first().waitFor({ timeout: 20_000 });
  if (await refusal.isVisible()) return (await refusal.innerText()).trim();
  const shown = await current.innerText();
  assert(shown.includes(level), `the decision shows ${level}: ${shown}`);
  return null;
}
