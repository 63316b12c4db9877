import { totpForSecret } from '../../src/modules/auth/totp.rules.js';
import type { Journey } from '../harness/journey.js';

/**
 * The demo administrator signs in for the first time: password, then the mandatory two-factor
 * enrolment (QR / secret, code from the "app"), lands in the app, signs out, and signs in again
 * with a code.
 */
export const signInJourney: Journey = {
  name: 'administrator signs in with two-factor authentication',
  async run({ page, visit, checkA11y, screenshot, server, password }) {
    await visit('/login', 'login');
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();

    await page.waitForURL(/\/mfa\/enrol/);
    const link = page.locator('a[href^="otpauth://"]');
    await link.waitFor();
    await checkA11y('two-factor enrolment');
    await screenshot('enrol');
    const uri = new URL((await link.getAttribute('href')) ?? '');
    const secret = uri.searchParams.get('secret') ?? '';
    await page.getByLabel('Mã xác thực (6 chữ số)').fill(totpForSecret(secret, new Date()) ?? '');
    await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/mfa') && !url.pathname.startsWith('/login'));
    await page.getByRole('main').waitFor();
    await visit('/accounts', 'accounts');
    await page.getByText('quantri').first().waitFor();
    await screenshot('accounts');

    await page
      .getByRole('button', { name: /Đăng xuất/ })
      .first()
      .click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/login\/mfa/);
    await checkA11y('two-factor code');
    // The enrolment used the current 30-second step; a used step cannot be replayed, so type the next one
    // (accepted within the ±1 step window).
    // Six digits submit by themselves.
    await page.getByLabel('Mã xác thực (6 chữ số)').fill(totpForSecret(secret, new Date(Date.now() + 30_000)) ?? '');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('main').waitFor();
    void server;
  },
};
