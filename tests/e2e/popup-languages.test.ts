import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { openPopup } from './support/extension-pages';
import { badgeTitle } from './support/badge';
import { screenshotPopup } from '../../cli/popup-screenshot';
import { addPracticePages, SHORT_POLICY_QUOTE } from './support/practice-pages';
import { englishFragments, englishLeftIn } from './support/english-left';

// The popup in each shipped language, in a browser started in that language: the words come
// from _locales (not English), the page says its language, and no text runs out of its box.
// Screenshots go to artifacts/popup-<lang>.png for people to look at.
const LANGUAGES = [
  { lang: 'en', overview: 'Overview', policyTab: 'Privacy policy', protections: 'Protect yourself' },
  { lang: 'de', overview: 'Übersicht', policyTab: 'Datenschutzerklärung', protections: 'Schützen Sie sich' },
  { lang: 'fr', overview: 'Aperçu', policyTab: 'Politique de confidentialité', protections: 'Protégez-vous' },
] as const;

/**
 * Elements whose content is wider than their box (text cut off or spilling out), described for
 * the failure message. Left out: what is clipped on purpose (long names with an ellipsis, code,
 * the cookie table's own scrolling, text kept for screen readers only).
 */
const overflowingElements = () =>
  [...document.querySelectorAll<HTMLElement>('main *')]
    .filter((element) => {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.display === 'inline' || element.closest('table, code, pre, .site, [title], .visually-hidden')) return false;
      return element.scrollWidth > element.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll';
    })
    .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.trim().slice(0, 60)}`);

describe.each(LANGUAGES)('the popup in $lang', (language) => {
  let harness: Harness;
  afterAll(async () => harness?.close());

  it('shows its words in that language, and none overflows', async () => {
    harness = await startHarness(addPracticePages, { lang: language.lang });
    const { tabId } = await harness.open('/shop.html');
    const popup = await openPopup(harness, tabId);
    await popup.setViewport({ width: 520, height: 600 });

    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language.lang);
    expect(await popup.$eval('button[data-panel="overview"]', (button) => button.textContent?.trim())).toBe(language.overview);
    expect(await popup.$eval('button[data-panel="policy"]', (button) => button.textContent?.trim())).toBe(language.policyTab);
    expect(await popup.$eval('[data-section="protections"] h2', (heading) => heading.textContent?.trim())).toBe(language.protections);
    // The badge's tooltip is in the same language as the popup.
    const title = await badgeTitle(harness.browser, tabId);
    expect(title).toMatch(language.lang === 'de' ? /auf dieser Seite/ : language.lang === 'fr' ? /sur cette page/ : /on this page/);

    expect(await popup.evaluate(overflowingElements)).toEqual([]);
    expect(await popup.evaluate(() => document.querySelector('main')!.scrollWidth <= 520)).toBe(true);
    await mkdir(resolve('artifacts'), { recursive: true });
    await screenshotPopup(popup, resolve(`artifacts/popup-${language.lang}.png`) as `${string}.png`);

    await popup.click('button[data-panel="policy"]');
    await popup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
    expect(await popup.evaluate(overflowingElements)).toEqual([]);
    await screenshotPopup(popup, resolve(`artifacts/popup-${language.lang}-policy.png`) as `${string}.png`);
  });

  it('says policy against practice in that language: no English of its own left, only the policy’s quote', async () => {
    // A page whose policy keeps data 30 days while its _ga cookie lives over a year (tests/e2e/practice.test.ts).
    const { tabId } = await harness.open('/practice/short.html');
    const popup = await openPopup(harness, tabId);
    await popup.setViewport({ width: 520, height: 600 });
    await popup.click('button[data-panel="policy"]');
    await popup.waitForSelector('.policy[data-status="ready"]', { timeout: 20_000 });
    await popup.click('button[data-panel="overview"]');
    await popup.waitForSelector('section[data-section="mismatches"] li[data-mismatch-kind="retention"]', { timeout: 10_000 });
    const text = await popup.$eval('section[data-section="mismatches"]', (section) => section.innerText);
    // Not vacuous: the section holds the quote and the cookie seen.
    expect(text).toContain(SHORT_POLICY_QUOTE);
    expect(text).toMatch(/_ga \(Google Analytics\)/);
    if (language.lang !== 'en') {
      // The policy's own sentence stays as written; every other word is the locale's.
      const ours = text.replaceAll(SHORT_POLICY_QUOTE, '');
      expect(englishLeftIn(ours, await englishFragments(language.lang, ['mismatch', 'practice']))).toEqual([]);
    }
    expect(await popup.evaluate(overflowingElements)).toEqual([]);
    expect(await popup.evaluate(() => document.querySelector('main')!.scrollWidth <= 520)).toBe(true);
    // The popup as opened, and the section itself wherever it sits.
    await screenshotPopup(popup, resolve(`artifacts/popup-${language.lang}-mismatch-page.png`) as `${string}.png`);
    await (await popup.$('section[data-section="mismatches"]'))!.screenshot({ path: resolve(`artifacts/popup-${language.lang}-mismatches.png`) as `${string}.png` });
  });
});
