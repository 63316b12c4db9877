import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { assert, dialog, pickOption } from '../harness/antd.js';
import type { Journey } from '../harness/journey.js';

/**
 * The people in the office's workbook; the fourth has an impossible date until the file is fixed. Two
 * leave "Đối tượng" blank (the dialog's default, Công chức, fills it); three have a "Chức vụ".
 */
const PEOPLE = [
  { name: 'Nguyễn Văn Ánh', male: true, birth: '05/01/1975', id: '033075001234', status: 'Công chức', post: 'Giám đốc Sở' },
  { name: 'Trần Thị Hoà', male: false, birth: '12/03/1982', id: '033182004321', status: null, post: 'Phó Giám đốc' },
  { name: 'Lê Đức Thọ', male: true, birth: '20/07/1968', id: '033068000111', status: 'Cán bộ', post: null },
  { name: 'Phạm Thị Lan', male: false, birth: '28/02/1990', id: '033190005678', status: 'Viên chức', post: 'Chuyên viên' },
  { name: 'Đỗ Minh Chiến', male: true, birth: '09/11/1995', id: '033095002222', status: null, post: null },
  { name: 'Vũ Thị Thu Hằng', male: false, birth: '01/06/2001', id: '033301003333', status: 'Viên chức', post: null },
] as const;
const POSTS = PEOPLE.filter((p) => p.post).length;
const BAD_INDEX = 3;
/** Title rows 1–2, a blank row, the header over rows 4–5: the people start on row 6. */
const FIRST_ROW = 6;

/** An office workbook: title rows, an STT column, "Ngày sinh" merged over "Nam" | "Nữ", dates as text. */
async function writeOfficeWorkbook(file: string, badDate: string | null): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS CBCC');
  ws.getCell('A1').value = 'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN';
  ws.getCell('A2').value = 'DANH SÁCH CÁN BỘ, CÔNG CHỨC';
  ws.mergeCells('A2:H2');
  ['STT', 'Họ và tên', 'Ngày sinh', null, 'Số CCCD', 'Đối tượng', 'Đơn vị', 'Chức vụ'].forEach((v, i) => {
    if (v) ws.getCell(4, i + 1).value = v;
  });
  ws.getCell('C5').value = 'Nam';
  ws.getCell('D5').value = 'Nữ';
  for (const c of ['A', 'B', 'E', 'F', 'G', 'H']) ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells('C4:D4');
  PEOPLE.forEach((p, i) => {
    const birth = i === BAD_INDEX && badDate ? badDate : p.birth;
    ws.getRow(FIRST_ROW + i).values = [
      i + 1,
      p.name,
      p.male ? birth : null,
      p.male ? null : birth,
      p.id,
      p.status,
      'HY-SNV',
      p.post,
    ];
  });
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Picks an option of the dialog's labelled Select and checks the field shows it (a click during the dropdown's opening animation can miss). */
async function pickChecked(
  page: Page,
  modal: Locator,
  label: string,
  option: RegExp,
  shown: string,
  typed?: string,
): Promise<void> {
  const item = modal
    .locator('.ant-form-item, .ant-table-row')
    .filter({ has: page.getByRole('combobox', { name: label, exact: true }) });
  for (let attempt = 1; ; attempt++) {
    await pickOption(page, item.getByRole('combobox', { name: label, exact: true }), option, typed);
    try {
      await item.locator('.ant-select').getByText(shown, { exact: true }).waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw new Error(`"${label}" should show ${shown}: ${await item.innerText()}`, { cause: error });
      await page.keyboard.press('Escape');
    }
  }
}

/** Chooses a file in the dialog and waits until the Upload list shows it (React has it then). */
async function chooseFile(modal: Locator, file: string): Promise<void> {
  await modal.locator('input[type="file"]').setInputFiles(file);
  // The replaced file may linger in the list during its leave animation: the last entry is the new one.
  await modal
    .locator('.ant-upload-list-item-name')
    .last()
    .filter({ hasText: basename(file) })
    .waitFor();
}

/**
 * Clicks the dialog's "Xem trước" and waits for the preview's answer: any refusal fails with its
 * status and body (and the server's log), not with a later locator timeout.
 */
async function preview(page: Page, modal: Locator, serverLog: () => string): Promise<void> {
  const button = modal.getByTestId('import-preview');
  await modal.locator('[data-testid="import-preview"]:not([disabled]):not(.ant-btn-loading)').waitFor({ timeout: 10_000 });
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/imports/people/preview') && r.request().method() === 'POST', {
      timeout: 30_000,
    }),
    button.click(),
  ]);
  if (response.status() !== 200) {
    throw new Error(
      `the preview answered ${response.status()}: ${(await response.text()).slice(0, 500)}\nserver:\n${serverLog().slice(-3000)}`,
    );
  }
  // The dialog has rendered this answer when the button is no longer loading.
  await modal.locator('[data-testid="import-preview"]:not(.ant-btn-loading)').waitFor();
}

/** Fetches a link's target with the page's session cookie. */
async function fetchLink(page: Page, base: string, href: string | null): Promise<Buffer> {
  assert(href, 'the link has an address');
  const res = await page.request.get(new URL(href, base).toString());
  assert(res.ok(), `GET ${href} answered ${res.status()}`);
  return res.body();
}

/**
 * An organizer loads an office's messy workbook: the preview names the bad row and column, the fixed
 * file imports, a search without diacritics finds a person, and the list export and the 2C PDF hold
 * the right data.
 */
export const peopleJourney: Journey = {
  name: 'organizer imports people and finds them',
  async run({ page, visit, checkA11y, screenshot, password, server }) {
    const dir = mkdtempSync(join(tmpdir(), 'merit-e2e-people-'));
    // Two files, never one rewritten: the browser reads a chosen file when it sends it.
    const file = join(dir, 'danh-sach-can-bo.xlsx');
    const fixedFile = join(dir, 'danh-sach-can-bo-da-sua.xlsx');
    await writeOfficeWorkbook(file, '31/02/1990');
    await writeOfficeWorkbook(fixedFile, null);

    await visit('/login', 'login');
    await signIn(page, 'tochuc', password);
    await visit('/people', 'people list');
    await page.getByRole('heading', { name: 'Cán bộ, đảng viên' }).waitFor();

    // Choose the unit and the file, preview: the impossible date is named by row and column.
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const modal = dialog(page);
    await modal.waitFor();
    await pickOption(page, modal.getByRole('combobox', { name: 'Đơn vị', exact: true }), /^Sở Nội vụ/, 'so noi vu');
    await pickChecked(page, modal, 'Đối tượng mặc định', /^Công chức$/, 'Công chức');
    await chooseFile(modal, file);
    await preview(page, modal, server.output);
    await modal
      .getByText('Lỗi (1)')
      .waitFor({ timeout: 15_000 })
      .catch(async () => {
        throw new Error(
          `the preview should list one problem:\n${(await modal.innerText()).slice(-600)}\nserver:\n${server.output().slice(-3000)}`,
        );
      });
    const issue = modal.getByTestId('import-issues').locator('.ant-table-row').first();
    const cells = (await issue.locator('td').allInnerTexts()).map((s) => s.trim());
    const badRow = String(FIRST_ROW + BAD_INDEX);
    assert(
      cells[0] === badRow && cells[1] === 'D' && /Ngày sinh|Nữ/.test(cells[2] ?? '') && (cells[3] ?? '').length > 0,
      `the issue should name row ${badRow}, column D (Ngày sinh / Nữ) and a reason; got ${JSON.stringify(cells)}`,
    );
    assert(await modal.getByTestId('import-commit').isDisabled(), 'a file with problems cannot be imported');
    await modal.getByText(`${POSTS} dòng có "Chức vụ"`).waitFor();
    assert(
      (await modal.getByRole('combobox', { name: 'Trường của cột H' }).count()) === 1,
      'each detected column has a field selector',
    );
    await checkA11y('import dialog with errors');
    // The page screenshot shows what is scrolled into view inside the dialog: the problems table.
    await issue.scrollIntoViewIfNeeded();
    await screenshot('import-errors');

    // Choose the fixed file, preview: no problems.
    await chooseFile(modal, fixedFile);
    await preview(page, modal, server.output);
    await screenshot('import-dialog', modal);

    // The mapping editor: read column H as nothing, and the preview must be run again before importing.
    await pickChecked(page, modal, 'Trường của cột H', /^\(bỏ qua\)$/, '(bỏ qua)', 'bỏ qua');
    await modal.getByText('Đã đổi cách đọc cột').waitFor();
    assert(await modal.getByTestId('import-commit').isDisabled(), 'a changed mapping needs a new preview');
    await preview(page, modal, server.output);
    assert((await modal.getByText('dòng có "Chức vụ"').count()) === 0, 'column H ignored: no posts announced');
    await pickChecked(page, modal, 'Trường của cột H', /^Chức vụ$/, 'Chức vụ', 'Chức vụ');
    await preview(page, modal, server.output);
    await modal.getByText(`${POSTS} dòng có "Chức vụ"`).waitFor();
    await checkA11y('import dialog ready');

    // Import.
    await modal
      .getByText(`Không có lỗi: ${PEOPLE.length} dòng sẵn sàng để nhập`)
      .waitFor({ timeout: 15_000 })
      .catch(async () => {
        throw new Error(`the fixed file should preview without problems:\n${(await modal.innerText()).slice(-1500)}`);
      });
    // The footer buttons by test id: their accessible name changes while they show a loading spinner.
    const commit = modal.getByTestId('import-commit');
    await modal.locator('[data-testid="import-commit"]:not([disabled])').waitFor({ timeout: 10_000 });
    const [committed] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/imports/people/commit'), { timeout: 30_000 }),
      commit.click(),
    ]);
    assert(committed.status() === 200, `the import answered ${committed.status()}: ${(await committed.text()).slice(0, 500)}`);
    await modal.getByText(`Đã nhập: ${PEOPLE.length} người mới, 0 người cập nhật, ${POSTS} chức vụ được ghi`).waitFor();
    await modal.getByText('Đã nhập:').scrollIntoViewIfNeeded();
    await screenshot('import-done');
    await modal.getByRole('button', { name: 'Đóng', exact: true }).first().click();

    // Search without diacritics.
    await page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill('nguyen van anh');
    await page.waitForURL(/search=nguyen/);
    // The demo has namesakes: the imported one by date of birth.
    const row = page.locator('.ant-table-row').filter({ hasText: 'Nguyễn Văn Ánh' }).filter({ hasText: PEOPLE[0].birth }).first();
    await row.waitFor();
    await page.waitForLoadState('networkidle');
    await checkA11y('people list searched');
    await screenshot('search');

    // The list export (.xlsx) of the searched list.
    const xlsx = await fetchLink(page, server.url, await page.getByRole('link', { name: /Xuất Excel/ }).getAttribute('href'));
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = exported.worksheets[0];
    assert(sheet, 'the export has a worksheet');
    const texts: string[] = [];
    sheet.eachRow((r) => r.eachCell((c) => texts.push(String(c.text).trim())));
    assert(texts.includes('Họ và tên'), `the export has a "Họ và tên" header; got ${JSON.stringify(texts.slice(0, 20))}`);
    assert(texts.includes('Nguyễn Văn Ánh'), `the export lists Nguyễn Văn Ánh; got ${JSON.stringify(texts.slice(0, 40))}`);

    // The profile.
    await row.getByRole('link', { name: 'Nguyễn Văn Ánh' }).or(row.getByText('Nguyễn Văn Ánh')).first().click();
    await page.waitForURL(/\/people\/\d+/);
    await page.getByRole('heading', { level: 1, name: 'Nguyễn Văn Ánh' }).waitFor();
    const personId = /\/people\/(\d+)/.exec(page.url())?.[1];
    const detail = (await (await page.request.get(`${server.url}/api/people/${personId}`)).json()) as {
      status: string;
      posts: { title: string; isHead: boolean; endDate: string | null }[];
    };
    assert(
      detail.posts.some((p) => p.title === 'Giám đốc Sở' && p.isHead && p.endDate === null),
      `the import recorded "Giám đốc Sở" as a current head post: ${JSON.stringify(detail.posts)}`,
    );
    const hoa = (await (await page.request.get(`${server.url}/api/people?search=tran%20thi%20hoa`)).json()) as {
      items: { fullName: string; status: string }[];
    };
    assert(
      hoa.items.some((p) => p.fullName === 'Trần Thị Hoà' && p.status === 'civil_servant'),
      `a blank "Đối tượng" takes the dialog's default (Công chức): ${JSON.stringify(hoa.items)}`,
    );
    await page.waitForLoadState('networkidle');
    await checkA11y('person profile');
    await screenshot('profile');

    // The 2C personal-history form as PDF.
    await page.getByRole('button', { name: /In sơ yếu lý lịch \(2C\)/ }).click();
    const form = page.getByRole('link', { name: /Mẫu 2C-BNV\/2008/ });
    await form.waitFor();
    const pdf = await fetchLink(page, server.url, await form.getAttribute('href'));
    await page.keyboard.press('Escape');
    assert(pdf.subarray(0, 5).toString('latin1') === '%PDF-', 'the 2C form is a PDF');
    if (existsSync('/usr/bin/pdftotext')) {
      const pdfFile = join(dir, 'form-2c.pdf');
      writeFileSync(pdfFile, pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' }).normalize('NFC');
      assert(text.includes('NGUYỄN VĂN ÁNH'), `the 2C PDF shows NGUYỄN VĂN ÁNH:\n${text.slice(0, 800)}`);
    }
  },
};
