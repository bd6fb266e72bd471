import { collectDocumentSignals, markerProbesOf, signalsKey, type DocumentSignals } from '@/lib/page/collect-signals';
import { createScanScheduler, browserClock } from '@/lib/page/scan-scheduler';
import { afterLoad } from '@/lib/page/after-load';
import { createRequestUrlCollector, hasOtherOrigin } from '@/lib/page/request-urls';
import { collectLinkCandidates } from '@/lib/policy/find/collect-links';
import { POLICY_LINKS_HOOK, PAGE_SCAN_HOOK, type PageSignalsMessage } from '@/lib/messages';

interface RawRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * The extension runtime without the webextension polyfill: the content script runs on every
 * page, and Chrome MV3 and Firefox both return promises from `runtime.sendMessage`
 * (wxt.config.ts keeps the polyfill out of this bundle).
 */
const runtime: RawRuntime =
  (globalThis as { browser?: { runtime?: RawRuntime } }).browser?.runtime ?? (globalThis as unknown as { chrome: { runtime: RawRuntime } }).chrome.runtime;

/**
 * Gathers what the page shows (scripts, frames, catalogue markers) and which URLs it requested
 * (resource timing), for the background, where the analysis happens. It reports after the load
 * event, batched at idle, when something is new: requests (the page's own, then late widgets),
 * DOM changes (tag managers inject widgets seconds after load; SPA views). The background asks
 * for a fresh look when the findings are wanted (popup, scan). Policy links are collected only
 * when the background asks.
 *
 * Injected by the background into each http(s) top frame once it has loaded (see
 * lib/page/page-scripts.ts), into the page's isolated world. It is an unlisted script rather
 * than a WXT content script on purpose: WXT's content-script context announces itself to the
 * page on every load (a window.postMessage and a document event named after our extension id),
 * which any site could use to detect this extension.
 */
export default defineUnlistedScript({
  main() {
    // Injected by the background after load, and again when the popup finds no answer: once per document.
    if (PAGE_SCAN_HOOK in globalThis) return;
    // Selectors are checked by the catalogue's tests; one this browser cannot parse finds nothing.
    const markerProbes = markerProbesOf(__PAGE_PROBES__.markerSelectors, () => true);
    const requests = createRequestUrlCollector();
    /** The DOM changed (or the URL did) since the last look; the first report after load is requests only. */
    let domChanged = false;
    let lastKey = '';
    /** How many of `requests.urls` the background has already been given. */
    let requestsSent = 0;

    /** A report of the page: the DOM read again only when `withDom` (it is the costly part). */
    const report = (withDom: boolean, allRequests: boolean): PageSignalsMessage => {
      const url = location.href;
      let dom: DocumentSignals = { scriptUrls: [], frameUrls: [], markers: [] };
      if (withDom) {
        dom = collectDocumentSignals(document, markerProbes);
        lastKey = signalsKey(url, dom);
        domChanged = false;
      }
      const requestUrls = allRequests ? requests.urls.slice() : requests.urls.slice(requestsSent);
      requestsSent = requests.urls.length;
      return { type: 'page-signals', url, documentOrigin: performance.timeOrigin, signals: { ...dom, globals: [], requestUrls } };
    };

    /**
     * Whether this document has reported yet. Its first look after load is always sent, so that
     * a quiet page (no request to another origin, no change after load) is known to the
     * background too, and kept in the history (issue 11): one message per document, at idle.
     */
    let announced = false;

    const scan = () => {
      const keyBefore = lastKey;
      const newRequests = requests.urls.length > requestsSent;
      const message = report(domChanged, false);
      if (announced && lastKey === keyBefore && !newRequests) return;
      announced = true;
      runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or updated: this script is orphaned, stop watching.
        mutationObserver.disconnect();
        resourceObserver?.disconnect();
      });
    };

    // The background collects policy links on demand (scripting.executeScript in this isolated
    // world, invisible to the page); registering a message listener here would cost every page.
    (globalThis as Record<string, unknown>)[POLICY_LINKS_HOOK] = () => collectLinkCandidates(document);
    (globalThis as Record<string, unknown>)[PAGE_SCAN_HOOK] = () => report(true, true);

    const scheduler = createScanScheduler(scan, browserClock);
    // Nothing is reported before the load event (or before a page that never finishes loading
    // counts as loaded): the page's loading has the main thread to itself.
    let loaded = false;
    // Before the load event nothing is asked: the look after load covers what changed till then.
    const requestScan = () => {
      if (loaded) scheduler.request();
    };
    afterLoad(() => {
      loaded = true;
      // One look after load in any case (see `announced`); later ones only when something changes.
      scheduler.request();
    });

    const mutationObserver = new MutationObserver((mutations) => {
      if (domChanged) return;
      for (const mutation of mutations) {
        if (mutation.addedNodes.length > 0 || mutation.type === 'attributes') {
          domChanged = true;
          requestScan();
          return;
        }
      }
    });
    // `src` changes matter too: loaders often create a script, then set its source.
    mutationObserver.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
    const navigated = () => {
      domChanged = true;
      requestScan();
    };
    addEventListener('popstate', navigated);
    addEventListener('hashchange', navigated);

    // Which hosts the page loads from, without the webRequest permission (with it, Chrome routes
    // every request of every page through the browser process: measured +5 % page load).
    // `buffered` delivers what loaded before this script ran; later entries (late widgets,
    // fetches) arrive as they finish. A request to another origin asks for a report (after the
    // load event, at idle); the page's own requests wait for the next report or look.
    let resourceObserver: PerformanceObserver | null = null;
    try {
      resourceObserver = new PerformanceObserver((list) => {
        const known = requests.urls.length;
        if (requests.add(list.getEntries()) && hasOtherOrigin(requests.urls, known, location.origin)) requestScan();
      });
      resourceObserver.observe({ type: 'resource', buffered: true });
    } catch {
      // No resource timing here: the DOM and the on-demand look still report scripts and frames.
    }
  },
});
