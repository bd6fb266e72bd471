import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasSharedFixture, sharedFixture } from '../support/shared-fixtures';
import { startHarness, type Harness } from './support/harness';
import { openPopup, screenshotPopup } from '../../cli/popup-screenshot';
import { pageHtml } from '../../demo/pages';
import { pollUntil } from './support/poll';

let harness: Harness;
const shots = 'artifacts/screenshots';

beforeAll(async () => {
  harness = await startHarness();
  await mkdir(shots, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

describe('the popup', () => {
  it('shows the widgets with evidence and a sortable cookie table', async () => {
    const { tabId } = await harness.open('/shop.html');
    const popup = await openPopup(harness.browser, harness.extensionId, tabId);
    await popup.waitForSelector('li[data-widget="zendesk-chat"]');
    expect(await popup.$eval('.site', (element) => element.textContent)).toBe('127.0.0.1');
    expect(await popup.$eval('[data-stat="widgets"] b', (element) => element.textContent)).toBe('1');

    // Sort by name: the rows follow.
    await popup.click('button[data-sort="name"]');
    const names = await popup.$$eval('tr[data-cookie]', (rows) => rows.map((row) => row.getAttribute('data-cookie')!));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await popup.click('button[data-sort="name"]');
    const reversed = await popup.$$eval('tr[data-cookie]', (rows) => rows.map((row) => row.getAttribute('data-cookie')!));
    expect(reversed).toEqual([...names].reverse());

    // Third-party filter leaves only third-party rows.
    await popup.click('button[data-filter="third"]');
    const parties = await popup.$$eval('tr[data-cookie] .party', (cells) => cells.map((cell) => cell.textContent));
    expect(parties.length).toBeGreaterThan(0);
    expect(new Set(parties)).toEqual(new Set(['3rd']));
    await popup.click('button[data-filter="all"]');
    await screenshotPopup(popup, `${shots}/popup-shop.png`);
    await popup.close();
  });

  it('says so when a page has no widget', async () => {
    const { tabId } = await harness.open('/blog.html');
    const popup = await openPopup(harness.browser, harness.extensionId, tabId);
    expect(await popup.$eval('section[data-section="widgets"]', (element) => element.textContent)).toContain('No third-party chat or messaging widget');
    await screenshotPopup(popup, `${shots}/popup-blog.png`);
    await popup.close();
  });

  it('still shows the findings after the service worker was stopped', async () => {
    const { tabId } = await harness.open('/support.html');
    await harness.stopWorker();
    const popup = await openPopup(harness.browser, harness.extensionId, tabId);
    await popup.waitForSelector('li[data-widget="intercom"]', { timeout: 10_000 });
    const widgets = await popup.$$eval('li[data-widget]', (items) => items.map((item) => item.getAttribute('data-widget')));
    expect(widgets.sort()).toEqual(['crisp', 'intercom', 'tawk-to']);
    await screenshotPopup(popup, `${shots}/popup-support.png`);
    await popup.close();
  });
});

describe('the popup policy view', () => {
  it('reads the site policy into facts with quotes and a link to each sentence', async () => {
    const { tabId } = await harness.open('/shop.html');
    const popup = await openPopup(harness.browser, harness.extensionId, tabId);
    await popup.click('button[data-panel="policy"]');
    await popup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
    const facts = await popup.$$eval('li[data-fact]', (rows) => rows.map((row) => [row.getAttribute('data-fact'), row.getAttribute('data-verdict'), row.querySelector('.text')?.textContent]));
    const byField = new Map(facts.map(([field, verdict, text]) => [field, { verdict, text }]));
    expect(byField.get('childAge')).toEqual({ verdict: 'good', text: 'Not for children under 16' });
    expect(byField.get('sellsData')?.verdict).toBe('good');
    expect(byField.get('dnt')).toEqual({ verdict: 'concerning', text: 'Does not honour Do Not Track' });
    expect(byField.get('dataLocations')?.text).toBe('Ireland and United States');
    const link = await popup.$eval('li[data-fact="childAge"] blockquote a', (anchor) => anchor.getAttribute('href'));
    expect(link).toMatch(/\/privacy-policy\.html#:~:text=/);
    await popup.click('li[data-fact="childAge"] summary');
    await screenshotPopup(popup, `${shots}/popup-policy.png`);
    await popup.close();
  });

  it('saves the findings as the scan JSON and the cookies as CSV, on this computer', async () => {
    const { tabId, report } = await harness.open('/shop.html');
    const downloads = await mkdtemp(join(tmpdir(), 'privacy-inspector-downloads-'));
    const cdp = await harness.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    const saved = (suffix: string) =>
      pollUntil(async () => (await readdir(downloads)).find((name) => name.endsWith(suffix)), (name) => name !== undefined, 20_000);
    try {
      const popup = await openPopup(harness.browser, harness.extensionId, tabId);
      await popup.click('[data-action="export-cookies"]');
      const csvName = await saved('_cookies.csv');
      expect(csvName).toMatch(/^privacy-inspector_127\.0\.0\.1_\d{4}-\d{2}-\d{2}_cookies\.csv$/);
      const [header, ...rows] = (await readFile(join(downloads, csvName!), 'utf8')).trimEnd().split('\r\n');
      expect(header).toBe('name,domain,path,party,vendor,category,purpose,expires,widget,partitioned,http_only,secure,same_site');
      const csvNames = rows.map((row) => row.split(',')[0]);
      for (const cookie of report.cookies) expect(csvNames).toContain(cookie.name);

      await popup.click('[data-action="export-findings"]');
      const jsonName = await saved('_findings.json');
      const findings = JSON.parse(await readFile(join(downloads, jsonName!), 'utf8'));
      // The contract's scan element, plus when and by what.
      for (const key of ['url', 'site', 'widgets', 'cookies', 'policy', 'trackers', 'thirdPartyHosts']) expect(findings).toHaveProperty(key);
      expect(findings).toMatchObject({ url: report.url, site: '127.0.0.1', exportedBy: expect.stringMatching(/^Privacy Inspector \d+\.\d+\.\d+$/) });
      expect(findings.widgets.map((widget: { id: string }) => widget.id)).toEqual(report.widgets.map((widget) => widget.id));
      expect(findings.policy).toMatchObject({ status: 'ready', url: expect.stringMatching(/\/privacy-policy\.html$/) });
      expect(findings.policy.facts.childAge.value).toBe(16);
      expect(findings.policy.facts.childAge.evidence[0].quote).toMatch(/16/);
      expect(Date.parse(findings.exportedAt)).not.toBeNaN();
      await popup.close();
    } finally {
      await cdp.detach();
      await rm(downloads, { recursive: true, force: true });
    }
  });

  it('shows a vendor policy it cannot reach as a clear state, and offers to point to one by hand', async () => {
    const { tabId } = await harness.open('/shop.html');
    const popup = await openPopup(harness.browser, harness.extensionId, tabId);
    await popup.click('button[data-panel="policy"]');
    await popup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
    // Zendesk's real policy URL is not served here: the fetch fails, and the view says so.
    await popup.click('button[data-subject="zendesk-chat"]');
    await popup.waitForSelector('.policy[data-status="not-found"], .policy[data-status="fetch-failed"]', { timeout: 20_000 });
    expect(await popup.$eval('.policy .problem strong', (element) => element.textContent)).toMatch(/could not be fetched|No privacy policy found/);
    await popup.close();
  });
});

describe.skipIf(!hasSharedFixture('the changing-policy popup test', 'policies'))('a policy that changes', () => {
  it('shows what changed between the stored version and the new one', async () => {
    const { readFileSync } = await import('node:fs');
    const fixtures = pathToFileURL(`${sharedFixture('policies')}/`);
    // Zopim's policy as archived in 2012, then as archived in 2015, at the same address.
    let version = readFileSync(new URL('000_a7fb81269e00db64.txt', fixtures), 'utf8');
    harness.server.route('127.0.0.1', '/changing-policy.txt', () => ({ body: version, contentType: 'text/plain; charset=utf-8' }));
    harness.server.page('/changing.html', pageHtml('Changing', '<p>Chat with us.</p>', { footer: false }).replace('</main>', '</main><footer><a href="/changing-policy.txt">Privacy</a></footer>'));
    const { tabId } = await harness.open('/changing.html');
    const popup = await openPopup(harness.browser, harness.extensionId, tabId);
    await popup.click('button[data-panel="policy"]');
    await popup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
    expect(await popup.$('[data-changes]')).toBeNull();

    version = readFileSync(new URL('001_a1edaf517db23f89.txt', fixtures), 'utf8');
    await popup.click('button[data-action="refresh-policy"]');
    await popup.waitForSelector('[data-changes]', { timeout: 20_000 });
    const changes = await popup.$$eval('[data-changes] li', (items) => items.map((item) => item.textContent ?? ''));
    expect(changes).toEqual(expect.arrayContaining(['Now names Child age: 13', 'Now names Do Not Track: not honored']));
    await screenshotPopup(popup, `${shots}/popup-policy-changes.png`);
    await popup.close();
  });
});
