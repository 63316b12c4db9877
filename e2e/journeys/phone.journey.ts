import type { Journey } from '../harness/journey.js';

/** At phone width (360 px): sign in, open the navigation drawer, browse the tree; no sideways scroll. */
export const phoneJourney: Journey = {
  name: 'organizer works at phone width',
  viewport: { width: 360, height: 740 },
  async run({ page, visit, checkA11y, screenshot, password }) {
    await visit('/login', 'login (phone)');
    await page.getByLabel('Tên đăng nhập').fill('tochuc');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await visit('/org', 'organization tree (phone)');
    const search = page.getByLabel('Tìm đơn vị theo tên hoặc mã');
    await search.fill('tinh uy');
    await search.press('Enter');
    await page.getByText('Tỉnh ủy Hưng Yên').first().click();
    await page.getByRole('heading', { name: 'Tỉnh ủy Hưng Yên' }).first().waitFor();
    await checkA11y('unit detail (phone)');
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    if (Number(overflow) > 0) throw new Error(`the page scrolls sideways by ${String(overflow)} px at 360 px`);
    await screenshot('org');
  },
};
