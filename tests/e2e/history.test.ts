/**
 * The history and its dashboard with the built extension in Chromium: sites with chat widgets
 * (served on their own host names, nothing leaves the machine) are visited as a person would,
 * the background writes them to the browser's own IndexedDB once each page settles, and the
 * dashboard shows, filters, exports, deletes and imports them back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { openDashboard, waitForHistory, storedSummaries } from './support/history';
import { pollUntil } from './support/poll';
import { addCrawlSites } from '../fixtures/report/crawl-sites';
import { clearAllCookies, readSitePolicy, tabIdOf, visit } from '../../cli/scanner';
import { describeSchemaError, schemaValidator } from '../../cli/report/format-schemas';

const visited = {
  'chat-vendor.example': 'https://www.chat-vendor.example/',
  'forms-saas.example': 'https://app.forms-saas.example/',
  'ccpa-store.example': 'https://www.ccpa-store.example/',
  // A quiet page: no request to another origin, no change after load; kept all the same.
  'quiet-blog.example': 'https://www.quiet-blog.example/',
} as const;
const sites = Object.keys(visited);

let harness: Harness;
let downloads: string;

beforeAll(async () => {
  harness = await startHarness((server) => {
    void addCrawlSites(server);
    server.route('www.quiet-blog.example', '/', { body: '<!doctype html><title>Quiet blog</title><p>Only words here.</p>' });
  });
  downloads = await mkdtemp(join(tmpdir(), 'history-downloads-'));
  const session = await harness.browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  for (const url of Object.values(visited)) {
    const page = await harness.browser.newPage();
    await clearAllCookies(page);
    await visit(page, url, 30_000, 500);
    // The site's policy is read once, as the popup's Policy tab would: the history takes it from the cache.
    if (url.includes('ccpa-store')) await readSitePolicy(harness.browser, await tabIdOf(harness.browser, page));
  }
});

afterAll(async () => {
  await harness?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

const tableSites = (page: Page) => page.$$eval('tr[data-site]', (rows) => rows.map((row) => row.getAttribute('data-site')!).sort());

async function download(page: Page, action: string): Promise<string> {
  const before = new Set(await readdir(downloads));
  await page.click(`[data-action="${action}"]`);
  const names = await pollUntil(() => readdir(downloads), (list) => list.some((name) => !before.has(name) && !name.endsWith('.crdownload')), 10_000);
  const name = names.find((entry) => !before.has(entry) && !entry.endsWith('.crdownload'));
  if (!name) throw new Error(`nothing was downloaded by ${action}`);
  return join(downloads, name);
}

describe('history', () => {
  it('keeps each visited site once its page has settled, with its widgets and the policy already read', async () => {
    const summaries = await waitForHistory(harness, sites, (list) => list.find((summary) => summary.site === 'ccpa-store.example')?.policyStatus === 'ready');
    const bySite = new Map(summaries.map((summary) => [summary.site, summary]));
    expect(bySite.get('chat-vendor.example')?.widgetVendors).toEqual(expect.arrayContaining(['Intercom', 'Salesloft (Drift)']));
    expect(bySite.get('forms-saas.example')?.widgetVendors).toEqual(['Crisp IM']);
    expect(bySite.get('ccpa-store.example')?.policyStatus).toBe('ready');
    expect(bySite.get('chat-vendor.example')?.visits).toBe(1);
    expect(bySite.get('quiet-blog.example')).toMatchObject({ visits: 1, widgetVendors: [], cookies: 0 });
  });

  it('shows the sites in the dashboard, filters them with counts that follow, exports, deletes and imports them back', async () => {
    const page = await openDashboard(harness);
    expect(await tableSites(page)).toEqual([...sites].sort());
    const rowsBefore = await page.$$eval('tr[data-site]', (rows) => rows.map((row) => row.textContent).sort());

    await page.select('select[data-filter="vendor"]', 'Intercom');
    await pollUntil(() => tableSites(page), (shown) => shown.length === 1);
    expect(await tableSites(page)).toEqual(['chat-vendor.example']);
    expect(await page.$eval('[data-counts]', (element) => element.getAttribute('data-counts'))).toBe('1');
    await page.click('[data-action="clear-filters"]');
    await pollUntil(() => tableSites(page), (shown) => shown.length === sites.length);

    // Every line of the export is a crawl line (docs/schema), as `report` reads them.
    const exported = await download(page, 'export-all-jsonl');
    const lines = (await readFile(exported, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as unknown);
    const crawlLine = schemaValidator('crawl-line');
    for (const line of lines) expect(crawlLine(line), describeSchemaError(crawlLine.errors)).toBe(true);
    expect(lines).toHaveLength(sites.length);
    const csv = await readFile(await download(page, 'export-all-csv'), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(sites.length + 1);

    await page.click('[data-action="delete-history"]');
    await page.click('[data-action="confirm-delete-history"]');
    await page.waitForSelector('[data-empty]');
    expect(await storedSummaries(harness)).toEqual([]);

    // A bad file: one line that says what is wrong, and nothing imported.
    const bad = join(downloads, 'bad.jsonl');
    await writeFile(bad, `${JSON.stringify(lines[0])}\n{"url": 1}\n`);
    await (await page.$('input[data-action="import"]'))!.uploadFile(bad);
    const problem = await page.waitForSelector('[data-problem]');
    expect(await problem!.evaluate((element) => element.textContent)).toMatch(/^Nothing was imported\. bad\.jsonl: line 2 is not a crawl line/);
    expect(await storedSummaries(harness)).toEqual([]);

    await (await page.$('input[data-action="import"]'))!.uploadFile(exported);
    await page.waitForSelector('[data-notice]');
    await pollUntil(() => tableSites(page), (shown) => shown.length === sites.length);
    expect(await page.$$eval('tr[data-site]', (rows) => rows.map((row) => row.textContent).sort())).toEqual(rowsBefore);
    await page.close();
  });
});
