/**
 * report end to end: a crawl file made of real scan output (the built extension in Chromium over
 * the demo and crawl sites), each line in the crawl-record shape and valid against the published
 * schema; `report --html` on it; and the page opened in Chromium, in light and dark, with
 * screenshots in artifacts/ (docs/report.png and docs/report-dark.png come from them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FixtureServer } from '../../cli/fixture-server';
import { addDemoSite } from '../../demo/site';
import { launchBrowser, type LaunchedBrowser } from '../../cli/launch-browser';
import { describeSchemaError, schemaValidator } from '../../cli/report/format-schemas';
import { addCrawlSites } from '../fixtures/report/crawl-sites';
import { crawlLineOf } from '../fixtures/report/crawl-line';
import type { ScanResult } from '../../lib/findings/scan-result';

const run = promisify(execFile);
let server: FixtureServer;
let dir: string;
let browser: LaunchedBrowser | null = null;

beforeAll(async () => {
  server = await new FixtureServer().start();
  addDemoSite(server);
  dir = await mkdtemp(join(tmpdir(), 'privacy-inspector-report-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('privacy-inspector report', () => {
  it('reads a crawl made of real scan output and writes a self-contained page that Chromium shows in light and dark', async () => {
    // Few pages, to keep the test short: widgets, trackers, two policies and a failure.
    const [, , chatVendor, , ccpaStore, , redirectLoop] = addCrawlSites(server);
    const urls = [`${server.origin}/shop.html`, chatVendor!, ccpaStore!, redirectLoop!];
    const started = new Date();
    const scanned = await run(process.execPath, ['cli/bin.js', 'scan', '--format', 'jsonl', '--timeout', '10000', ...urls, ...server.chromiumArgs().map((flag) => `--browser-arg=${flag}`)], {
      timeout: 240_000,
      maxBuffer: 20 * 1024 * 1024,
    });
    const results = scanned.stdout.trim().split('\n').map((line) => JSON.parse(line) as ScanResult);
    expect(results.map((result) => result.url)).toEqual(urls);
    const crawlLine = schemaValidator('crawl-line');
    const lines = results.map((result, index) => crawlLineOf(result, { attempt: 1, worker: index % 2, startedAt: started, durationMs: 1000 }));
    for (const line of lines) expect(crawlLine(line), `${line.url}: ${describeSchemaError(crawlLine.errors)}`).toBe(true);
    const crawlFile = join(dir, 'crawl.jsonl');
    await writeFile(crawlFile, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');

    const html = join(dir, 'report.html');
    const reported = await run(process.execPath, ['cli/bin.js', 'report', crawlFile, '--html', html], { timeout: 120_000 });
    expect(reported.stdout).toContain(`${urls.length} pages on 4 sites, from ${urls.length} records`);
    expect(reported.stdout).toMatch(/redirect-loop +1 +25\.0%/);
    expect(reported.stdout).toMatch(/\n {2}Zendesk +2 +66\.7%\n/);

    browser = await launchBrowser({ headless: true });
    const page = await browser.browser.newPage();
    await page.setViewport({ width: 1180, height: 1500 });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    // Nothing but the file itself: the charts are inline SVG.
    expect(requested).toEqual([pathToFileURL(html).href]);
    const shown = await page.evaluate(() => ({
      sections: [...document.querySelectorAll('section h2')].map((heading) => heading.textContent),
      charts: document.querySelectorAll('svg').length,
      vendorLabels: [...document.querySelectorAll('#widget-vendors svg text')].map((text) => text.textContent),
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(shown.sections).toEqual(expect.arrayContaining(['Pages crawled and failed', 'Cookies per page scanned', 'What the policies say']));
    expect(shown.charts).toBeGreaterThan(12);
    expect(shown.vendorLabels).toEqual(expect.arrayContaining(['Zendesk', 'Intercom']));
    expect(shown.background).toBe('rgb(255, 255, 255)');
    await mkdir(resolve('artifacts'), { recursive: true });
    await page.screenshot({ path: resolve('artifacts/report.png'), clip: { x: 0, y: 0, width: 1180, height: 1500 } });

    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const dark = await page.evaluate(() => {
      const facts = document.querySelector('#policy-facts')!.getBoundingClientRect();
      return { background: getComputedStyle(document.body).backgroundColor, axisColour: getComputedStyle(document.querySelector('#policy-facts svg')!).color, top: facts.top + window.scrollY, height: facts.height };
    });
    expect(dark.background).toBe('rgb(22, 24, 28)');
    expect(dark.axisColour).toBe('rgb(230, 232, 235)');
    await page.screenshot({ path: resolve('artifacts/report-dark.png'), clip: { x: 0, y: dark.top - 20, width: 1180, height: dark.height + 40 } });
    expect((await readFile(resolve('artifacts/report.png'))).length).toBeGreaterThan(10_000);
  });
});
