/**
 * When to write a tab's visit to the history: once its page has settled, never on the page's
 * critical path. Each report of the page (the detector sends them after the load event, at
 * idle) pushes the write back by `settleMs`, up to `maxWaitMs` after the first; a tab's
 * writes are coalesced into one. The write then reads only what the background already holds
 * (no script runs in the page for it).
 */
export interface VisitTimerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface VisitTimerOptions {
  readonly settleMs: number;
  readonly maxWaitMs: number;
}

export const visitTimerDefaults: VisitTimerOptions = { settleMs: 3_000, maxWaitMs: 15_000 };

/** `record(tabId, newVisit)`: `newVisit` is false for a later report of a document already recorded. */
export function createVisitTimer(record: (tabId: number, newVisit: boolean) => void, clock: VisitTimerClock, options: VisitTimerOptions = visitTimerDefaults) {
  const pending = new Map<number, { handle: unknown; firstAt: number; documentOrigin: number }>();
  /** The last document recorded per tab, so that its later reports are not counted as visits. */
  const recorded = new Map<number, number>();

  const fire = (tabId: number) => {
    const entry = pending.get(tabId);
    if (!entry) return;
    pending.delete(tabId);
    const newVisit = recorded.get(tabId) !== entry.documentOrigin;
    recorded.set(tabId, entry.documentOrigin);
    record(tabId, newVisit);
  };

  return {
    /** A report of the tab's page (document `documentOrigin`, its `performance.timeOrigin`) arrived. */
    schedule(tabId: number, documentOrigin: number): void {
      const now = clock.now();
      const held = pending.get(tabId);
      if (held) clock.clearTimeout(held.handle);
      // A new document while one is pending: the pending one is written first, then this one waits.
      if (held && held.documentOrigin !== documentOrigin) fire(tabId);
      const firstAt = held && held.documentOrigin === documentOrigin ? held.firstAt : now;
      const wait = Math.max(0, Math.min(options.settleMs, firstAt + options.maxWaitMs - now));
      pending.set(tabId, { handle: clock.setTimeout(() => fire(tabId), wait), firstAt, documentOrigin });
    },
    /** The tab closed or went private: nothing more is written for it. */
    forget(tabId: number): void {
      const held = pending.get(tabId);
      if (held) clock.clearTimeout(held.handle);
      pending.delete(tabId);
      recorded.delete(tabId);
    },
    pendingTabs: () => [...pending.keys()],
  };
}
