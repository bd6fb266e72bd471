import { collectDocumentSignals, markerProbesOf, signalsKey } from '@/lib/page/collect-signals';
import { createScanScheduler, browserClock } from '@/lib/page/scan-scheduler';
import { collectLinkCandidates } from '@/lib/policy/collect-links';
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
 * Gathers what the page shows (scripts, frames, catalogue markers) for the background, where
 * the analysis happens: when the DOM changes (batched, at idle: tag managers inject widgets
 * seconds after load; SPA views), and when the background asks (popup, scan). Policy links are
 * collected only when the background asks.
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

    const look = (): PageSignalsMessage => {
      const url = location.href;
      const signals = collectDocumentSignals(document, markerProbes);
      lastKey = signalsKey(url, signals);
      return { type: 'page-signals', url, documentOrigin: performance.timeOrigin, signals: { ...signals, globals: [] } };
    };

    const scan = () => {
      const before = lastKey;
      const message = look();
      if (lastKey === before) return;
      runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or updated: this script is orphaned, stop watching.
        observer.disconnect();
      });
    };

    // The background collects policy links on demand (scripting.executeScript in this isolated
    // world, invisible to the page); registering a message listener here would cost every page.
    (globalThis as Record<string, unknown>)[POLICY_LINKS_HOOK] = () => collectLinkCandidates(document);
    (globalThis as Record<string, unknown>)[PAGE_SCAN_HOOK] = look;

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
    // No look at load: the background sees the page's requests itself and asks for a look
    // (PAGE_SCAN_HOOK) when the findings are wanted; this script reports changes after load,
    // which is when widgets arrive (tag managers, chat loaders, SPA views).
  },
});
