import { browser } from 'wxt/browser';
import type { IndexedCMPRuleset } from '@duckduckgo/autoconsent';
import { EARLY_PREHIDE_MAX_MS, earlyPrehideSelector } from '@/lib/consent/early-prehide';
import { prehideCss } from '@/lib/consent/consent-messages';
import { isAutoconsentEnabled } from '@/lib/consent/consent-settings';
import { siteOf } from '@/lib/cookies/party';
import type { Settings } from '@/lib/settings/settings';
import { webFrameFilter } from './page-scripts';

/**
 * Known cookie banners hidden from a page's first paint. The cookie-banner script comes only
 * after the load event (lib/page/page-scripts.ts says why), so a banner in the page would show
 * until then and vanish when answered. When a top document commits, it gets the library's own
 * hiding rules as a user style sheet (the page cannot see it); once the script's library hides
 * them itself, or finds it has nothing to do, this sheet is removed (endEarlyPrehide).
 */

/** Style sheets by page origin; the rules for an origin take about half a millisecond to pick. */
const cssByOrigin = new Map<string, string>();
const MAX_ORIGINS = 50;

function cssFor(ruleset: IndexedCMPRuleset, pageUrl: string): string | null {
  let origin: string;
  try {
    origin = new URL(pageUrl).origin;
  } catch {
    return null;
  }
  const cached = cssByOrigin.get(origin);
  if (cached !== undefined) return cached;
  const selector = earlyPrehideSelector(ruleset, pageUrl);
  if (selector === null) return null;
  // Its own text, so that removing it can never take out the library's sheet, which may hold the same rule.
  const css = `/* until the cookie-banner script takes over */\n${prehideCss(selector)}`;
  if (cssByOrigin.size >= MAX_ORIGINS) cssByOrigin.delete(cssByOrigin.keys().next().value!);
  cssByOrigin.set(origin, css);
  return css;
}

/** The insertion under way per tab: a removal waits for it, or it could land after the removal and stay. */
const inserting = new Map<number, Promise<unknown>>();

let ruleset: IndexedCMPRuleset | null = null;

/** Removes the early style sheet from the tab's top document (nothing happens when it has none). */
export async function endEarlyPrehide(tabId: number, pageUrl: string): Promise<void> {
  if (!ruleset) return;
  await inserting.get(tabId);
  const css = cssFor(ruleset, pageUrl);
  if (css === null) return;
  await browser.scripting.removeCSS({ target: { tabId, frameIds: [0] }, css, origin: 'USER' }).catch(() => undefined);
}

/** Listens for top documents committing; called once from the autoconsent set-up. */
export function registerEarlyPrehide(rules: IndexedCMPRuleset, readSettings: () => Promise<Settings>): void {
  ruleset = rules;
  browser.webNavigation.onCommitted.addListener((details) => {
    if (details.frameId !== 0) return;
    // Back and forward may restore a page from the browser's cache, whose script already ran and
    // would never remove the sheet; its banner was answered on the first visit anyway.
    if (details.transitionQualifiers.includes('forward_back')) return;
    const documentId = (details as { documentId?: string }).documentId;
    const insertion = (async () => {
      const settings = await readSettings();
      if (!isAutoconsentEnabled(settings, siteOf(new URL(details.url).hostname))) return;
      const css = cssFor(rules, details.url);
      if (css === null) return;
      // By document id (Chrome) the sheet can only land in the document that committed.
      const target = documentId ? { tabId: details.tabId, documentIds: [documentId] } : { tabId: details.tabId, frameIds: [0] };
      await browser.scripting.insertCSS({ target, css, origin: 'USER' });
      // Only by document id can a late removal be sure to miss the documents that came after.
      if (documentId) setTimeout(() => void browser.scripting.removeCSS({ target, css, origin: 'USER' }).catch(() => undefined), EARLY_PREHIDE_MAX_MS);
    })().catch((error: unknown) => console.debug('[autoconsent] no early hiding', details.tabId, String(error)));
    inserting.set(details.tabId, insertion);
    void insertion.then(() => {
      if (inserting.get(details.tabId) === insertion) inserting.delete(details.tabId);
    });
  }, webFrameFilter());
}
