/**
 * How long after `DOMContentLoaded` a page without its `load` event counts as loaded anyway. An
 * image or frame that never finishes (a hanging ad server, a long poll) holds `load` back for as
 * long as it hangs; the page is on screen meanwhile, and so is its cookie banner.
 */
export const SLOW_PAGE_MS = 5000;

/** What `afterLoad` needs of a page; injected so tests can drive it. */
export interface LoadingPage {
  readyState(): DocumentReadyState;
  /** Milliseconds since `DOMContentLoaded` ended, null before it. */
  msSinceContentLoaded(): number | null;
  once(event: 'load' | 'DOMContentLoaded', listener: () => void): void;
  setTimeout(listener: () => void, ms: number): void;
}

export const browserPage: LoadingPage = {
  readyState: () => document.readyState,
  msSinceContentLoaded: () => {
    const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    return navigation && navigation.domContentLoadedEventEnd > 0 ? performance.now() - navigation.domContentLoadedEventEnd : null;
  },
  once: (event, listener) => addEventListener(event, listener, { once: true }),
  setTimeout: (listener, ms) => void setTimeout(listener, ms),
};

/**
 * Runs `run` once: now if the page has loaded, else at its `load` event or `slowMs` after its
 * `DOMContentLoaded`, whichever comes first. Our page scripts do their work only then, so that a
 * page still loading has the main thread to itself, and a page that never finishes still gets it.
 */
export function afterLoad(run: () => void, page: LoadingPage = browserPage, slowMs = SLOW_PAGE_MS): void {
  if (page.readyState() === 'complete') {
    run();
    return;
  }
  let done = false;
  const runOnce = () => {
    if (done) return;
    done = true;
    run();
  };
  page.once('load', runOnce);
  const startTimer = () => page.setTimeout(runOnce, Math.max(0, slowMs - (page.msSinceContentLoaded() ?? 0)));
  if (page.readyState() === 'loading') page.once('DOMContentLoaded', startTimer);
  else startTimer();
}
