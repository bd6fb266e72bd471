import { browser, type Browser } from 'wxt/browser';
import { widgetCatalog } from '@/lib/widgets/catalog';
import { createWidgetMatcher } from '@/lib/widgets/detect';
import { pageProbesOf } from '@/lib/widgets/page-probes';
import { createCookieClassifier } from '@/lib/cookies/classify';
import { knownCookies } from '@/lib/cookies/known-cookies';
import { createStorageClassifier } from '@/lib/storage/classify-storage';
import { vendorStorageKeys } from '@/lib/storage/vendor-storage-keys';
import { storageItemsOf, vendorFramesOf } from '@/lib/storage/frame-storage';
import { readFrameStorage } from './read-frame-storage';
import { trackerHosts } from '@/lib/trackers/tracker-hosts';
import { rankPolicyLinks } from '@/lib/policy/find/discover';
import { parseMessage, parsePolicyLinks, contentScriptMessageTypes, POLICY_LINKS_HOOK, PAGE_SCAN_HOOK, type Message } from '@/lib/messages';
import { TabStore } from '@/lib/findings/tab-store';
import { withPageReport, withPageSignals, signalsOf, type TabState } from '@/lib/findings/tab-state';
import { buildTabReport, cookieSitesOf, thirdPartyHostsOf, trackersOf } from '@/lib/findings/build-report';
import type { TabReport } from '@/lib/findings/tab-report';
import { siteOf } from '@/lib/cookies/party';
import { hostnameOf } from '@/lib/widgets/host-match';
import { fetchPolicy } from '@/lib/policy/fetch/fetch-policy';
import { storageAreaStore } from '@/lib/policy/fetch/policy-cache';
import { cachedFirstPolicy, cachedPolicy, loadFirstPolicy, loadPolicy, type PolicyLoaderDeps, type PolicyResult } from '@/lib/policy/fetch/load-policy';
import { findMismatches } from '@/lib/practice/find-mismatches';
import { practiceInputOf, signalsSentFor } from '@/lib/practice/practice-input';
import type { PracticeFindings } from '@/lib/practice/practice-findings';
import { sitePolicyCandidates } from '@/lib/policy/find/policy-candidates';
import { createPolicyFetchLanes } from '@/lib/net/policy-fetch-lanes';
import { ownNetworkHostOfUrl } from '@/lib/net/own-network-host';
import { blockOwnNetwork, unblockOwnNetwork } from './own-network-rules';
import { DOMParser as LinkedomParser } from 'linkedom';
import { probeGlobals } from './globals-probe';
import { injectDetector, registerPageScripts } from './page-scripts';
import { readCookies } from './read-cookies';
import { cookieStoreIdOf } from './cookie-store';
import { memoryPolicyStore } from '@/lib/policy/fetch/memory-policy-store';
import { showBadge } from './badge';
import { consentStatusFor, handleConsentMessage, registerAutoconsent } from './autoconsent';
import { isConsentEnvelope } from '@/lib/consent/consent-messages';
import { createSettingsStore } from './settings-store';
import { applySettings } from './apply-settings';
import { createActionHandler, type TabContext } from './actions';
import { UndoStore } from '@/lib/actions/undo-store';
import { registerOptOutRestore } from './opt-out-restore';
import { blockTargetsOf } from '@/lib/blocking/block-targets';
import { withPolicyOverride } from '@/lib/settings/settings-changes';
import { HistoryDb } from '@/lib/history/history-db';
import { siteActionOf } from '@/lib/history/action-of';
import type { ActionMessage } from '@/lib/actions/action-messages';
import { createHistoryRecorder } from './history-recorder';
import { createChatOnClick } from './chat-on-click';

const matchWidgets = createWidgetMatcher(widgetCatalog);
const classifyCookie = createCookieClassifier(widgetCatalog, knownCookies, trackerHosts);
const { globalNames } = pageProbesOf(widgetCatalog);
const classifyStorage = createStorageClassifier(widgetCatalog, vendorStorageKeys);
const storageFramesOf = vendorFramesOf(widgetCatalog);
const reportDeps = { matchWidgets, classifyCookie, classifyStorage, trackerHosts, rankPolicyLinks };

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
 * the page, and for its policy links unless the state of this very document (`knownDocument`,
 * its `performance.timeOrigin`) already has them. Nothing when it cannot answer: no detector
 * runs there (not http or https, a browser page, an error page, a page still loading).
 */
async function askContentScript(tabId: number, knownDocument: number | null) {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (scanHook: string, linksHook: string, documentWithLinks: number | null) => {
        const call = (name: string) => {
          const hook = (globalThis as Record<string, unknown>)[name];
          return typeof hook === 'function' ? (hook as () => unknown)() : null;
        };
        const page = call(scanHook);
        const sameDocument = documentWithLinks !== null && documentWithLinks === performance.timeOrigin;
        return { page, links: page === null || sameDocument ? null : call(linksHook) };
      },
      args: [PAGE_SCAN_HOOK, POLICY_LINKS_HOOK, knownDocument],
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

/**
 * The tab's state after a fresh look of its content script, joined with what it reported before
 * (late widgets, requests). The look also tells which document the tab shows: when it is not the
 * stored one (a navigation, a back/forward-cache restore) or nothing is stored yet (the page
 * never reported), the state starts from the look. `probe`: also look for widget globals
 * in the page's own world (for findings; an action only needs to know the page). Null when no
 * content script answers.
 */
async function freshStateFor(tabId: number, probe: boolean): Promise<TabState | null> {
  const known = await store.get(tabId);
  const knownDocument = known && known.policyLinks.length > 0 ? known.documentOrigin : null;
  const [globals, firstLook, tab] = await Promise.all([
    probe ? probeGlobals(tabId, globalNames) : Promise.resolve(null),
    askContentScript(tabId, knownDocument),
    browser.tabs.get(tabId).catch(() => null),
  ]);
  // No detector yet: the page is still loading, or its injection failed.
  const look = firstLook.page || !(await injectDetector(tabId)) ? firstLook : await askContentScript(tabId, knownDocument);
  const page = look.page;
  if (!page) return null;
  // The tab's own URL is the truth (an SPA may have navigated since the last page report).
  const tabUrl = tab?.url && /^https?:/.test(tab.url) ? tab.url : null;
  const now = Date.now();
  return store.update(
    tabId,
    (current) => {
      const sameDocument = current !== null && current.documentOrigin === page.documentOrigin;
      let next = withPageReport(sameDocument ? current : null, tabId, page, now, look.links);
      if (globals?.length || (tabUrl && tabUrl !== next.url)) {
        next = withPageSignals(next, tabUrl ?? next.url, { ...next.pageSignals, globals: globals ?? next.pageSignals.globals }, undefined, now);
      }
      return next;
    },
    true,
  );
}

/** The tab's findings: its fresh state, its cookies and what they all mean. Null when no content script answers. */
async function reportFor(tabId: number): Promise<TabReport | null> {
  const [state, tab] = await Promise.all([freshStateFor(tabId, true), browser.tabs.get(tabId).catch(() => null)]);
  if (!state) return null;
  const [storeId, frames] = await Promise.all([tab ? cookieStoreIdOf(tab) : Promise.resolve(undefined), readFrameStorage(tabId).then(storageFramesOf)]);
  // A vendor's frame may set cookies on the vendor's site without the top page ever requesting from it.
  const frameSites = frames.map((frame) => siteOf(hostnameOf(frame.origin) ?? '')).filter(Boolean);
  const cookies = await readCookies([...new Set([...cookieSitesOf(state), ...frameSites])], topLevelSiteOf(state.url), storeId);
  return buildTabReport(state, cookies, reportDeps, storageItemsOf(frames));
}

/** Chrome's service worker has no DOM: linkedom parses policy pages there; Firefox's event page has DOMParser. */
const parseHtml = (html: string): Document =>
  typeof DOMParser === 'function'
    ? new DOMParser().parseFromString(html, 'text/html')
    : (new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document);

const policyFetches = createPolicyFetchLanes({ fetchPolicy, blockOwnNetwork, unblockOwnNetwork });
const policyStore = storageAreaStore(browser.storage.local);

/** The user's own choice (a policy URL typed in the popup): fetched wherever it leads. */
const userChoiceDeps: PolicyLoaderDeps = { fetchPolicy: policyFetches.forUser, parseHtml, store: policyStore, now: () => Date.now() };

/**
 * A URL a page gave us (its links, the usual paths, a vendor it embeds): no hop may reach the
 * user's own network (issue 9, 1). `proxied`: scan with a proxy, where only URL checks apply.
 */
const pageBehalfDeps = (proxied = false): PolicyLoaderDeps => ({
  ...userChoiceDeps,
  fetchPolicy: (url, options) => policyFetches.forPage(url, { ...options, proxied }),
});

/**
 * Private (incognito) tabs: their policies are cached and their chosen policy URLs kept only in
 * memory, forgotten with the last private window, so that nothing of a private visit reaches disk.
 */
const privatePolicyStore = memoryPolicyStore();
/** The same loader, with a private tab's cache in memory instead of `storage.local`. */
const inPrivate = (deps: PolicyLoaderDeps, isPrivate: boolean): PolicyLoaderDeps => (isPrivate ? { ...deps, store: privatePolicyStore } : deps);
const privatePolicyOverrides = new Map<string, string>();

async function isPrivateTab(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab?.incognito ?? false;
}

const blockTargets = blockTargetsOf(widgetCatalog, trackerHosts);
const settingsStore = createSettingsStore((settings) => applySettings(settings, blockTargets));

/**
 * The tab's page as the background knows it: the only source of the site an action touches. A
 * fresh look at the tab's current document, without reading cookies or probing page globals,
 * which only findings need (the popup asks for both when it opens).
 */
async function tabContextOf(tabId: number): Promise<TabContext | null> {
  const [state, tab] = await Promise.all([freshStateFor(tabId, false), browser.tabs.get(tabId).catch(() => null)]);
  const host = state ? hostnameOf(state.url) : null;
  if (!state || !host || !tab) return null;
  const storeId = await cookieStoreIdOf(tab);
  return { url: state.url, site: siteOf(host), cookieSites: cookieSitesOf(state), topLevelSite: topLevelSiteOf(state.url), incognito: tab.incognito, storeId };
}

/**
 * Undo records share `storage.session` with the tab states; when it is full, the oldest tab
 * states make room for one (a fresh look of its page rebuilds a state when it is wanted).
 */
const undoStore = new UndoStore({
  area: browser.storage.session,
  now: () => Date.now(),
  randomId: () => crypto.randomUUID(),
  makeRoom: (bytes) => store.evictOldest(bytes),
});

/** The local history (lib/history/): written here after pages settle, read by the dashboard. */
const history = createHistoryRecorder({
  db: new HistoryDb(),
  settings: () => settingsStore.get(),
  stateOf: (tabId) => store.get(tabId),
  reportOf: async (state) => buildTabReport(state, await readCookies(cookieSitesOf(state), topLevelSiteOf(state.url)), reportDeps),
  consentFor: (tabId) => consentStatusFor(tabId),
  policyStore,
  // The same findings the popup shows, in English as `scan` prints them; the recorder never sees a private tab.
  mismatchesOf: async (report, state) => (await practiceOf(report, state, false)).mismatches,
});

/** What the user did on the tab's site goes into its history (never a private tab's). */
async function recordSiteAction(message: ActionMessage, reply: unknown): Promise<void> {
  const action = siteActionOf(message, reply, (id) => blockTargets.get(id)?.name ?? id, Date.now());
  if (!action || !('tabId' in message)) return;
  const [state, tab] = await Promise.all([store.get(message.tabId), browser.tabs.get(message.tabId).catch(() => null)]);
  const host = state ? hostnameOf(state.url) : null;
  if (host && tab) await history.actionDone(siteOf(host), tab.incognito, action);
}

/** Chat that loads on click: placeholders, the click's tab rules (entrypoints/background/chat-on-click.ts). */
const chatOnClick = createChatOnClick({ settings: () => settingsStore.get(), targets: blockTargets, catalog: widgetCatalog });

const handleAction = createActionHandler({
  chatOnClick,
  classifyCookie,
  settings: settingsStore,
  tabContext: tabContextOf,
  targets: blockTargets,
  catalog: widgetCatalog,
  consentStatusFor: (tabId) => consentStatusFor(tabId),
  undo: undoStore,
  storageFrames: (tabId) => readFrameStorage(tabId).then(storageFramesOf),
});

/**
 * The site's policy (the user's chosen URL first), or a vendor's from the catalogue. A page on
 * the user's own network (an intranet site, a local service) is part of that network already:
 * its own links are fetched as the user's choice would be.
 */
async function policyFor(tabId: number, vendorId?: string, force = false, route: { proxied?: boolean } = {}): Promise<PolicyResult | null> {
  const [report, isPrivate] = await Promise.all([reportFor(tabId), isPrivateTab(tabId)]);
  if (!report) return null;
  const forPage = inPrivate(pageBehalfDeps(route.proxied === true), isPrivate);
  const forUser = inPrivate(userChoiceDeps, isPrivate);
  if (vendorId !== undefined) {
    const vendor = widgetCatalog.find((widget) => widget.id === vendorId);
    if (!vendor) return null;
    return loadPolicy(vendor.policyUrl, forPage, { force });
  }
  const manualUrl = (isPrivate ? privatePolicyOverrides.get(report.site) : undefined) ?? (await settingsStore.get()).policyOverrides[report.site] ?? null;
  const pageOnOwnNetwork = ownNetworkHostOfUrl(report.url) !== null;
  const depsFor = (url: string) => (url === manualUrl || pageOnOwnNetwork ? forUser : forPage);
  const candidates = sitePolicyCandidates(report, manualUrl);
  if (force && candidates[0]) return loadPolicy(candidates[0], depsFor(candidates[0]), { force });
  return loadFirstPolicy(candidates, depsFor);
}

/**
 * Policy against practice for a tab: its findings set against the site's policy and its widget
 * vendors' as the cache holds them. Nothing is fetched: only policies the user (or `scan`)
 * already had read count, so looking costs no request and tells no one anything. Worded in
 * English (as `scan`, exports and the history keep them), with their messages: the popup says
 * them again in the user's language (components/MismatchList.svelte).
 */
async function practiceFor(tabId: number): Promise<PracticeFindings | null> {
  const [report, isPrivate, state] = await Promise.all([reportFor(tabId), isPrivateTab(tabId), store.get(tabId)]);
  if (!report) return null;
  return practiceOf(report, state, isPrivate);
}

/** practiceFor's findings of one report and the state it was made from (the history records a state it read before). */
async function practiceOf(report: TabReport, state: TabState | null, isPrivate: boolean): Promise<PracticeFindings> {
  const settings = await settingsStore.get();
  const cache = isPrivate ? privatePolicyStore : policyStore;
  const manualUrl = (isPrivate ? privatePolicyOverrides.get(report.site) : undefined) ?? settings.policyOverrides[report.site] ?? null;
  const candidates = sitePolicyCandidates(report, manualUrl);
  const [sitePolicy, vendorPolicies] = await Promise.all([
    cachedFirstPolicy(candidates, { store: cache }),
    Promise.all(
      report.widgets.map(async (widget) => {
        const spec = widgetCatalog.find((entry) => entry.id === widget.id);
        return { widgetId: widget.id, policy: spec ? await cachedPolicy(spec.policyUrl, { store: cache }) : null };
      }),
    ),
  ]);
  const signals = signalsSentFor(settings.privacySignals, state?.documentOrigin ?? 0);
  const mismatches = findMismatches(practiceInputOf(report, sitePolicy, vendorPolicies, signals, Date.now()));
  return { mismatches, sitePolicyRead: sitePolicy?.status === 'ready', signalsSent: signals.dnt };
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
      // Before the state changes: a pending visit of the previous document is read first.
      history.pageReported(tabId, message.documentOrigin, sender.tab?.incognito === true);
      // A report from a new document starts the tab afresh (see withPageReport).
      await store.update(tabId, (state) => withPageReport(state, tabId, message, Date.now()), true);
      // Widgets define their globals as they boot: look now that the page has changed.
      const globals = await probeGlobals(tabId, globalNames);
      if (globals.length) {
        await store.update(tabId, (state) => state && withPageSignals(state, state.url, { ...state.pageSignals, globals }, undefined, Date.now()), true);
      }
      // A chat that waits for a click gets its placeholder once the page shows it.
      const reported = await store.get(tabId);
      if (reported) {
        void chatOnClick
          .offerPlaceholders(tabId, reported.url, matchWidgets(signalsOf(reported)).map((widget) => widget.id))
          .catch((error: unknown) => console.warn('[chat-click]', error));
      }
      return { ok: true };
    }
    case 'load-chat':
      return chatOnClick.loadChat(message.widgetId, sender);
    case 'get-tab-report': {
      const report = await reportFor(message.tabId);
      return report ? { ok: true, report } : { ok: false, error: 'no-data' };
    }
    case 'get-mismatches': {
      const practice = await practiceFor(message.tabId);
      return practice ? { ok: true, practice } : { ok: false, error: 'no-data' };
    }
    case 'get-policy': {
      const policy = await policyFor(message.tabId, message.vendorId, message.force);
      // The policy (the site's or a widget vendor's) is now in the cache: the history's record of the visit picks it up, and the mismatches it makes.
      if (policy?.status === 'ready') history.policyRead(message.tabId, (await store.get(message.tabId))?.documentOrigin ?? null);
      return policy ? { ok: true, policy } : { ok: false, error: 'no-data' };
    }
    case 'set-policy-url': {
      const report = await reportFor(message.tabId);
      if (!report) return { ok: false, error: 'no-data' };
      if (await isPrivateTab(message.tabId)) {
        privatePolicyOverrides.set(report.site, message.url);
        return { ok: true, policy: await loadPolicy(message.url, inPrivate(userChoiceDeps, true), { force: true }) };
      }
      await settingsStore.update((settings) => withPolicyOverride(settings, report.site, message.url));
      return { ok: true, policy: await loadPolicy(message.url, userChoiceDeps, { force: true }) };
    }
    default: {
      const reply = await handleAction(message);
      void recordSiteAction(message, reply).catch((error: unknown) => console.warn('[history] action not recorded', error));
      return reply;
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // Cookie banners: the autoconsent content script's own channel (lib/consent/consent-messages.ts).
    if (isConsentEnvelope(raw)) return handleConsentMessage(raw, sender);
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

  // Rules and registered scripts persist in the browser; an update may change the catalogue's hosts.
  browser.runtime.onInstalled.addListener(() => {
    void settingsStore.get().then((settings) => applySettings(settings, blockTargets)).catch((error: unknown) => console.error('[settings]', error));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    history.forgetTab(tabId);
    void chatOnClick.forgetTab(tabId).catch((error: unknown) => console.warn('[chat-click]', error));
    void store.remove(tabId);
  });

  // Undo records: expired ones go at every start (and at every save); a private window's go
  // with the last private window (they were only ever in memory).
  void undoStore.prune().catch((error: unknown) => console.warn('[actions] undo prune failed', error));
  browser.windows.onRemoved.addListener(() => {
    void browser.windows.getAll().then((windows) => {
      if (windows.some((window) => window.incognito)) return;
      undoStore.forgetPrivate();
      privatePolicyStore.clear();
      privatePolicyOverrides.clear();
    });
  });

  registerAutoconsent(() => settingsStore.get());
  registerPageScripts();
  registerOptOutRestore(settingsStore, widgetCatalog);

  // For the command line and tests: read a tab's findings from the running extension.
  (globalThis as Record<string, unknown>).privacyInspector = { reportFor, policyFor, practiceFor, flush: () => store.flush(), consentFor: consentStatusFor };
});
