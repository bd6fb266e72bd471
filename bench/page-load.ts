import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { FixtureServer } from '../cli/fixture-server';
import { addDemoSite } from '../demo/site';
import { launchBrowser } from '../cli/launch-browser';
import { ensureChromeBuild } from '../cli/extension-build';
import { median, unionLength } from './stats';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 30);

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

export async function benchPageLoad(): Promise<Record<string, number>> {
  const extensionDir = ensureChromeBuild((line) => console.error(line));
  const server = await new FixtureServer().start();
  addDemoSite(server);
  const withExtension = await launchBrowser({ extensionDir, extraArgs: server.chromiumArgs() });
  const without = await launchBrowser({ extraArgs: server.chromiumArgs() });
  try {
    const pageWith = await withExtension.browser.newPage();
    const pageWithout = await without.browser.newPage();
    const busy = `${server.origin}/busy.html`;
    // Warm both browsers (first navigation pays for process start-up).
    for (let warm = 0; warm < 3; warm++) {
      await loadTime(pageWith, `${busy}?warm=${warm}`);
      await loadTime(pageWithout, `${busy}?warm=${warm}`);
    }
    const ratios: number[] = [];
    const timesWith: number[] = [];
    const timesWithout: number[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      // Alternate which goes first, so drift on the machine hits both alike.
      const first = pair % 2 === 0;
      const a = first ? await loadTime(pageWith, `${busy}?pair=${pair}`) : 0;
      const b = await loadTime(pageWithout, `${busy}?pair=${pair}`);
      const c = first ? a : await loadTime(pageWith, `${busy}?pair=${pair}`);
      timesWith.push(c);
      timesWithout.push(b);
      ratios.push(c / b);
    }
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
    return {
      'page load with extension, median ms (busy page: 5,000 elements, 40 scripts)': median(timesWith),
      'page load without extension, median ms': median(timesWithout),
      'page load ratio with/without, median of paired loads (target <= 1.03)': median(ratios),
      'content script main-thread ms per page, busy page, median (target < 2)': median(scriptTimes),
      'content script main-thread ms per page, busy page with a widget, median': median(widgetTimes),
      'content script size, KB minified (target < 25)': script.length / 1024,
      'content script size, KB gzip': gzipSync(script).length / 1024,
      'cookie-banner script (autoconsent.js) main-thread ms per page, busy page, load + 10 s, median': median(consentTimes),
      'cookie-banner script size, KB minified': consentScript.length / 1024,
      'cookie-banner script size, KB gzip': gzipSync(consentScript).length / 1024,
      'background worker bundle, KB minified': worker.length / 1024,
    };
  } finally {
    await withExtension.close();
    await without.close();
    await server.stop();
  }
}
