import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { assert, dialog } from '../harness/antd.js';
import { CHROMIUM_ARGS, seriousA11yViolations } from '../harness/browser.js';

/**
 * The members' phones: each its own browser context at 360 × 740 (isMobile, touch), no sign-in. The
 * runner watches only the organizer's page, so console errors, responses ≥ 500 and axe-core findings of
 * the phones are collected here and thrown by `check()`.
 */

export const LEVEL_LABELS = { cao: 'Tín nhiệm cao', tin_nhiem: 'Tín nhiệm', thap: 'Tín nhiệm thấp' } as const;
export type Level = keyof typeof LEVEL_LABELS;

export class Phones {
  private readonly problems: string[] = [];
  private constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly shots: string,
  ) {}

  static async launch(baseUrl: string, shots: string): Promise<Phones> {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
    return new Phones(browser, baseUrl, shots);
  }

  /** A fresh phone (own cookies), watched for console errors and server errors. */
  async open(label: string): Promise<Page> {
    const context = await this.browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) this.problems.push(`${label}: console ${m.text()}`);
    });
    page.on('pageerror', (e) => this.problems.push(`${label}: ${String(e)}`));
    page.on('response', (r) => {
      if (r.status() >= 500) this.problems.push(`${label}: ${r.status()} ${r.request().method()} ${r.url()}`);
    });
    return page;
  }

  async goto(page: Page, path: string): Promise<void> {
    await page.goto(this.baseUrl + path);
    await page.waitForLoadState('networkidle');
  }

  async a11y(page: Page, label: string): Promise<void> {
    await page.waitForTimeout(300);
    for (const v of await seriousA11yViolations(page))
      this.problems.push(`${label}: ${v.impact} ${v.id} — ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    if (Number(overflow) > 0) this.problems.push(`${label}: scrolls sideways by ${String(overflow)} px at 360 px`);
  }

  async screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(this.shots, `votes-${name}.png`), fullPage: true });
  }

  check(): void {
    if (this.problems.length > 0) throw new Error(`on the phones:\n  ${this.problems.join('\n  ')}`);
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

export interface CastBallot {
  readonly receipt: string;
  readonly marks: Readonly<Record<string, Level>>;
  /** The ballot's subject id of each name (the published list keys marks by it). */
  readonly subjectIds: Readonly<Record<string, string>>;
}

/**
 * One member scans the card's QR (the sheet's address with the code), finds the code filled in, marks
 * every person on the ballot, sends it through the confirmation and keeps the receipt shown.
 */
export async function voteOnPhone(
  phones: Phones,
  roundId: number,
  code: string,
  marks: Readonly<Record<string, Level>>,
  n: number,
): Promise<CastBallot> {
  const page = await phones.open(`voter ${n}`);
  try {
    await phones.goto(page, `/vote/${roundId}?code=${encodeURIComponent(code)}`);
    const subjects = page.getByTestId('vote-subject');
    await subjects.first().waitFor();
    assert(!page.url().includes('code='), 'the code should leave the address bar');
    assert((await page.getByLabel(/Mã phiếu/).inputValue()) === code, `voter ${n}: the code from the QR fills the field`);
    assert((await subjects.count()) === Object.keys(marks).length, `voter ${n}: the ballot lists only those voted on`);
    if (n === 1) await phones.a11y(page, 'ballot (phone)');
    const subjectIds: Record<string, string> = {};
    for (const [name, level] of Object.entries(marks)) {
      const legend = (await subjects.filter({ hasText: name }).locator('legend').getAttribute('id')) ?? '';
      subjectIds[name] = legend.replace('vote-subject-', '');
      await subjects
        .filter({ hasText: name })
        .locator('label.ant-radio-wrapper')
        .filter({ hasText: new RegExp(`^${LEVEL_LABELS[level]}$`) })
        .click();
    }
    if (n === 1) await phones.screenshot(page, 'phone-ballot');
    await page.getByRole('button', { name: 'Gửi phiếu' }).click();
    const modal = dialog(page);
    await modal.getByText('Không thể sửa sau khi gửi').waitFor();
    if (n === 1) await phones.a11y(page, 'ballot confirmation (phone)');
    await modal.getByRole('button', { name: 'Gửi phiếu' }).click();
    const receipt = page.getByTestId('vote-receipt');
    await receipt.waitFor({ timeout: 20_000 });
    await page.getByText('Lưu mã này để kiểm tra phiếu của bạn sau khi công bố').waitFor();
    if (n === 1) {
      await phones.a11y(page, 'receipt (phone)');
      await phones.screenshot(page, 'phone-receipt');
    }
    return { receipt: (await receipt.innerText()).trim(), marks, subjectIds };
  } finally {
    await page.context().close();
  }
}

interface ReceiptCheckAnswer {
  found: boolean;
  head: string;
  entry: { receipt: string; marks: Record<string, string> } | null;
  subjects: { id: string; fullName: string }[];
}

/**
 * A member opens the receipt check on a phone and types the kept receipt: it is in the published list,
 * under the announced head. Returns what the page was told (the entry's marks, by subject id).
 */
export async function checkReceiptOnPhone(phones: Phones, roundId: number, receipt: string): Promise<ReceiptCheckAnswer> {
  const page = await phones.open('receipt check');
  try {
    await phones.goto(page, `/vote/receipt`);
    await phones.a11y(page, 'receipt check (phone)');
    await page.getByLabel('Số đợt lấy phiếu').fill(String(roundId));
    await page.getByLabel('Mã biên nhận').fill(receipt);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/votes/receipts/check'));
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    const body = (await (await answer).json()) as ReceiptCheckAnswer;
    const result = page.getByTestId('receipt-result');
    await result.getByText('Phiếu của bạn có trong danh sách đã công bố.').waitFor();
    await result.getByText(body.head).waitFor();
    for (const s of body.subjects) {
      const mark = body.entry?.marks[s.id];
      const shown = mark && Object.hasOwn(LEVEL_LABELS, mark) ? LEVEL_LABELS[mark as Level] : undefined;
      if (shown) await result.getByTestId('receipt-marks').getByText(`${s.fullName}: ${shown}`, { exact: true }).waitFor();
    }
    await phones.a11y(page, 'receipt found (phone)');
    await phones.screenshot(page, 'phone-receipt-check');
    return body;
  } finally {
    await page.context().close();
  }
}

/** A code already used (a card photographed and passed on): refused, said plainly, no receipt. */
export async function spentCodeRefused(phones: Phones, roundId: number, code: string): Promise<void> {
  const page = await phones.open('spent code');
  try {
    await phones.goto(page, `/vote/${roundId}?code=${encodeURIComponent(code)}`);
    const subjects = page.getByTestId('vote-subject');
    await subjects.first().waitFor();
    for (let i = 0; i < (await subjects.count()); i++) await subjects.nth(i).locator('label.ant-radio-wrapper').first().click();
    await page.getByRole('button', { name: 'Gửi phiếu' }).click();
    await dialog(page).getByRole('button', { name: 'Gửi phiếu' }).click();
    await page.getByRole('alert').filter({ hasText: 'Mã phiếu này đã được dùng để bỏ phiếu' }).first().waitFor();
    assert((await page.getByTestId('vote-receipt').count()) === 0, 'a spent code must not give a receipt');
    await phones.a11y(page, 'spent code refused (phone)');
  } finally {
    await page.context().close();
  }
}

/** After the close, a late phone is told the round is not open (no ballot form to fill). */
export async function closedBallotRefused(phones: Phones, roundId: number): Promise<void> {
  const page = await phones.open('after close');
  try {
    await phones.goto(page, `/vote/${roundId}`);
    await page.getByText('Đợt lấy phiếu không trong thời gian bỏ phiếu').first().waitFor();
    await phones.a11y(page, 'ballot after close (phone)');
  } finally {
    await page.context().close();
  }
}
