import { describe, expect, it } from 'vitest';
import { afterLoad, type LoadingPage } from '../../../lib/page/after-load';

/** A page driven by hand: its events fire on `fire`, time moves on `advance`. */
class FakePage implements LoadingPage {
  state: DocumentReadyState;
  time = 0;
  contentLoadedAt: number | null;
  readonly listeners: { event: string; listener: () => void }[] = [];
  readonly timers: { at: number; listener: () => void }[] = [];

  constructor(state: DocumentReadyState, contentLoadedAt: number | null = null) {
    this.state = state;
    this.contentLoadedAt = contentLoadedAt;
  }

  readyState(): DocumentReadyState {
    return this.state;
  }

  msSinceContentLoaded(): number | null {
    return this.contentLoadedAt === null ? null : this.time - this.contentLoadedAt;
  }

  once(event: 'load' | 'DOMContentLoaded', listener: () => void): void {
    this.listeners.push({ event, listener });
  }

  setTimeout(listener: () => void, ms: number): void {
    this.timers.push({ at: this.time + ms, listener });
  }

  fire(event: 'load' | 'DOMContentLoaded'): void {
    if (event === 'DOMContentLoaded') {
      this.state = 'interactive';
      this.contentLoadedAt = this.time;
    } else this.state = 'complete';
    const due = this.listeners.filter((entry) => entry.event === event);
    this.listeners.splice(0, this.listeners.length, ...this.listeners.filter((entry) => entry.event !== event));
    for (const entry of due) entry.listener();
  }

  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((timer) => timer.at <= this.time);
    this.timers.splice(0, this.timers.length, ...this.timers.filter((timer) => timer.at > this.time));
    for (const timer of due) timer.listener();
  }
}

function counter() {
  const calls = { count: 0 };
  return { calls, run: () => void calls.count++ };
}

describe('afterLoad', () => {
  it('runs at once on a page that has loaded, and sets nothing up', () => {
    const page = new FakePage('complete', 0);
    const { calls, run } = counter();
    afterLoad(run, page, 5000);
    expect(calls.count).toBe(1);
    expect(page.listeners).toEqual([]);
    expect(page.timers).toEqual([]);
  });

  it('waits for the load event on a page still loading, and runs once', () => {
    const page = new FakePage('loading');
    const { calls, run } = counter();
    afterLoad(run, page, 5000);
    page.advance(100);
    page.fire('DOMContentLoaded');
    page.advance(1000);
    expect(calls.count).toBe(0);
    page.fire('load');
    expect(calls.count).toBe(1);
    page.advance(10_000);
    expect(calls.count).toBe(1);
  });

  it('runs slowMs after DOMContentLoaded when the load event never comes', () => {
    const page = new FakePage('loading');
    const { calls, run } = counter();
    afterLoad(run, page, 5000);
    page.advance(2000);
    page.fire('DOMContentLoaded');
    page.advance(4999);
    expect(calls.count).toBe(0);
    page.advance(1);
    expect(calls.count).toBe(1);
    page.fire('load');
    expect(calls.count).toBe(1);
  });

  /** afterLoad called `lateMs` after DOMContentLoaded, on a page that has not loaded. */
  function arrivingLate(lateMs: number) {
    const page = new FakePage('interactive', 0);
    page.time = lateMs;
    const { calls, run } = counter();
    afterLoad(run, page, 5000);
    return { page, calls };
  }

  it('counts the time already spent past DOMContentLoaded when it arrives late', () => {
    // Injected 3 s after DOMContentLoaded: 2 s are left to wait.
    const { page, calls } = arrivingLate(3000);
    page.advance(1999);
    expect(calls.count).toBe(0);
    page.advance(1);
    expect(calls.count).toBe(1);
  });

  it('runs at the next turn when it arrives after the wait is over', () => {
    const { page, calls } = arrivingLate(9000);
    expect(page.timers.map((timer) => timer.at)).toEqual([9000]);
    page.advance(0);
    expect(calls.count).toBe(1);
  });
});
