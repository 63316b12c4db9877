import type { Page } from 'playwright-core';
import { assert, dialog, dialogsClosed, pickOption, typeDate } from '../harness/antd.js';
import type { Journey } from '../harness/journey.js';

export const E2E_UNIT = { code: 'P-E2E-CCHC', first: 'Phòng Thử nghiệm E2E', renamed: 'Phòng Cải cách hành chính E2E' };

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function selectBySearch(page: Page, typed: string, name: string): Promise<void> {
  const search = page.getByLabel('Tìm đơn vị theo tên hoặc mã');
  await search.fill(typed);
  await search.press('Enter');
  await page.getByText(name, { exact: true }).first().click();
  await page.getByRole('heading', { name }).first().waitFor();
}

async function save(page: Page): Promise<void> {
  await dialog(page)
    .getByRole('button', { name: /^(Lưu|Xác nhận|Sáp nhập|Giải thể|Chuyển)/ })
    .last()
    .click();
}

/**
 * An organizer of the Ban Tổ chức builds and reorganizes part of the tree: establishes a division
 * under Sở Nội vụ, renames it, moves it to Sở Tài chính, merges another division into it, and
 * dissolves one — every step visible in the unit's history.
 */
export const orgTreeJourney: Journey = {
  name: 'organizer builds and reorganizes the tree',
  async run({ page, visit, checkA11y, screenshot, password }) {
    await visit('/login', 'login');
    await signIn(page, 'tochuc', password);
    await visit('/org', 'organization tree');

    await selectBySearch(page, 'so noi vu', 'Sở Nội vụ');
    await checkA11y('unit detail');

    // Establish a division.
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const create = dialog(page);
    await create.waitFor();
    await pickOption(page, create.getByLabel('Loại đơn vị'), 'Phòng, chi cục');
    await create.getByLabel('Mã đơn vị').fill(E2E_UNIT.code);
    await create.getByLabel('Tên đơn vị').fill(E2E_UNIT.first);
    await typeDate(create.getByLabel('Ngày thành lập (hiệu lực từ)'), '01/07/2025');
    await create.getByLabel('Số văn bản').fill('15/QĐ-SNV');
    await checkA11y('create unit dialog');
    await save(page);
    await dialogsClosed(page);
    await page.getByRole('heading', { name: E2E_UNIT.first }).first().waitFor();

    // Rename it.
    await page.getByRole('button', { name: 'Đổi tên' }).click();
    const rename = dialog(page);
    await rename.getByLabel('Tên đơn vị').fill(E2E_UNIT.renamed);
    await rename.getByLabel('Số văn bản').fill('16/QĐ-SNV');
    await save(page);
    await dialogsClosed(page);
    await page.getByRole('heading', { name: E2E_UNIT.renamed }).first().waitFor();

    // Move it to Sở Tài chính.
    await page.getByRole('button', { name: 'Chuyển đơn vị' }).click();
    const move = dialog(page);
    await pickOption(page, move.getByLabel('Đơn vị cấp trên mới'), /^Sở Tài chính/, 'so tai chinh');
    await save(page);
    await dialogsClosed(page);
    await page.getByRole('navigation', { name: 'Các đơn vị cấp trên' }).getByText('Sở Tài chính').waitFor();

    // Establish a second division under Sở Tài chính and merge it into the first.
    await selectBySearch(page, 'so tai chinh', 'Sở Tài chính');
    await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    const second = dialog(page);
    await pickOption(page, second.getByLabel('Loại đơn vị'), 'Phòng, chi cục');
    await second.getByLabel('Mã đơn vị').fill('P-E2E-TAM');
    await second.getByLabel('Tên đơn vị').fill('Tổ công tác tạm thời E2E');
    await typeDate(second.getByLabel('Ngày thành lập (hiệu lực từ)'), '01/07/2025');
    await save(page);
    await dialogsClosed(page);
    await page.getByRole('heading', { name: 'Tổ công tác tạm thời E2E' }).first().waitFor();
    await page.getByRole('button', { name: 'Sáp nhập vào…' }).click();
    const merge = dialog(page);
    await pickOption(page, merge.getByLabel('Sáp nhập vào đơn vị'), E2E_UNIT.renamed, 'cai cach hanh chinh e2e');
    await save(page);
    await checkA11y('merge confirmation');
    await save(page);
    await dialogsClosed(page);
    await page.getByText('Đã sáp nhập vào').first().waitFor();
    await screenshot('merged');

    // The target's history shows what happened, including the absorbed unit.
    await selectBySearch(page, 'cai cach hanh chinh e2e', E2E_UNIT.renamed);
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    for (const text of ['Thành lập', 'Đổi tên', 'Chuyển sang', 'Tiếp nhận']) {
      await page.getByRole('tabpanel').getByText(text).first().waitFor();
    }
    await checkA11y('unit history');
    await screenshot('history');

    // Dissolve it (it has no active children left).
    await page.getByRole('tab', { name: 'Thông tin' }).click();
    await page.getByRole('button', { name: 'Giải thể' }).click();
    await save(page);
    await save(page);
    await dialogsClosed(page);
    await page.getByText('Đã giải thể').first().waitFor();
    const text = await page.getByRole('main').innerText();
    assert(text.includes(E2E_UNIT.code), 'the dissolved unit stays findable with its code');
  },
};
