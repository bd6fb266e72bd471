/**
 * The dashboard at the history's scale (issue 11): how long it takes to open with 5,000 sites
 * kept, and whether keeping a history moves the page-load figure.
 *
 * - Opening: the built extension in Chromium, 5,000 made-up sites put in through the dashboard's
 *   own import (tests/fixtures/history/synthetic-history.ts), then the dashboard opened afresh
 *   in new tabs: navigation start to the first paint with the table of sites in it (the frame
 *   after the page's `dashboard-first-render` mark, caught by a probe added to the page before
 *   its own scripts), to that mark itself, and to every summary read (`dashboard-complete`,
 *   filters ready); then the Charts tab, click to its first chart painted.
 * - Page load: the paired loads of bench/page-load.ts between the extension with its history on
 *   (the default) and the same extension with it off; the sites each side kept are counted, so a
 *   switch that did nothing would show.
 */
import type { Page } from 'puppeteer';
import { ensureChromeBuild } from '../cli/extension-build';
import { FixtureServer } from '../cli/fixture-server';
import { launchBrowser, type LaunchedBrowser } from '../cli/launch-browser';
import { addDemoSite } from '../demo/site';
import { importSyntheticHistory, openDashboard, setOption } from './dashboard-page';
import { LAUNCHES, PAIRS, PAUSE_MS, pairedBrowserLoads } from './page-load';
import { median } from './stats';

const SITES = Number(process.env.BENCH_DASHBOARD_SITES ?? 5000);
const OPENS = Number(process.env.BENCH_DASHBOARD_OPENS ?? 10);

/** Runs in the dashboard before its own scripts: marks the first frame painted after its first render. */
function paintProbe(): void {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('dashboard-first-render').length === 0) return;
    observer.disconnect();
    // rAF callbacks run just before a frame is painted; a task queued from one runs after it.
    requestAnimationFrame(() => setTimeout(() => performance.mark('dashboard-first-paint'), 0));
  }).observe({ type: 'mark' });
}

async function openTimes(page: Page): Promise<{ render: number; paint: number; complete: number; rows: number }> {
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-first-paint').length > 0, { timeout: 60_000 });
  const rows = await page.evaluate(() => document.querySelectorAll('tr[data-site]').length);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  return page.evaluate((drawn: number) => ({
    render: performance.getEntriesByName('dashboard-first-render')[0]!.startTime,
    paint: performance.getEntriesByName('dashboard-first-paint')[0]!.startTime,
    complete: performance.getEntriesByName('dashboard-complete')[0]!.startTime,
    rows: drawn,
  }), rows);
}

/** Click on the Charts tab to the frame painted after its first chart is in the page. */
async function chartsTime(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const started = performance.now();
        const give = setTimeout(() => reject(new Error('no chart within 120 s')), 120_000);
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-charts] svg')) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              clearTimeout(give);
              resolve(performance.now() - started);
            }, 0),
          );
        }).observe(document.body, { childList: true, subtree: true });
        (document.querySelector('[data-view="charts"]') as HTMLButtonElement).click();
      }),
  );
}

/** Sites the extension's history holds, read in its worker from its own IndexedDB. */
async function sitesKept(launched: LaunchedBrowser): Promise<number> {
  if (!launched.worker) return 0;
  return launched.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('privacy-inspector-history');
        // No history yet: opening must not create an empty database, which the extension's
        // own opening (same version, so no upgrade) would then find without its stores.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve(0) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('summaries')) return resolve(0);
          const request = db.transaction('summaries').objectStore('summaries').count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function benchOpening(extensionDir: string): Promise<Record<string, number>> {
  const launched = await launchBrowser({ extensionDir });
  try {
    const setup = await openDashboard(launched.browser, launched.extensionId!);
    const importStarted = performance.now();
    await importSyntheticHistory(setup, SITES);
    const importMs = performance.now() - importStarted;
    await setup.close();
    const renders: number[] = [];
    const paints: number[] = [];
    const completes: number[] = [];
    let rows = 0;
    for (let open = 0; open < OPENS; open++) {
      const page = await launched.browser.newPage();
      await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
      await page.evaluateOnNewDocument(paintProbe);
      await page.goto(`chrome-extension://${launched.extensionId}/dashboard.html`);
      const times = await openTimes(page);
      renders.push(times.render);
      paints.push(times.paint);
      completes.push(times.complete);
      rows = times.rows;
      await page.close();
    }
    const chartsPage = await openDashboard(launched.browser, launched.extensionId!);
    const charts = await chartsTime(chartsPage);
    await chartsPage.close();
    return {
      'dashboard: sites kept': SITES,
      'dashboard: import of them through the dashboard, seconds (file read, every line checked, one transaction)': importMs / 1000,
      [`dashboard: navigation to first paint with the table, median of ${OPENS} opens, ms (target < 500)`]: median(paints),
      'dashboard: navigation to first paint with the table, slowest open, ms': Math.max(...paints),
      'dashboard: first open (the database not yet open in the browser), ms': paints[0]!,
      'dashboard: navigation to first render (newest summaries read, table in the DOM), median ms': median(renders),
      'dashboard: table rows at first paint (the sites visited most recently)': rows,
      'dashboard: navigation to every summary read and the table redrawn with them (filters, counts ready), median ms': median(completes),
      [`dashboard: Charts tab, click to first chart painted, ms (report's aggregates over all ${SITES} records)`]: charts,
    };
  } finally {
    await launched.close();
  }
}

async function benchHistoryPageLoad(extensionDir: string): Promise<Record<string, number>> {
  const server = await new FixtureServer().start();
  addDemoSite(server);
  const kept = { on: [] as number[], off: [] as number[] };
  // Counts what each browser kept before it closes.
  const launchCounting = (side: 'on' | 'off') => async (): Promise<LaunchedBrowser> => {
    const launched = await launchBrowser({ extensionDir, extraArgs: server.chromiumArgs() });
    if (side === 'off') await setOption(launched, 'history', false);
    return {
      ...launched,
      close: async () => {
        kept[side].push(await sitesKept(launched).catch(() => -1));
        await launched.close();
      },
    };
  };
  try {
    const loads = await pairedBrowserLoads(launchCounting('on'), launchCounting('off'), `${server.origin}/busy.html`, PAIRS, LAUNCHES, PAUSE_MS);
    return {
      'page load with history on, median ms (busy page)': median(loads.timesWith),
      'page load with history off, median ms': median(loads.timesWithout),
      [`page load ratio history on/off, median of ${PAIRS} paired loads over ${LAUNCHES} launches (target: 1, within the ±3 points runs differ by)`]: median(loads.ratios),
      'page load ratio history on/off, lowest launch median': Math.min(...loads.launchMedians),
      'page load ratio history on/off, highest launch median': Math.max(...loads.launchMedians),
      'sites kept per browser, history on (fewest)': Math.min(...kept.on),
      'sites kept per browser, history off (most; must be 0)': Math.max(...kept.off),
    };
  } finally {
    await server.stop();
  }
}

export async function benchDashboard(): Promise<Record<string, number>> {
  const extensionDir = ensureChromeBuild((line) => console.error(line));
  return { ...(await benchOpening(extensionDir)), ...(await benchHistoryPageLoad(extensionDir)) };
}
