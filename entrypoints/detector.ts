import { collectDocumentSignals, markerProbesOf, signalsKey } from '@/lib/page/collect-signals';
import { createScanScheduler, browserClock } from '@/lib/page/scan-scheduler';
import { collectLinkCandidates } from '@/lib/policy/collect-links';
import { POLICY_LINKS_HOOK, type PageSignalsMessage } from '@/lib/messages';

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
 * Gathers what the page shows (scripts, frames, catalogue markers) and reports it
 * to the background; analysis happens there. Looks once the page has loaded and is idle, then
 * again, batched, when the DOM changes (tag managers inject widgets seconds after load) or the
 * URL changes (SPA navigations). Policy links are collected only when the background asks.
 */
/**
 * Declared in the manifest by wxt.config.ts (content_scripts, document_idle, http and https).
 * It is an unlisted script rather than a WXT content script on purpose: WXT's content-script
 * context announces itself to the page on every load (a window.postMessage and a document event
 * named after our extension id), which any site could use to detect this extension.
 */
export default defineUnlistedScript({
  main() {
    // Selectors are checked by the catalogue's tests; one this browser cannot parse finds nothing.
    const markerProbes = markerProbesOf(__PAGE_PROBES__.markerSelectors, () => true);
    let lastKey = '';

    const scan = () => {
      const url = location.href;
      const signals = collectDocumentSignals(document, markerProbes);
      const key = signalsKey(url, signals);
      if (key === lastKey) return;
      lastKey = key;
      const message: PageSignalsMessage = { type: 'page-signals', url, documentOrigin: performance.timeOrigin, signals: { ...signals, globals: [] } };
      runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or updated: this script is orphaned, stop watching.
        observer.disconnect();
      });
    };

    // The background collects policy links on demand (scripting.executeScript in this isolated
    // world, invisible to the page); registering a message listener here would cost every page.
    (globalThis as Record<string, unknown>)[POLICY_LINKS_HOOK] = () => collectLinkCandidates(document);

    const scheduler = createScanScheduler(scan, browserClock);
    const observer = new MutationObserver((mutations) => {
      if (scheduler.pending) return;
      for (const mutation of mutations) {
        if (mutation.addedNodes.length > 0 || mutation.type === 'attributes') {
          scheduler.request();
          return;
        }
      }
    });
    // `src` changes matter too: loaders often create a script, then set its source.
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
    addEventListener('popstate', () => scheduler.request());
    addEventListener('hashchange', () => scheduler.request());
    // The first look waits for the load event and an idle moment: never on the page's critical path.
    if (document.readyState === 'complete') scheduler.request();
    else addEventListener('load', () => scheduler.request(), { once: true });
  },
});
