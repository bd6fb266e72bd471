import { collectDocumentSignals, combineSelectors, signalsKey } from '@/lib/page/collect-signals';
import { createScanScheduler, browserClock } from '@/lib/page/scan-scheduler';
import { collectLinkCandidates } from '@/lib/policy/collect-links';
import type { PageSignalsMessage } from '@/lib/messages';

/**
 * Gathers what the page shows (scripts, frames, catalogue markers, cookie names, policy links)
 * and reports it to the background; analysis happens there. Runs once at idle, then again,
 * batched, when the DOM changes (tag managers inject widgets seconds after load) or the URL
 * changes (SPA navigations).
 */
/**
 * The extension runtime without the webextension polyfill: the content script runs on every
 * page, and sending one promise-returning message is all it needs (Chrome MV3 and Firefox both
 * return promises from `runtime.sendMessage`).
 */
const runtime: { sendMessage(message: unknown): Promise<unknown> } =
  (globalThis as { browser?: { runtime?: { sendMessage(message: unknown): Promise<unknown> } } }).browser?.runtime ?? (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const { markerSelectors } = __PAGE_PROBES__;
    const combined = combineSelectors(markerSelectors, (selector) => {
      try {
        document.createDocumentFragment().querySelector(selector);
        return true;
      } catch {
        return false;
      }
    });
    let lastKey = '';
    let linksSentFor = '';

    const scan = () => {
      const url = location.href;
      const signals = collectDocumentSignals(document, markerSelectors, combined);
      const key = signalsKey(url, signals);
      if (key === lastKey) return;
      lastKey = key;
      const message: PageSignalsMessage = { type: 'page-signals', url, documentOrigin: performance.timeOrigin, signals: { ...signals, globals: [] } };
      if (linksSentFor !== url) {
        linksSentFor = url;
        (message as { policyLinks?: PageSignalsMessage['policyLinks'] }).policyLinks = collectLinkCandidates(document);
      }
      runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or updated: this script is orphaned, stop watching.
        observer.disconnect();
      });
    };

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
    scan();
  },
});
