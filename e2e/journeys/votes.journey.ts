import type { Page } from 'playwright-core';
import { assert, dialog } from '../harness/antd.js';
import type { Journey, JourneyContext } from '../harness/journey.js';
import { setUpVoteRound } from './votes-setup.js';

const LEVELS = ['Tín nhiệm cao', 'Tín nhiệm', 'Tín nhiệm thấp'] as const;

async function noSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  if (Number(overflow) > 0) throw new Error(`${where} scrolls sideways by ${String(overflow)} px at 360 px`);
}

/** Marks every subject on the ballot (subject i gets level i mod 3). */
async function markAll(page: Page, count: number): Promise<void> {
  const subjects = page.getByTestId('vote-subject');
  assert((await subjects.count()) === count, `the ballot should list ${count} people`);
  for (let i = 0; i < count; i++) {
    await subjects
      .nth(i)
      .locator('label.ant-radio-wrapper')
      .filter({ hasText: new RegExp(`^${LEVELS[i % 3]}$`) })
      .click();
  }
}

/** Sends the ballot through the confirmation dialog. */
async function sendAndConfirm(ctx: JourneyContext, label: string): Promise<void> {
  const { page } = ctx;
  await page.getByRole('button', { name: 'Gửi phiếu' }).click();
  const modal = dialog(ctx.page);
  await modal.getByText('Không thể sửa sau khi gửi').waitFor();
  await ctx.checkA11y(`${label}: confirmation`);
  await modal.getByRole('button', { name: 'Gửi phiếu' }).click();
}

async function receiptShown(page: Page): Promise<string> {
  const receipt = page.getByTestId('vote-receipt');
  await receipt.waitFor({ timeout: 15_000 });
  await page.getByText('Lưu mã này để kiểm tra phiếu của bạn sau khi công bố').waitFor();
  return (await receipt.innerText()).trim();
}

/**
 * At phone width (360 px), no sign-in: the organizer's round is set up through the API; one voter
 * comes from the QR (code in the address), another types the code; a spent code is refused; after
 * close and publication a receipt is found in the published list.
 */
export const votesJourney: Journey = {
  name: 'voters vote by phone in the meeting room',
  viewport: { width: 360, height: 740 },
  async run(ctx) {
    const { page, server, password, visit, checkA11y, screenshot } = ctx;
    const round = await setUpVoteRound(server.url, password);
    try {
      const n = round.subjects.length;
      const [first, second] = round.codes;
      assert(first && second, 'three codes were issued');

      // The QR path: the code arrives in the address and leaves it at once.
      await visit(`/vote/${round.roundId}?code=${encodeURIComponent(first)}`, 'ballot (phone)');
      await page.getByText(round.subjects[0]!).first().waitFor();
      assert(!page.url().includes('code='), 'the code should leave the address bar');
      assert((await page.getByLabel(/Mã phiếu/).inputValue()) === first, 'the code from the QR fills the field');
      await page.getByRole('button', { name: 'Gửi phiếu' }).click();
      await page.getByText(`Còn ${n} người chưa được chọn mức tín nhiệm.`).waitFor();
      await markAll(page, n);
      await page.locator('.ant-form-item-explain-error').first().waitFor({ state: 'detached' });
      await noSidewaysScroll(page, 'the ballot');
      await screenshot('ballot');
      await sendAndConfirm(ctx, 'first ballot');
      const receipt = await receiptShown(page);
      await page.getByText(/Ai xem được mã biên nhận/).waitFor();
      await checkA11y('receipt (phone)');
      await noSidewaysScroll(page, 'the receipt');
      await screenshot('receipt');

      // A typed code, with its dashes left out and in lower case.
      await visit(`/vote/${round.roundId}`, 'ballot, typed code');
      await page.getByLabel(/Mã phiếu/).fill(second.replace(/-/g, '').toLowerCase());
      await markAll(page, n);
      await sendAndConfirm(ctx, 'second ballot');
      await receiptShown(page);

      // The first code again: refused, said plainly, nothing else changes.
      await visit(`/vote/${round.roundId}?code=${encodeURIComponent(first)}`, 'ballot, spent code');
      await markAll(page, n);
      await sendAndConfirm(ctx, 'spent code');
      await page.getByRole('alert').filter({ hasText: 'Mã phiếu này đã được dùng để bỏ phiếu' }).first().waitFor();
      assert((await page.getByTestId('vote-receipt').count()) === 0, 'a spent code must not give a receipt');
      await checkA11y('spent code refused');
      await screenshot('spent-code');

      await round.closeAndPublish();
      await visit(`/vote/${round.roundId}`, 'ballot after close');
      await page.getByText('Đợt lấy phiếu không trong thời gian bỏ phiếu').waitFor();

      await visit(`/vote/receipt?round=${round.roundId}`, 'receipt check (phone)');
      await page.getByLabel('Mã biên nhận').fill(receipt);
      await page.getByRole('button', { name: 'Kiểm tra' }).click();
      const result = page.getByTestId('receipt-result');
      await result.getByText('Phiếu của bạn có trong danh sách đã công bố.').waitFor();
      await result
        .getByText(/^[0-9a-f]{64}$/)
        .last()
        .waitFor();
      await checkA11y('receipt found');
      await noSidewaysScroll(page, 'the receipt check');
      await screenshot('receipt-check');
    } finally {
      await round.dispose();
    }
  },
};
