import { browser, type Browser } from 'wxt/browser';
import { widgetCatalog } from '@/lib/widgets/catalog';
import { createWidgetMatcher } from '@/lib/widgets/detect';
import { pageProbesOf } from '@/lib/widgets/page-probes';
import { createCookieClassifier } from '@/lib/cookies/classify';
import { knownCookies } from '@/lib/cookies/known-cookies';
import { trackerHosts } from '@/lib/trackers/tracker-hosts';
import { rankPolicyLinks } from '@/lib/policy/discover';
import { parseMessage, parsePolicyLinks, contentScriptMessageTypes, POLICY_LINKS_HOOK, PAGE_SCAN_HOOK, type Message } from '@/lib/messages';
import { TabStore } from '@/lib/findings/tab-store';
import { newTabState, withPageSignals, withRequest, signalsOf, type TabState } from '@/lib/findings/tab-state';
import { buildTabReport, cookieSitesOf, thirdPartyHostsOf, trackersOf } from '@/lib/findings/build-report';
import type { TabReport } from '@/lib/findings/tab-report';
import { siteOf } from '@/lib/cookies/party';
import { hostnameOf } from '@/lib/widgets/host-match';
import { fetchPolicy } from '@/lib/policy/fetch-policy';
import { storageAreaStore } from '@/lib/policy/policy-cache';
import { loadFirstPolicy, loadPolicy, type PolicyLoaderDeps, type PolicyResult } from '@/lib/policy/load-policy';
import { sitePolicyCandidates } from '@/lib/policy/policy-candidates';
import { DOMParser as LinkedomParser } from 'linkedom';
import { probeGlobals } from './globals-probe';
import { readCookies } from './read-cookies';
import { showBadge } from './badge';

const matchWidgets = createWidgetMatcher(widgetCatalog);
const classifyCookie = createCookieClassifier(widgetCatalog, knownCookies, trackerHosts);
const { globalNames } = pageProbesOf(widgetCatalog);
const reportDeps = { matchWidgets, classifyCookie, trackerHosts, rankPolicyLinks };

/** Badge count without reading cookies: widgets seen by page signals and requests, plus trackers. */
function badgeCount(state: TabState): number {
  const widgets = matchWidgets(signalsOf(state));
  return widgets.length + trackersOf(thirdPartyHostsOf(state), trackerHosts).length;
}

let badgeTimer: ReturnType<typeof setTimeout> | null = null;
const badgeQueue = new Map<number, TabState>();
const store = new TabStore(browser.storage.session, 250, (state) => {
  // Recount at most a few times a second however many requests arrive.
  badgeQueue.set(state.tabId, state);
  badgeTimer ??= setTimeout(() => {
    badgeTimer = null;
    for (const [tabId, queued] of badgeQueue) void showBadge(tabId, badgeCount(queued));
    badgeQueue.clear();
  }, 200);
});

/** Top-level site as the cookies API names partitions ("https://example.com"). */
function topLevelSiteOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${siteOf(parsed.hostname)}`;
  } catch {
    return null;
  }
}

/**
 * Asks the tab's content script (its isolated world, invisible to the page) for a fresh look at
 * the page, and for its policy links when `withLinks`. Nothing when it cannot answer.
 */
async function askContentScript(tabId: number, withLinks: boolean) {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (scanHook: string, linksHook: string | null) => {
        const call = (name: string | null) => {
          const hook = name === null ? undefined : (globalThis as Record<string, unknown>)[name];
          return typeof hook === 'function' ? (hook as () => unknown)() : null;
        };
        return { page: call(scanHook), links: call(linksHook) };
      },
      args: [PAGE_SCAN_HOOK, withLinks ? POLICY_LINKS_HOOK : null],
    });
    const answer = result?.result as { page?: unknown; links?: unknown } | undefined;
    const page = parseMessage(answer?.page);
    return {
      page: page.ok && page.message.type === 'page-signals' ? page.message : null,
      links: parsePolicyLinks(answer?.links) ?? [],
    };
  } catch {
    return { page: null, links: [] };
  }
}

async function reportFor(tabId: number): Promise<TabReport | null> {
  const known = await store.get(tabId);
  if (!known) return null;
  const [globals, look, tab] = await Promise.all([
    probeGlobals(tabId, globalNames),
    askContentScript(tabId, known.policyLinks.length === 0),
    browser.tabs.get(tabId).catch(() => null),
  ]);
  // The tab's own URL is the truth (an SPA may have navigated since the last page report).
  const tabUrl = tab?.url && /^https?:/.test(tab.url) ? tab.url : null;
  const now = Date.now();
  const state =
    (await store.update(
      tabId,
      (current) => {
        if (!current) return current;
        let next = current;
        if (look.page) next = withPageSignals(next, look.page.url, look.page.signals, undefined, now, look.page.documentOrigin);
        if (globals.length || look.links.length || (tabUrl && tabUrl !== next.url)) {
          next = withPageSignals(next, tabUrl ?? next.url, { ...next.pageSignals, globals }, look.links, now);
        }
        return next;
      },
      true,
    )) ?? known;
  const cookies = await readCookies(cookieSitesOf(state), topLevelSiteOf(state.url));
  return buildTabReport(state, cookies, reportDeps);
}

/** Chrome's service worker has no DOM: linkedom parses policy pages there; Firefox's event page has DOMParser. */
const parseHtml = (html: string): Document =>
  typeof DOMParser === 'function'
    ? new DOMParser().parseFromString(html, 'text/html')
    : (new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document);

const policyDeps: PolicyLoaderDeps = {
  fetchPolicy,
  parseHtml,
  store: storageAreaStore(browser.storage.local),
  now: () => Date.now(),
};

const manualPolicyKey = (site: string) => `policy-override:${site}`;

/** The site's policy (the user's chosen URL first), or a vendor's from the catalogue. */
async function policyFor(tabId: number, vendorId?: string, force = false): Promise<PolicyResult | null> {
  const report = await reportFor(tabId);
  if (!report) return null;
  if (vendorId !== undefined) {
    const vendor = widgetCatalog.find((widget) => widget.id === vendorId);
    if (!vendor) return null;
    return loadPolicy(vendor.policyUrl, policyDeps, { force });
  }
  const stored = (await browser.storage.local.get(manualPolicyKey(report.site)))[manualPolicyKey(report.site)];
  const manualUrl = typeof stored === 'string' ? stored : null;
  const candidates = sitePolicyCandidates(report, manualUrl);
  if (force && candidates[0]) return loadPolicy(candidates[0], policyDeps, { force });
  return loadFirstPolicy(candidates, policyDeps);
}

/** Messages from extension pages (popup, dashboard) come with an extension URL and no web tab. */
function isFromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

async function handle(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'page-signals': {
      // The tab is the sender's: a page can only ever report about itself.
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return { ok: false, error: 'page-signals only from a top frame' };
      const now = Date.now();
      await store.update(
        tabId,
        (state) => withPageSignals(state ?? newTabState(tabId, message.url, now), message.url, message.signals, undefined, now, message.documentOrigin),
        true,
      );
      // Widgets define their globals as they boot: look now that the page has changed.
      const globals = await probeGlobals(tabId, globalNames);
      if (globals.length) {
        await store.update(tabId, (state) => state && withPageSignals(state, state.url, { ...state.pageSignals, globals }, undefined, Date.now()), true);
      }
      return { ok: true };
    }
    case 'get-tab-report': {
      const report = await reportFor(message.tabId);
      return report ? { ok: true, report } : { ok: false, error: 'no-data' };
    }
    case 'get-policy': {
      const policy = await policyFor(message.tabId, message.vendorId, message.force);
      return policy ? { ok: true, policy } : { ok: false, error: 'no-data' };
    }
    case 'set-policy-url': {
      const report = await reportFor(message.tabId);
      if (!report) return { ok: false, error: 'no-data' };
      await browser.storage.local.set({ [manualPolicyKey(report.site)]: message.url });
      return { ok: true, policy: await loadPolicy(message.url, policyDeps, { force: true }) };
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      console.warn('[background] dropped message:', parsed.error);
      return undefined;
    }
    if (!contentScriptMessageTypes.has(parsed.message.type) && !isFromExtensionPage(sender)) {
      console.warn('[background] dropped', parsed.message.type, 'from a web page');
      return Promise.resolve({ ok: false, error: 'not allowed from a web page' });
    }
    return handle(parsed.message, sender).catch((error: unknown) => {
      console.error('[background]', parsed.message.type, error);
      return { ok: false, error: String(error) };
    });
  });

  browser.webRequest.onBeforeRequest.addListener(
    (details) => {
      if (details.tabId < 0) return undefined;
      const now = Date.now();
      if (details.type === 'main_frame') {
        // A new document: start over (the same tab may have shown another site before).
        void store.update(details.tabId, () => newTabState(details.tabId, details.url, now), true);
      } else if (hostnameOf(details.url)) {
        // No state yet (the worker started after the page did): begin one; the content
        // script's report fills in the page URL.
        const pageUrl = details.initiator ?? (details as { documentUrl?: string }).documentUrl ?? '';
        void store.update(details.tabId, (state) => withRequest(state ?? newTabState(details.tabId, pageUrl, now), details.url, now));
      }
      return undefined;
    },
    { urls: ['<all_urls>'] },
  );

  browser.tabs.onRemoved.addListener((tabId) => void store.remove(tabId));

  // For the command line and tests: read a tab's findings from the running extension.
  (globalThis as Record<string, unknown>).privacyInspector = { reportFor, policyFor, flush: () => store.flush() };
});
