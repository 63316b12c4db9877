import type { Journey } from '../harness/journey.js';
import { E2E_UNIT } from './org-tree.journey.js';

/** The inspector sees the organizer's reorganization in the audit page, and the chain verifies. */
export const auditJourney: Journey = {
  name: 'inspector sees the reorganization in the audit log',
  async run({ page, visit, checkA11y, screenshot, password }) {
    await visit('/login', 'login');
    await page.getByLabel('Tên đăng nhập').fill('thanhtra');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    await visit('/audit?actor=tochuc&action=org.unit.', 'audit log');
    await page.getByText('tochuc').first().waitFor();
    for (const action of ['org.unit.create', 'org.unit.rename', 'org.unit.move', 'org.unit.merge', 'org.unit.dissolve']) {
      await page
        .locator(`[data-action="${action}"]`)
        .or(page.getByTitle(action))
        .or(page.getByText(action))
        .first()
        .waitFor({ timeout: 5_000 })
        .catch(async () => {
          const body = await page.getByRole('main').innerText();
          throw new Error(`audit page does not show ${action}:\n${body.slice(0, 2000)}`);
        });
    }
    const main = await page.getByRole('main').innerText();
    if (!main.includes(E2E_UNIT.renamed) && !main.includes(E2E_UNIT.first)) {
      // Expand the first row to see before/after.
      await page.locator('.ant-table-row-expand-icon').first().click();
    }
    await screenshot('audit');
    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await page
      .getByText(/nguyên vẹn/)
      .first()
      .waitFor();
    await checkA11y('audit verified');
  },
};
