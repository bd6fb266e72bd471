/**
 * `npm run screenshots:dashboard [-- DIR]`: the dashboard's pictures in docs/ (or DIR), taken
 * from the built extension in Chromium: empty, with 50 sites (table and charts), and filtered,
 * each in the light and the dark theme (the page follows the system's; puppeteer emulates it).
 * The 50 sites are made-up names over the demo crawl's real lines
 * (tests/fixtures/history/synthetic-history.ts), imported through the dashboard itself.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { ensureChromeBuild } from '../cli/extension-build';
import { launchBrowser } from '../cli/launch-browser';
import { importSyntheticHistory, openDashboard } from '../bench/dashboard-page';

const WIDTH = 1280;

async function shoot(page: Page, dir: string, name: string, height: number): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    // Charts take their colours from the page's at drawing time: let a frame pass.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const full = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    const path = resolve(dir, `${name}${scheme === 'dark' ? '-dark' : ''}.png`) as `${string}.png`;
    await page.screenshot({ path, clip: { x: 0, y: 0, width: WIDTH, height: Math.min(height, full) }, captureBeyondViewport: true });
    console.log(path);
  }
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? 'docs');
  await mkdir(dir, { recursive: true });
  const extensionDir = ensureChromeBuild((line) => console.error(line));
  const launched = await launchBrowser({ extensionDir });
  try {
    const page = await openDashboard(launched.browser, launched.extensionId!, { width: WIDTH, height: 900 });
    await shoot(page, dir, 'dashboard-empty', 520);

    await importSyntheticHistory(page, 50);
    // The import's own notice is not part of what a visitor sees.
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await shoot(page, dir, 'dashboard', 900);

    await page.click('[data-view="charts"]');
    await page.waitForSelector('[data-charts] svg');
    await shoot(page, dir, 'dashboard-charts', 1500);

    await page.click('[data-view="table"]');
    await page.select('select[data-filter="vendor"]', 'Intercom');
    await page.select('select[data-filter="fact"]', 'dnt-not-honoured');
    await page.waitForFunction(() => Number(document.querySelector('[data-counts]')?.getAttribute('data-counts')) < 50);
    await shoot(page, dir, 'dashboard-filtered', 700);
  } finally {
    await launched.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
