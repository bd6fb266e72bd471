import { browser } from 'wxt/browser';
import { widgetCatalog } from '@/lib/widgets/catalog';
import { pageProbesOf } from '@/lib/widgets/page-probes';
import { collectDocumentSignals, combineSelectors, signalsKey } from '@/lib/page/collect-signals';
import { createScanScheduler, browserClock } from '@/lib/page/scan-scheduler';
import { collectLinkCandidates } from '@/lib/policy/discover';
import type { PageSignalsMessage } from '@/lib/messages';

/**
 * Gathers what the page shows (scripts, frames, catalogue markers, cookie names, policy links)
 * and reports it to the background; analysis happens there. Runs once at idle, then again,
 * batched, when the DOM changes (tag managers inject widgets seconds after load) or the URL
 * changes (SPA navigations).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const { markerSelectors } = pageProbesOf(widgetCatalog);
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
      const message: PageSignalsMessage = { type: 'page-signals', url, signals: { ...signals, globals: [] } };
      if (linksSentFor !== url) {
        linksSentFor = url;
        (message as { policyLinks?: PageSignalsMessage['policyLinks'] }).policyLinks = collectLinkCandidates(document);
      }
      browser.runtime.sendMessage(message).catch(() => {
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
