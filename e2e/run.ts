/**
 * Browser journeys in Debian's chromium (playwright-core). Starts Merit on a fresh embedded database
 * with the demo, runs each journey in its own browser profile, checks every visited page with
 * axe-core (zero serious or critical violations), and writes a JSON report for the CI summary.
 *   npm run test:e2e [-- --report file.json] [--only name]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { journeys, pendingJourneys } from './journeys.js';
import { launchBrowser, seriousA11yViolations } from './harness/browser.js';
import type { JourneyContext } from './harness/journey.js';
import { startMerit } from './harness/server.js';

const args = process.argv.slice(2);
const reportFile = args.includes('--report') ? args[args.indexOf('--report') + 1] : undefined;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const artifacts = join(process.cwd(), 'e2e', 'artifacts');
mkdirSync(artifacts, { recursive: true });

const PASSWORD = 'Merit-e2e-2026-mat-khau';
let passed = 0;
let failed = 0;
const failures: string[] = [];

const server = await startMerit({ MERIT_DEMO_PASSWORD: PASSWORD });
try {
  for (const journey of only ? [...journeys, ...pendingJourneys].filter((j) => j.name.includes(only)) : journeys) {
    const started = Date.now();
    const browser = await launchBrowser(journey.viewport ?? { width: 1280, height: 800 });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const a11y: string[] = [];
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    // A server error is a failure even when the journey goes on; the server's log says why.
    const serverErrors: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.request().method()} ${r.url().replace(server.url, '')}`);
    });
    const logFrom = server.output().length;
    const slug = journey.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    const checkA11y = async (label: string) => {
      // Let closing dropdowns and pickers finish their animation: axe should see the settled page.
      await page
        .waitForFunction(
          "[...document.querySelectorAll('.ant-select-dropdown, .ant-picker-dropdown')].every((d) => d.classList.contains('ant-select-dropdown-hidden') || d.classList.contains('ant-picker-dropdown-hidden') || getComputedStyle(d).display === 'none')",
          undefined,
          { timeout: 5_000 },
        )
        .catch(() => undefined);
      await page.waitForTimeout(300);
      for (const v of await seriousA11yViolations(page))
        a11y.push(`${label}: ${v.impact} ${v.id} — ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    };
    const ctx: JourneyContext = {
      server,
      browser,
      page,
      password: PASSWORD,
      visit: async (path, label) => {
        await page.goto(server.url + path);
        await page.waitForLoadState('networkidle');
        await checkA11y(label ?? path);
      },
      checkA11y,
      screenshot: async (name, element) => {
        const path = join(artifacts, `${slug}-${name}.png`);
        if (!element) return void (await page.screenshot({ path, fullPage: true }));
        // A tall dialog scrolls inside its wrapper: a tall viewport shows all of it.
        const viewport = page.viewportSize();
        await page.setViewportSize({ width: viewport?.width ?? 1280, height: 2400 });
        try {
          await element.screenshot({ path });
        } finally {
          if (viewport) await page.setViewportSize(viewport);
        }
      },
    };
    try {
      await journey.run(ctx);
      if (a11y.length > 0) throw new Error(`accessibility violations:\n  ${a11y.join('\n  ')}`);
      const relevant = consoleErrors.filter(
        (e) => !/Failed to load resource: the server responded with a status of 4\d\d/.test(e),
      );
      if (relevant.length > 0) throw new Error(`browser console errors:\n  ${relevant.join('\n  ')}`);
      if (serverErrors.length > 0) throw new Error(`server errors:\n  ${serverErrors.join('\n  ')}`);
      passed += 1;
      console.log(`✓ ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      failures.push(journey.name);
      await page.screenshot({ path: join(artifacts, `${slug}-failure.png`), fullPage: true }).catch(() => undefined);
      console.log(
        `✗ ${journey.name}\n  ${String(error instanceof Error ? (error.stack ?? error.message) : error)
          .split('\n')
          .join('\n  ')}`,
      );
      // What the server said during this journey (errors are logged with their stack), for the CI log.
      const log = server.output().slice(logFrom).trim();
      if (serverErrors.length > 0) console.log(`  responses ≥ 500:\n    ${serverErrors.join('\n    ')}`);
      if (log) console.log(`  server log during the journey (last 6000 characters):\n${log.slice(-6000)}`);
      writeFileSync(join(artifacts, `${slug}-server.log`), log);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.stop();
}

console.log(`\nbrowser journeys: ${passed} passed, ${failed} failed${failures.length ? ` (${failures.join(', ')})` : ''}`);
if (reportFile) writeFileSync(reportFile, JSON.stringify({ passed, failed, failures }));
process.exit(failed > 0 ? 1 : 0);
