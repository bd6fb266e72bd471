/** Timer functions the scheduler uses; injected so tests can drive time. */
export interface SchedulerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  /** `requestIdleCallback` where the browser has it; a plain timeout otherwise. */
  whenIdle(callback: () => void, timeoutMs: number): void;
}

export const browserClock: SchedulerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  whenIdle: (callback, timeoutMs) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => callback(), { timeout: timeoutMs });
    else setTimeout(callback, 1);
  },
};

/**
 * Coalesces many "something changed" calls (DOM mutations) into at most one scan per
 * `minIntervalMs`, run when the main thread is idle. A page adding thousands of nodes costs
 * one scan, not thousands.
 */
export function createScanScheduler(scan: () => void, clock: SchedulerClock, minIntervalMs = 500, idleTimeoutMs = 1000) {
  let pending = false;
  let lastRun = -Infinity;
  const run = () => {
    pending = false;
    lastRun = clock.now();
    scan();
  };
  return {
    request(): void {
      if (pending) return;
      pending = true;
      const wait = lastRun + minIntervalMs - clock.now();
      // No timer when there is nothing to wait out: every callback costs the page a little.
      if (wait <= 0) clock.whenIdle(run, idleTimeoutMs);
      else clock.setTimeout(() => clock.whenIdle(run, idleTimeoutMs), wait);
    },
    /** True while a scan is scheduled and has not run yet. */
    get pending(): boolean {
      return pending;
    },
  };
}
