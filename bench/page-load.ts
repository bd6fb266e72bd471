import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { FixtureServer } from '../cli/fixture-server';
import { addDemoSite } from '../demo/site';
import { launchBrowser, type LaunchedBrowser } from '../cli/launch-browser';
import { addTrackerHeavyPage, trackerHeavyTrackers } from '../demo/tracker-heavy';
import { blockEverywhere } from './block-tracker';
import { ensureChromeBuild } from '../cli/extension-build';
import { median, unionLength } from './stats';

export const PAIRS = Number(process.env.BENCH_PAIRS ?? 30);

/** Navigation start to the end of the load event, as the page's own timing API reports it. */
async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return navigation!.loadEventEnd - navigation!.startTime;
  });
}

/**
 * Main-thread time of a content script on one page load: every trace slice (script
 * evaluation, observer and timer callbacks) whose code is the extension's `script`
 * (detector.js, autoconsent.js), over the load and a few seconds after, while the page keeps running.
 */
async function contentScriptTime(page: Page, url: string, settleMs: number, script = 'detector.js'): Promise<number> {
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString("utf8")) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; args?: { data?: { url?: string; scriptName?: string } } }[] };
  const intervals: [number, number][] = [];
  for (const event of trace.traceEvents) {
    const source = event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
    if (event.ph === 'X' && event.dur && source.endsWith(`/${script}`) && ['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'FireIdleCallback', 'RunMicrotasks', 'v8.callFunction'].includes(event.name)) {
      intervals.push([event.ts, event.ts + event.dur]);
    }
  }
  return unionLength(intervals) / 1000;
}

export const LAUNCHES = Number(process.env.BENCH_LAUNCHES ?? 5);
/** Time between loads, as a person reading before the next click gives: one page's after-load work stays out of the next page's load. */
export const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 1000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface PairedLoads {
  readonly ratios: number[];
  readonly timesWith: number[];
  readonly timesWithout: number[];
  /** Median ratio of each launch pair: how much two fresh browsers differ by themselves. */
  readonly launchMedians: number[];
}

/**
 * `pairs` paired loads of `url`, spread over `launches` pairs of freshly started browsers (one
 * with the extension, one without): a browser instance is often a few percent faster or slower
 * than another for no reason of ours (launch medians of the same build range over ±6 % on this
 * machine), and the spread over launches averages that out. Within a launch the order of the two
 * loads alternates, so drift on the machine hits both alike.
 */
export async function pairedLoads(
  extensionDir: string,
  extraArgs: string[],
  url: string,
  pairs: number,
  launches: number,
  pauseMs: number,
  readyGlobal?: string | null,
  /** Sets the freshly launched extension up before its loads (a block, a setting). */
  prepare?: (launched: LaunchedBrowser) => Promise<void>,
): Promise<PairedLoads> {
  return pairedBrowserLoads(
    async () => {
      const launched = await launchBrowser({ extensionDir, extraArgs, readyGlobal });
      if (prepare) await prepare(launched).catch(async (error: unknown) => {
        await launched.close();
        throw error;
      });
      return launched;
    },
    () => launchBrowser({ extraArgs }),
    url,
    pairs,
    launches,
    pauseMs,
  );
}

/**
 * The same paired loads between any two kinds of browser ("with" and "without" stand for the
 * two sides of the ratio): the extension against none, or the extension set one way against
 * the same extension set another (history on against off).
 */
export async function pairedBrowserLoads(
  launchWith: () => Promise<LaunchedBrowser>,
  launchWithout: () => Promise<LaunchedBrowser>,
  url: string,
  pairs: number,
  launches: number,
  pauseMs: number,
): Promise<PairedLoads> {
  const result: PairedLoads = { ratios: [], timesWith: [], timesWithout: [], launchMedians: [] };
  for (let launch = 0; launch < launches; launch++) {
    // A browser just started is still busy with its own start-up for a while: which one starts
    // second alternates, and both get a moment before the first load.
    const withStartsFirst = launch % 2 === 0;
    const first = await (withStartsFirst ? launchWith : launchWithout)();
    const second = await (withStartsFirst ? launchWithout : launchWith)().catch(async (error: unknown) => {
      await first.close();
      throw error;
    });
    const [withExtension, without] = withStartsFirst ? [first, second] : [second, first];
    await sleep(2000);
    try {
      const pageWith = await withExtension.browser.newPage();
      const pageWithout = await without.browser.newPage();
      // Warm both browsers (first navigation pays for process start-up).
      for (let warm = 0; warm < 3; warm++) {
        await loadTime(pageWith, `${url}?warm=${warm}`);
        await loadTime(pageWithout, `${url}?warm=${warm}`);
      }
      const ratios: number[] = [];
      const count = Math.round(((launch + 1) * pairs) / launches) - Math.round((launch * pairs) / launches);
      for (let pair = 0; pair < count; pair++) {
        const query = `${url}?launch=${launch}&pair=${pair}`;
        const withFirst = pair % 2 === 0;
        await sleep(pauseMs);
        const first = await loadTime(withFirst ? pageWith : pageWithout, query);
        await sleep(pauseMs);
        const second = await loadTime(withFirst ? pageWithout : pageWith, query);
        const [timeWith, timeWithout] = withFirst ? [first, second] : [second, first];
        result.timesWith.push(timeWith);
        result.timesWithout.push(timeWithout);
        ratios.push(timeWith / timeWithout);
      }
      result.ratios.push(...ratios);
      result.launchMedians.push(median(ratios));
    } finally {
      await withExtension.close();
      await without.close();
    }
  }
  return result;
}

export async function benchPageLoad(): Promise<Record<string, number>> {
  const extensionDir = ensureChromeBuild((line) => console.error(line));
  const server = await new FixtureServer().start();
  addDemoSite(server);
  addTrackerHeavyPage(server);
  const busy = `${server.origin}/busy.html`;
  const paced = await pairedLoads(extensionDir, server.chromiumArgs(), busy, PAIRS, LAUNCHES, PAUSE_MS);
  // What the product is for: with one tracker blocked (Meta, the slowest on this page), a
  // tracker-heavy page loads faster than in a browser without any extension.
  const heavy = `${server.origin}/tracker-heavy.html`;
  const blocked = await pairedLoads(extensionDir, server.chromiumArgs(), heavy, PAIRS, LAUNCHES, PAUSE_MS, undefined, (launched) => blockEverywhere(launched, heavy, 'tracker-meta'));
  // The same without the pause: each load starts the moment the previous one ended, so the
  // previous page's after-load work (ours: injecting the page scripts, the first report) overlaps it.
  const backToBack = await pairedLoads(extensionDir, server.chromiumArgs(), busy, PAIRS, LAUNCHES, 0);
  const withExtension = await launchBrowser({ extensionDir, extraArgs: server.chromiumArgs() });
  try {
    const pageWith = await withExtension.browser.newPage();
    const scriptTimes: number[] = [];
    for (let run = 0; run < 10; run++) scriptTimes.push(await contentScriptTime(pageWith, `${busy}?trace=${run}`, 1500));
    const widgetTimes: number[] = [];
    for (let run = 0; run < 10; run++) widgetTimes.push(await contentScriptTime(pageWith, `${server.origin}/busy-widget.html?trace=${run}`, 2500));
    // Cookie banners (autoconsent.js): it looks for a consent manager for about ten seconds after load.
    const consentTimes: number[] = [];
    for (let run = 0; run < 5; run++) consentTimes.push(await contentScriptTime(pageWith, `${busy}?consent=${run}`, 10_000, 'autoconsent.js'));
    const script = await readFile(join(extensionDir, 'detector.js'));
    const consentScript = await readFile(join(extensionDir, 'autoconsent.js'));
    const worker = await readFile(join(extensionDir, 'background.js'));
    const popupScripts = await pageScripts(extensionDir, 'popup.html');
    return {
      'page load with extension, median ms (busy page: 5,000 elements, 40 scripts)': median(paced.timesWith),
      'page load without extension, median ms': median(paced.timesWithout),
      [`page load ratio with/without, median of ${PAIRS} paired loads over ${LAUNCHES} browser launches, ${PAUSE_MS} ms apart (target: within 1 point of an empty extension that holds declarativeNetRequest, see bench:variants)`]: median(paced.ratios),
      'page load ratio, lowest launch median': Math.min(...paced.launchMedians),
      'page load ratio, highest launch median': Math.max(...paced.launchMedians),
      'page load ratio, loads back to back (no pause), median': median(backToBack.ratios),
      [`tracker-heavy page (${trackerHeavyTrackers.length} trackers), Meta blocked: load with extension, median ms`]: median(blocked.timesWith),
      'tracker-heavy page: load without extension, median ms': median(blocked.timesWithout),
      'tracker-heavy page, one tracker blocked: ratio with/without, median (target < 1)': median(blocked.ratios),
      'tracker-heavy page, one tracker blocked: highest launch median': Math.max(...blocked.launchMedians),
      'detector main-thread ms per page, busy page, median (target < 2)': median(scriptTimes),
      'detector main-thread ms per page, busy page with a widget, median': median(widgetTimes),
      'detector size, KB minified (target < 25)': script.length / 1024,
      'detector size, KB gzip': gzipSync(script).length / 1024,
      'cookie-banner script (autoconsent.js) main-thread ms per page, busy page, load + 10 s, median': median(consentTimes),
      'cookie-banner script size, KB minified': consentScript.length / 1024,
      'cookie-banner script size, KB gzip': gzipSync(consentScript).length / 1024,
      'background worker bundle, KB minified': worker.length / 1024,
      'popup scripts (its chunks and the shared one), KB minified': popupScripts.length / 1024,
      'popup scripts, KB gzip': gzipSync(popupScripts).length / 1024,
    };
  } finally {
    await withExtension.close();
    await server.stop();
  }
}

/** The JavaScript an extension page loads: the module scripts and preloads its HTML names, joined. */
async function pageScripts(extensionDir: string, page: string): Promise<Buffer> {
  const html = await readFile(join(extensionDir, page), 'utf8');
  const paths = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]!);
  return Buffer.concat(await Promise.all(paths.map((path) => readFile(join(extensionDir, path)))));
}
