import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { RunningServer } from './server.js';

export interface JourneyContext {
  readonly server: RunningServer;
  readonly browser: BrowserContext;
  readonly page: Page;
  /** The demo accounts' password (MERIT_DEMO_PASSWORD for the run). */
  readonly password: string;
  /** Opens `path`, waits for the page to settle, runs axe-core and records serious/critical violations. */
  visit(path: string, label?: string): Promise<void>;
  /** Checks accessibility of whatever is on screen now (after a dialog opens, say). */
  checkA11y(label: string): Promise<void>;
  /** The whole page, or only `element` (a dialog, say) when given. */
  screenshot(name: string, element?: Locator): Promise<void>;
}

export interface Journey {
  readonly name: string;
  readonly viewport?: { width: number; height: number };
  run(ctx: JourneyContext): Promise<void>;
}
