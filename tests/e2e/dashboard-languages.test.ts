import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { startHarness, type Harness } from './support/harness';
import { waitForHistory } from './support/history';
import { englishFragments, englishLeftIn, englishLeftPhrases } from './support/english-left';
import { openPopup } from './support/extension-pages';
import { addPracticePages, SHORT_POLICY_QUOTE } from './support/practice-pages';
import { IMPORTED_OLD_SITE, IMPORTED_SITE, importedMismatchLines } from './support/imported-mismatches';
import { addCrawlSites } from '../fixtures/report/crawl-sites';
import { clearAllCookies, readSitePolicy, tabIdOf, visit } from '../../cli/scanner';

// The history dashboard in German and French, in a browser started in that language, with a
// site whose policy was read: the table, a site's page (the policy's facts as rows) and the
// charts show no English the locales translate, and nothing runs out of its box. A site whose
// policy contradicts its cookie has its mismatch kept as found (in English, as the history keeps
// it): its page says the claim and what was seen in the dashboard's language all the same.
// Screenshots go to artifacts/dashboard-<lang>-*.png for people to look at.
const LANGUAGES = [
  { lang: 'de', title: 'Was Websites getan haben', factLabel: 'Verkauf Ihrer Daten', observed: 'Cookie _ga (Google Analytics) auf 127.0.0.1, bleibt 1,1 Jahre gespeichert' },
  { lang: 'fr', title: 'Ce que les sites ont fait', factLabel: 'Vente de vos données', observed: 'cookie _ga (Google Analytics) sur 127.0.0.1, expire dans 1,1 an' },
] as const;

/** Elements whose content is wider than their box, but for what scrolls or is cut on purpose. */
const overflowingElements = () =>
  [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((element) => {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.display === 'inline' || element.closest('code, svg, .plot, .visually-hidden, select, option')) return false;
      return element.scrollWidth > element.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll';
    })
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.trim().slice(0, 60)}`);

/** The page's visible words, without code, site and vendor names or policy quotes. */
const visibleText = () => {
  const clone = document.body.cloneNode(true) as HTMLElement;
  for (const element of clone.querySelectorAll('code, blockquote, script, style')) element.remove();
  return clone.innerText;
};

async function shot(page: Page, name: string) {
  await mkdir(resolve('artifacts'), { recursive: true });
  await page.screenshot({ path: resolve(`artifacts/${name}.png`) as `${string}.png`, fullPage: true });
}

describe.each(LANGUAGES)('the dashboard in $lang', (language) => {
  let harness: Harness;
  afterAll(async () => harness?.close());

  it('shows its words, the policy’s facts and the charts in that language, none overflowing', async () => {
    harness = await startHarness(
      (server) => {
        void addCrawlSites(server);
        addPracticePages(server);
      },
      { lang: language.lang },
    );
    for (const url of ['https://www.ccpa-store.example/', 'https://www.chat-vendor.example/']) {
      const page = await harness.browser.newPage();
      await clearAllCookies(page);
      await visit(page, url, 30_000, 500);
      if (url.includes('ccpa-store')) await readSitePolicy(harness.browser, await tabIdOf(harness.browser, page));
    }
    await waitForHistory(harness, ['ccpa-store.example', 'chat-vendor.example'], (list) => list.find((summary) => summary.site === 'ccpa-store.example')?.policyStatus === 'ready');
    // The shop whose policy keeps data 30 days while its _ga lives over a year: the policy read
    // in the popup, the history keeps the mismatch (its words in English, as `scan` prints them).
    const shop = await harness.open('/practice/short.html');
    const popup = await openPopup(harness, shop.tabId);
    await popup.click('button[data-panel="policy"]');
    await popup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
    await popup.close();
    await waitForHistory(harness, [shop.report.site], (list) => (list.find((summary) => summary.site === shop.report.site)?.mismatches ?? 0) > 0);
    const english = await englishLeftPhrases(language.lang, ['dashboard', 'fact', 'change', 'report', 'cookies', 'widgets', 'common']);
    expect(english.length).toBeGreaterThan(100);
    const englishOn = async (page: Page) => {
      const text = await page.evaluate(visibleText);
      return english.filter((phrase) => text.includes(phrase));
    };

    const page = await harness.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${harness.extensionId}/dashboard.html`);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language.lang);
    expect(await page.$eval('h1', (heading) => heading.textContent?.trim())).toBe(language.title);
    expect(await englishOn(page)).toEqual([]);
    expect(await page.evaluate(overflowingElements)).toEqual([]);
    await shot(page, `dashboard-${language.lang}-sites`);

    await page.goto(`chrome-extension://${harness.extensionId}/dashboard.html#site=ccpa-store.example`);
    await page.waitForSelector('[data-site-page] li[data-fact="sellsData"]');
    expect(await page.$eval('li[data-fact="sellsData"] .label', (label) => label.textContent?.trim())).toBe(language.factLabel);
    expect(await englishOn(page)).toEqual([]);
    expect(await page.evaluate(overflowingElements)).toEqual([]);
    await shot(page, `dashboard-${language.lang}-site`);

    // The kept mismatch on its site's page: no English of the claim, the observation or their
    // labels; only the policy's quote stays as the policy words it.
    await page.goto(`chrome-extension://${harness.extensionId}/dashboard.html#site=${encodeURIComponent(shop.report.site)}`);
    await page.waitForSelector('article[data-site-page] section[data-section="mismatches"] li[data-mismatch-kind="retention"]', { timeout: 10_000 });
    const mismatches = await page.$eval('article[data-site-page] section[data-section="mismatches"]', (section) => (section as HTMLElement).innerText);
    expect(mismatches).toContain(SHORT_POLICY_QUOTE);
    // Intl puts a no-break space between number and unit in some languages ("1,1\u00a0an").
    expect(await page.$eval('article[data-site-page] [data-observed]', (line) => line.textContent?.trim().replace(/[\u00a0\u202f]/g, ' '))).toBe(language.observed);
    expect(englishLeftIn(mismatches.replaceAll(SHORT_POLICY_QUOTE, ''), await englishFragments(language.lang, ['mismatch', 'practice']))).toEqual([]);
    expect(await englishOn(page)).toEqual([]);
    expect(await page.evaluate(overflowingElements)).toEqual([]);
    await shot(page, `dashboard-${language.lang}-site-mismatches`);

    await page.goto(`chrome-extension://${harness.extensionId}/dashboard.html#sites`);
    await page.waitForSelector('html[data-ready="true"]');
    await page.click('button[data-view="charts"]');
    await page.waitForSelector('[data-charts] svg');
    expect(await englishOn(page)).toEqual([]);
    expect(await page.evaluate(overflowingElements)).toEqual([]);
    await shot(page, `dashboard-${language.lang}-charts`);
  });

  it('says an imported mismatch (English, from a crawl) in that language; one kept without its messages in its stored words', async () => {
    const { lines, oldObserved } = importedMismatchLines();
    const file = join(await mkdtemp(join(tmpdir(), 'pi-import-')), 'crawl.jsonl');
    await writeFile(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const page = await harness.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${harness.extensionId}/dashboard.html`);
    await page.waitForSelector('html[data-ready="true"]');
    await (await page.$('input[data-action="import"]'))!.uploadFile(file);
    await page.waitForSelector('[data-notice]');
    await waitForHistory(harness, [IMPORTED_SITE, IMPORTED_OLD_SITE]);

    // No quote (the policy is silent): the claim itself is said, and what was seen, in the page's language.
    await page.goto(`chrome-extension://${harness.extensionId}/dashboard.html#site=${IMPORTED_SITE}`);
    await page.waitForSelector('article[data-site-page] li[data-mismatch-kind="undisclosed-widget"]', { timeout: 10_000 });
    const text = await page.$eval('article[data-site-page] section[data-section="mismatches"]', (section) => (section as HTMLElement).innerText);
    expect(text).toContain('__zlcmid');
    expect(text).not.toContain(lines[0]!.mismatches[0]!.policyEvidence.claim);
    expect(text).not.toContain(lines[0]!.mismatches[0]!.observed.text);
    expect(englishLeftIn(text, await englishFragments(language.lang, ['mismatch', 'practice']))).toEqual([]);
    expect(await page.evaluate(overflowingElements)).toEqual([]);
    await shot(page, `dashboard-${language.lang}-site-imported-mismatch`);

    // Kept before mismatches had messages: nothing to say again from, so its words as stored.
    await page.goto(`chrome-extension://${harness.extensionId}/dashboard.html#site=${IMPORTED_OLD_SITE}`);
    await page.waitForSelector('article[data-site-page] li[data-mismatch-kind="undisclosed-widget"]', { timeout: 10_000 });
    expect(await page.$eval('article[data-site-page] [data-observed]', (line) => line.textContent?.trim())).toBe(oldObserved);
    await page.close();
  });
});
