import { browser, type Browser } from 'wxt/browser';
import { evalSnippets, type IndexedCMPRuleset } from '@duckduckgo/autoconsent';
// Bundled with the extension (MPL-2.0, DuckDuckGo): rules never come from the network.
import compactRules from '@duckduckgo/autoconsent/rules/compact-rules.json';
import { parseConsentMessage, prehideCss, type ConsentMessage } from '@/lib/consent/consent-messages';
import { consentConfig, rulesForFrame } from '@/lib/consent/consent-config';
import { isAutoconsentEnabled } from '@/lib/consent/consent-settings';
import type { Settings } from '@/lib/settings/settings';
import { withConsentEvent, type ConsentEvent, type ConsentStatus } from '@/lib/consent/consent-status';
import { siteOf } from '@/lib/cookies/party';
import { endEarlyPrehide, registerEarlyPrehide } from './early-prehide';

/**
 * Cookie banners: the background half of @duckduckgo/autoconsent. The content script
 * (entrypoints/autoconsent.ts) asks for its config and rules, for named snippets to be run in the
 * page's own world, and tells what it did; this answers, and keeps what was done per tab in
 * storage.session (`consent:<tabId>`) so that the popup can say it after the worker restarted.
 * Everything acts on the sender's own tab and frame, never on ids in a message.
 */

const ruleset = compactRules as unknown as IndexedCMPRuleset;
const statusKey = (tabId: number) => `consent:${tabId}`;

/** The background's settings store (cached there: every frame of every page asks); set by registerAutoconsent. */
let readSettings: () => Promise<Settings> = () => Promise.reject(new Error('autoconsent is not registered'));

function httpUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

function isConsentStatus(value: unknown): value is ConsentStatus {
  if (typeof value !== 'object' || value === null) return false;
  const status = value as Record<string, unknown>;
  return typeof status.cmp === 'string' && typeof status.outcome === 'string' && typeof status.url === 'string' && typeof status.at === 'number';
}

async function readStatus(tabId: number): Promise<ConsentStatus | null> {
  const stored = (await browser.storage.session.get(statusKey(tabId)))[statusKey(tabId)];
  return isConsentStatus(stored) ? stored : null;
}

/** One change at a time per tab: frames report concurrently, and each change reads the last one. */
const pendingChanges = new Map<number, Promise<void>>();

function recordEvent(tabId: number, event: ConsentEvent): Promise<void> {
  const change = (pendingChanges.get(tabId) ?? Promise.resolve())
    .then(async () => {
      const current = await readStatus(tabId);
      const next = withConsentEvent(current, event, Date.now());
      if (next && next !== current) await browser.storage.session.set({ [statusKey(tabId)]: next });
    })
    .catch((error: unknown) => console.warn('[autoconsent] could not record', event.kind, error));
  pendingChanges.set(tabId, change);
  void change.then(() => {
    if (pendingChanges.get(tabId) === change) pendingChanges.delete(tabId);
  });
  return change;
}

/**
 * What autoconsent did on the tab's current page; null when it has not run there (a browser page,
 * a tab that has since moved to another site, a closed tab).
 */
export async function consentStatusFor(tabId: number): Promise<ConsentStatus | null> {
  await pendingChanges.get(tabId);
  const [status, tab] = await Promise.all([readStatus(tabId), browser.tabs.get(tabId).catch(() => null)]);
  if (!status || !tab) return null;
  // The content script resets the status for every new top document it runs in; where it cannot
  // run (chrome://, the Web Store, a PDF) the old one would linger.
  const tabUrl = httpUrl(tab.url);
  return tabUrl && tabUrl.origin === httpUrl(status.url)?.origin ? status : null;
}

/** Runs one of the library's own snippets (never code from a message) in the frame's MAIN world. */
async function runSnippet(tabId: number, frameId: number, snippetId: string): Promise<boolean> {
  if (!Object.prototype.hasOwnProperty.call(evalSnippets, snippetId)) return false;
  const snippet = (evalSnippets as Record<string, unknown>)[snippetId];
  if (typeof snippet !== 'function') return false;
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      world: 'MAIN',
      func: snippet as () => unknown,
    });
    // The library reads the answer as a boolean, and a snippet that throws as false.
    return Boolean(injection?.result);
  } catch {
    return false;
  }
}

async function answer(message: ConsentMessage, tabId: number, frameId: number, frameUrl: URL, pageUrl: URL): Promise<unknown> {
  const enabled = isAutoconsentEnabled(await readSettings(), siteOf(pageUrl.hostname));
  switch (message.type) {
    case 'init':
      // A new top document: what was done on the previous one no longer applies.
      if (frameId === 0) void recordEvent(tabId, { kind: 'page', url: frameUrl.href, enabled });
      // Switched off since the page committed: nothing will take over the early hiding.
      if (frameId === 0 && !enabled) void endEarlyPrehide(tabId, frameUrl.href);
      return {
        type: 'initResp',
        config: consentConfig(enabled),
        rules: enabled ? rulesForFrame(ruleset, frameUrl.href, frameId === 0 || message.mainFrame === true) : { autoconsent: [] },
      };
    case 'eval':
      return { type: 'evalResp', id: message.id, result: enabled && (await runSnippet(tabId, frameId, message.snippetId)) };
    case 'prehide':
    case 'undoPrehide': {
      if (message.type === 'prehide' && !enabled) return { ok: false, error: 'autoconsent is off for this site' };
      // A user style sheet: the page's DOM never shows it (a <style> element would tell every page about us).
      const details = { target: { tabId, frameIds: [frameId] }, css: prehideCss(message.selector), origin: 'USER' as const };
      try {
        await (message.type === 'prehide' ? browser.scripting.insertCSS(details) : browser.scripting.removeCSS(details));
        // The library hides (or has stopped hiding) on its own now: the sheet from the commit goes.
        if (frameId === 0) await endEarlyPrehide(tabId, frameUrl.href);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    }
    case 'cmpDetected':
      await recordEvent(tabId, { kind: 'detected', cmp: message.cmp, frameUrl: frameUrl.href });
      return { ok: true };
    case 'optOutResult':
      await recordEvent(tabId, { kind: 'opt-out', cmp: message.cmp, succeeded: message.result, frameUrl: frameUrl.href });
      return { ok: true };
    case 'autoconsentDone':
      await recordEvent(tabId, { kind: 'done', cmp: message.cmp, cosmetic: message.isCosmetic, clicks: message.totalClicks, frameUrl: frameUrl.href });
      return { ok: true };
  }
}

/**
 * Answers one autoconsent message (an envelope, see lib/consent/consent-messages.ts) from a
 * content script. The caller has checked that it comes from this extension.
 */
export function handleConsentMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const parsed = parseConsentMessage(raw);
  if (!parsed.ok) {
    console.warn('[autoconsent] dropped message:', parsed.error);
    return Promise.resolve({ ok: false, error: parsed.error });
  }
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  // Only a content script in a web page's frame: the tab and frame are the sender's own.
  const frameUrl = httpUrl(sender.url);
  if (tabId === undefined || tabId < 0 || frameId === undefined || frameId < 0 || !frameUrl) {
    console.warn('[autoconsent] dropped', parsed.message.type, 'from outside a web page');
    return Promise.resolve({ ok: false, error: 'autoconsent messages only come from a web page' });
  }
  // The site the switch is about is the one in the address bar, also for its frames.
  const pageUrl = frameId === 0 ? frameUrl : (httpUrl(sender.tab?.url) ?? frameUrl);
  return answer(parsed.message, tabId, frameId, frameUrl, pageUrl).catch((error: unknown) => {
    console.error('[autoconsent]', parsed.message.type, error);
    return { ok: false, error: String(error) };
  });
}

/** Listeners of the autoconsent half; called once from the background's set-up with its settings store. */
export function registerAutoconsent(settings: () => Promise<Settings>): void {
  readSettings = settings;
  registerEarlyPrehide(ruleset, settings);
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(statusKey(tabId));
  });
}
