import type { Locator, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { assert, dialog, dialogsClosed, pickOption } from '../harness/antd.js';
import type { JourneyContext } from '../harness/journey.js';

/**
 * The organizer's side of the confidence-vote journey, through the pages as a person clicks them:
 * sign in as `tochuc`, create a party round over the provincial party committee, add the people voted
 * on, build and freeze a roll of 15, mark 12 present, open voting and issue the codes.
 */

/** The round's unit: the provincial party committee of the demo (picked by code, names repeat). */
export const UNIT_CODE = 'HY-TU';
/** A party committee of 15 (the journey of issue 5), 12 of them present. */
export const SUMMONED = 15;
export const PRESENT = 12;

/**
 * Demo people holding a head or deputy post inside the party committee's subtree (the demo province's
 * only office holders on the party track). The last is announced for retirement: listed, not voted on.
 * The demo has no post taken this year, so the "appointed this year" exclusion cannot be shown.
 */
export const SUBJECTS = ['Trần Văn Đông', 'Đoàn Văn Thịnh'] as const;
export const RETIRING = 'Nguyễn Thị My';
export const ROUND_TITLE = 'Lấy phiếu tín nhiệm giữa nhiệm kỳ Ban Chấp hành';

/** Twelve typed names complete the roll after the three found in the registry. */
const TYPED_MEMBERS = [
  'Phạm Văn Hùng',
  'Lê Thị Thu Hà',
  'Nguyễn Đức Thắng',
  'Vũ Thị Hương',
  'Đặng Quốc Bảo',
  'Hoàng Minh Tuấn',
  'Bùi Thị Lan',
  'Đỗ Văn Nam',
  'Ngô Thị Mai',
  'Trịnh Văn Long',
  'Phan Thị Yến',
  'Lý Văn Sơn',
] as const;
/** Members absent on the day (three of the fifteen). */
const ABSENT = ['Trịnh Văn Long', 'Phan Thị Yến', 'Lý Văn Sơn'] as const;

export interface CreatedRound {
  readonly id: number;
  readonly codes: readonly string[];
}

/** Today in Asia/Ho_Chi_Minh, as the date picker reads it (dd/mm/yyyy). */
export function todayVi(): string {
  const [y, m, d] = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).split('-');
  return `${d}/${m}/${y}`;
}

export async function signIn(page: Page, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill('tochuc');
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Clicks a button that asks for confirmation, then "Đồng ý" (or `ok`), and waits for the dialog to go. */
export async function confirmed(page: Page, button: Locator, ok = 'Đồng ý'): Promise<void> {
  await button.click();
  await dialog(page).getByRole('button', { name: ok }).click();
  await dialogsClosed(page);
}

async function createRound(ctx: JourneyContext): Promise<number> {
  const { page } = ctx;
  await page.getByTestId('round-create').click();
  const modal = dialog(page);
  await modal.getByLabel('Tên đợt lấy phiếu').waitFor();
  await pickOption(page, modal.getByRole('combobox', { name: 'Đơn vị' }), new RegExp(`${UNIT_CODE} ·`), UNIT_CODE);
  await modal.getByLabel('Tên đợt lấy phiếu').fill(ROUND_TITLE);
  const date = modal.getByLabel('Ngày bỏ phiếu');
  await date.click();
  await date.fill(todayVi());
  await date.press('Enter');
  await modal.getByLabel('Tên đợt lấy phiếu').click();
  await ctx.checkA11y('create round dialog');
  await ctx.screenshot('create-round', modal);
  await modal.getByRole('button', { name: 'Tạo đợt' }).click();
  await page.waitForURL(/\/votes\/\d+$/);
  return Number(/\/votes\/(\d+)$/.exec(page.url())?.[1]);
}

async function addSubject(page: Page, name: string, retirement?: string): Promise<void> {
  const section = page.getByTestId('subjects-section');
  await pickOption(page, section.getByRole('combobox', { name: 'Tìm cán bộ theo họ tên' }), name, name);
  if (retirement) {
    const field = section.getByLabel('Ngày có thông báo nghỉ hưu (nếu có)');
    await field.click();
    await field.fill(retirement);
    // Enter confirms the date and sends the form (person, kind, date) as the button would.
    await field.press('Enter');
  } else {
    await page.getByTestId('subject-add').click();
  }
  await section.locator('.ant-table-row').filter({ hasText: name }).waitFor();
}

async function buildRoll(ctx: JourneyContext): Promise<void> {
  const { page } = ctx;
  const roll = page.getByTestId('roll-section');
  const search = roll.getByRole('combobox', { name: 'Thêm từ danh sách cán bộ' });
  for (const name of [...SUBJECTS, RETIRING]) {
    await pickOption(page, search, name, name);
    await roll.locator('.ant-table-row').filter({ hasText: name }).waitFor();
  }
  await page.getByTestId('roll-names').fill(TYPED_MEMBERS.join('\n'));
  await page.getByTestId('roll-add-names').click();
  await roll
    .locator('.ant-table-row')
    .nth(SUMMONED - 1)
    .waitFor();
  assert((await roll.locator('.ant-table-row').count()) === SUMMONED, `the roll should list ${SUMMONED} members`);
  await page.getByTestId('roll-save').click();
  await page.getByText('Đã lưu danh sách triệu tập').first().waitFor();
  await ctx.checkA11y('round: roll saved');
  await confirmed(page, page.getByTestId('roll-freeze'));
  const fingerprint = page.getByTestId('roll-fingerprint');
  await fingerprint.waitFor();
  assert(/[0-9a-f]{4}/i.test(await fingerprint.innerText()), 'the frozen roll shows its fingerprint');
}

async function markAttendance(ctx: JourneyContext): Promise<void> {
  const { page } = ctx;
  const section = page.getByTestId('attendance-section');
  await section.waitFor();
  await section.getByRole('button', { name: 'Tất cả có mặt' }).click();
  for (const name of ABSENT) await section.getByRole('checkbox', { name }).uncheck();
  const ticked = await section.getByRole('checkbox', { checked: true }).count();
  assert(ticked === PRESENT, `${PRESENT} members should be ticked present, not ${ticked}`);
  await page.getByTestId('attendance-save').click();
  await page.getByText('Đã lưu điểm danh').first().waitFor();
  await ctx.checkA11y('round: attendance');
  await ctx.screenshot('attendance');
  await confirmed(page, page.getByTestId('round-open'));
  await page.getByTestId('voting-section').waitFor();
}

/**
 * Whether the card's QR image holds exactly the symbol of `url` (the sheet's settings: level M, one
 * module of margin): the image is read module by module in the page, the symbol is rebuilt here.
 */
async function qrEncodes(page: Page, index: number, url: string): Promise<boolean> {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const bits = (await page.evaluate(`(async () => {
    const img = document.querySelectorAll('[data-testid="code-card"] img')[${index}];
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const s = c.width / (${n} + 2);
    let out = '';
    for (let r = 0; r < ${n}; r++)
      for (let k = 0; k < ${n}; k++)
        out += d[(Math.floor((r + 1.5) * s) * c.width + Math.floor((k + 1.5) * s)) * 4] < 128 ? '1' : '0';
    return out;
  })()`)) as string;
  return bits === Array.from(modules.data, (b) => (b ? '1' : '0')).join('');
}

/** Creates the round and runs it up to the printed codes; leaves the organizer on the codes sheet. */
export async function setUpRoundInBrowser(ctx: JourneyContext, artifactsPdf: string): Promise<CreatedRound> {
  const { page } = ctx;
  await ctx.visit('/login', 'login');
  await signIn(page, ctx.password);
  await ctx.visit('/votes', 'rounds list');
  const id = await createRound(ctx);
  await page.getByTestId('subjects-section').waitFor();
  await ctx.checkA11y('round: new draft');

  for (const name of SUBJECTS) await addSubject(page, name);
  // Announced for retirement two months ago: kept on the list with the reason, not on the ballot.
  const ago = new Date(Date.now() - 60 * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  const [y, m, d] = ago.split('-');
  await addSubject(page, RETIRING, `${d}/${m}/${y}`);
  const retiringRow = page.getByTestId('subjects-section').locator('.ant-table-row').filter({ hasText: RETIRING });
  await retiringRow.getByText(/Không lấy phiếu: .*thông báo nghỉ hưu/).waitFor();
  await ctx.checkA11y('round: subjects');
  await ctx.screenshot('subjects');

  await buildRoll(ctx);
  await ctx.screenshot('roll-frozen');
  await markAttendance(ctx);
  await ctx.checkA11y('round: voting open');

  await confirmed(page, page.getByTestId('codes-issue'), 'Phát và in mã phiếu');
  await page.waitForURL(new RegExp(`/votes/${id}/codes$`));
  const cards = page.getByTestId('code-card');
  await cards.nth(PRESENT - 1).waitFor();
  assert((await cards.count()) === PRESENT, `the sheet should hold ${PRESENT} cards`);
  for (let i = 0; i < PRESENT; i++) {
    const src = (await cards.nth(i).locator('img').getAttribute('src')) ?? '';
    assert(src.startsWith('data:image/png;base64,'), `card ${i + 1} should carry its QR image`);
  }
  const codes = (await page.getByTestId('code-text').allInnerTexts()).map((c) => c.trim());
  assert(new Set(codes).size === PRESENT, `${PRESENT} distinct codes: ${codes.join(', ')}`);
  for (const [i, code] of codes.entries()) {
    const url = `${ctx.server.url}/vote/${id}?code=${encodeURIComponent(code)}`;
    assert(await qrEncodes(page, i, url), `card ${i + 1}'s QR should open ${url}`);
  }
  assert(await page.getByTestId('codes-print').isEnabled(), 'the print button is ready');
  await ctx.checkA11y('codes sheet');
  await ctx.screenshot('codes-sheet');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: artifactsPdf, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return { id, codes };
}
