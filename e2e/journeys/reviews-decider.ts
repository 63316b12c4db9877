import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { assert } from '../harness/antd.js';
import { CHROMIUM_ARGS, seriousA11yViolations } from '../harness/browser.js';
import { decide, signInAs, type JourneyLevel } from './reviews-steps.js';

/**
 * The decider's side of the reviews journey: `quyetdinh` (the provincial standing committee) in a
 * browser of their own (own cookies, 1366 px). The runner watches only the organizer's page, so console
 * errors, responses ≥ 500 and axe-core findings here are collected and thrown by `check()`.
 */
export class Decider {
  private readonly problems: string[] = [];
  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
    private readonly baseUrl: string,
    private readonly shots: string,
  ) {}

  static async signIn(baseUrl: string, password: string, shots: string): Promise<Decider> {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      bypassCSP: true,
    });
    const page = await context.newPage();
    const decider = new Decider(browser, page, baseUrl, shots);
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) decider.problems.push(`console ${m.text()}`);
    });
    page.on('pageerror', (e) => decider.problems.push(String(e)));
    page.on('response', (r) => {
      if (r.status() >= 500) decider.problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
    await decider.visit('/login', 'decider: login');
    await signInAs(page, 'quyetdinh', password);
    return decider;
  }

  async visit(path: string, label: string): Promise<void> {
    await this.page.goto(this.baseUrl + path);
    await this.page.waitForLoadState('networkidle');
    await this.a11y(label);
  }

  async a11y(label: string): Promise<void> {
    await this.page.waitForTimeout(300);
    for (const v of await seriousA11yViolations(this.page))
      this.problems.push(`${label}: ${v.impact} ${v.id} — ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: join(this.shots, `reviews-${name}.png`), fullPage: true });
  }

  /** Decides one review with `level`; `refusedFirst`: tries that level first and expects it refused on screen. */
  async decideReview(reviewId: number, who: string, level: JourneyLevel, refusedFirst?: JourneyLevel): Promise<string | null> {
    await this.visit(`/reviews/${reviewId}`, `decider: review of ${who}`);
    await this.page.getByTestId('review-step-decision').waitFor();
    let refusal: string | null = null;
    if (refusedFirst) {
      refusal = await decide(this.page, refusedFirst);
      assert(refusal !== null, `deciding ${refusedFirst} for ${who} should be refused`);
      await this.a11y(`decider: refusal for ${who}`);
      await this.screenshot('decision-refused');
    }
    const again = await decide(this.page, level);
    assert(again === null, `deciding ${level} for ${who} should pass: ${again ?? ''}`);
    await this.a11y(`decider: decided ${who}`);
    return refusal;
  }

  check(): void {
    if (this.problems.length > 0) throw new Error(`in the decider's browser:\n  ${this.problems.join('\n  ')}`);
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
