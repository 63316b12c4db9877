import type { Locator, Page } from 'playwright-core';

/** Helpers for driving antd controls the way a user does (click, type, pick). */

/** Picks an option in an antd Select, optionally typing first (searchable selects). */
export async function pickOption(page: Page, field: Locator, optionText: string | RegExp, typed?: string): Promise<void> {
  await field.click();
  if (typed !== undefined) await field.pressSequentially(typed, { delay: 20 });
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: optionText })
    .first();
  await option.waitFor({ state: 'visible' });
  await option.click();
}

/** Types a date (dd/mm/yyyy) into an antd DatePicker and confirms it. */
export async function typeDate(field: Locator, ddmmyyyy: string): Promise<void> {
  await field.click();
  await field.fill(ddmmyyyy);
  await field.press('Enter');
  await field.press('Escape');
}

/** The open modal dialog (the last one when a confirmation sits on top of a form). */
export function dialog(page: Page): Locator {
  return page.locator('.ant-modal-wrap:visible [role="dialog"]').last();
}

/** Waits until no modal is open (the form was accepted). */
export async function dialogsClosed(page: Page): Promise<void> {
  await page
    .locator('.ant-modal-wrap:visible')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForFunction(
    "[...document.querySelectorAll('.ant-modal-wrap')].every((w) => getComputedStyle(w).display === 'none')",
    undefined,
    { timeout: 15_000 },
  );
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
