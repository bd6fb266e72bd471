/**
 * Policy against practice in the history (issue 12): a local shop page sets a 2-year `_ga`
 * cookie under a policy that keeps data 30 days. The visit is written once the page settles
 * (no policy read, no mismatch); the user reads the policy in the popup, and the same visit's
 * record gains the mismatch the popup shows. The dashboard's report then has its mismatch
 * tables (the CLI `report`'s sections) and the site's page the quote against the cookie.
 * First, a history kept by version 1 (no mismatches, no storage) is upgraded in Chromium's own
 * IndexedDB with its record kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { startHarness, type Harness } from './support/harness';
import { addPracticePages, SHORT_POLICY_QUOTE } from './support/practice-pages';
import { openDashboard, storedRecords, waitForHistory } from './support/history';
import { openPopup } from '../../cli/popup-screenshot';

const shots = 'artifacts/screenshots';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(addPracticePages);
  await mkdir(shots, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

/** A site's record as version 1 of the history kept it: no `storage`, no `mismatches`. */
const OLD_RECORD = {
  version: 1, site: 'kept-before.example', firstVisit: Date.parse('2026-11-01T10:00:00Z'), lastVisit: Date.parse('2026-11-02T10:00:00Z'), visits: 3,
  pages: ['https://kept-before.example/'], widgets: [], cookies: [], trackers: [], thirdPartyHosts: [],
  policy: { url: null, status: 'not-found' }, policyVersions: [], consent: null, actions: [{ kind: 'cleared', at: Date.parse('2026-11-02T10:00:00Z'), detail: '2 cookies' }],
};

describe('mismatches in the history', () => {
  it('upgrades a history kept by version 1 in the browser: the old record is kept, in the new shape, and shown', async () => {
    // Before the extension opens its history: the database as version 1 of it left it.
    const worker = await harness.worker();
    await worker.evaluate(
      (record: Record<string, unknown>) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('privacy-inspector-history', 1);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('sites', { keyPath: 'site' });
            open.result.createObjectStore('summaries', { keyPath: 'site' }).createIndex('lastVisit', 'lastVisit');
            open.result.createObjectStore('meta');
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['sites', 'summaries', 'meta'], 'readwrite');
            tx.objectStore('sites').put(record);
            tx.objectStore('summaries').put({ site: record.site, lastVisit: record.lastVisit, firstVisit: record.firstVisit, visits: record.visits, bytes: 500 });
            tx.objectStore('meta').put({ sites: 1, bytes: 500 }, 'totals');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      OLD_RECORD,
    );
    const dashboard = await openDashboard(harness);
    await dashboard.waitForSelector('tr[data-site="kept-before.example"]');
    await dashboard.close();
    const [record] = (await storedRecords(harness)).filter((stored) => stored.site === 'kept-before.example');
    expect(record).toEqual({ ...OLD_RECORD, version: 2, storage: [], mismatches: [] });
  });

  it('keeps the mismatch found once the policy was read, and the dashboard shows it in its report and on the site page', async () => {
    const { tabId, report } = await harness.open('/practice/short.html');
    const site = report.site;
    // Written once the page settled: the policy not read yet, so nothing to hold the page to.
    const [before] = (await waitForHistory(harness, [site])).filter((summary) => summary.site === site);
    expect(before).toMatchObject({ visits: 1, mismatches: 0 });

    // The user reads the policy in the popup, which then shows the mismatch.
    const popup = await openPopup(harness.browser, harness.extensionId, tabId);
    await popup.click('button[data-panel="policy"]');
    await popup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
    await popup.click('button[data-panel="overview"]');
    await popup.waitForSelector('section[data-section="mismatches"] li[data-mismatch-kind="retention"]', { timeout: 10_000 });
    await popup.close();

    // The same visit's record, written again: the mismatch joins it (no new visit).
    const [after] = (await waitForHistory(harness, [site], (list) => (list.find((summary) => summary.site === site)?.mismatches ?? 0) > 0)).filter((summary) => summary.site === site);
    expect(after).toMatchObject({ visits: 1, mismatches: 1, policyStatus: 'ready' });

    // The dashboard's report: the CLI's mismatch sections over the history.
    const dashboard = await openDashboard(harness);
    await dashboard.click('button[data-view="charts"]');
    await dashboard.waitForSelector('section[data-section="mismatch-items"] tbody tr', { timeout: 10_000 });
    const kinds = await dashboard.$$eval('section[data-section="mismatches"] tbody tr', (rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim())));
    expect(kinds).toEqual([['Kept longer than the policy says', '1', '100.0%', '1', '1', '1']]);
    const items = await dashboard.$$eval('section[data-section="mismatch-items"] tbody tr', (rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim())));
    expect(items).toEqual([['Kept longer than the policy says', 'cookie _ga', 'Google Analytics', '1', '1']]);
    const section = await dashboard.$('section[data-section="mismatch-items"]');
    await section!.scrollIntoView();
    await dashboard.screenshot({ path: `${shots}/dashboard-mismatches.png`, fullPage: true });

    // The site's page: the policy's sentence against the cookie, under the kind's heading.
    await dashboard.goto(`chrome-extension://${harness.extensionId}/dashboard.html#site=${encodeURIComponent(site)}`);
    await dashboard.waitForSelector('article[data-site-page] section[data-section="mismatches"] li[data-mismatch-kind="retention"]', { timeout: 10_000 });
    const text = await dashboard.$eval('article[data-site-page] section[data-section="mismatches"]', (element) => element.textContent ?? '');
    expect(text).toContain('Kept longer than the policy says');
    expect(text).toContain(SHORT_POLICY_QUOTE);
    expect(text).toMatch(/_ga \(Google Analytics\) on 127\.0\.0\.1, lives 1\.1 years/);
    await dashboard.screenshot({ path: `${shots}/dashboard-site-mismatches.png`, fullPage: true });
    await dashboard.close();
  });
});
