import { describe, expect, it, vi } from 'vitest';
import { createScanScheduler, type SchedulerClock } from '../../../lib/page/scan-scheduler';

/** A clock driven by hand: timers fire on `advance`, idle callbacks on `idle`. */
class FakeClock implements SchedulerClock {
  time = 0;
  readonly timers: { at: number; callback: () => void }[] = [];
  readonly idleCallbacks: (() => void)[] = [];
  readonly timeoutsAsked: number[] = [];
  readonly idleTimeoutsAsked: number[] = [];

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    this.timeoutsAsked.push(ms);
    this.timers.push({ at: this.time + ms, callback });
    return this.timers.length;
  }

  whenIdle(callback: () => void, timeoutMs: number): void {
    this.idleTimeoutsAsked.push(timeoutMs);
    this.idleCallbacks.push(callback);
  }

  /** Moves time on, firing due timers in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers.splice(this.timers.indexOf(due), 1);
      this.time = due.at;
      due.callback();
    }
    this.time = end;
  }

  /** The main thread goes idle: run what waits for it. */
  idle(): void {
    for (const callback of this.idleCallbacks.splice(0)) callback();
  }
}

function setUp(minIntervalMs?: number, idleTimeoutMs?: number) {
  const clock = new FakeClock();
  const scan = vi.fn();
  const scheduler = createScanScheduler(scan, clock, minIntervalMs, idleTimeoutMs);
  return { clock, scan, scheduler };
}

describe('createScanScheduler', () => {
  it('does not scan synchronously, and is pending until the scan runs', () => {
    const { clock, scan, scheduler } = setUp();
    expect(scheduler.pending).toBe(false);
    scheduler.request();
    expect(scan).not.toHaveBeenCalled();
    expect(scheduler.pending).toBe(true);
    clock.advance(0);
    expect(scheduler.pending).toBe(true);
    clock.idle();
    expect(scan).toHaveBeenCalledTimes(1);
    expect(scheduler.pending).toBe(false);
  });

  it('the first request waits for nothing but idle time, without a timer', () => {
    const { clock, scheduler } = setUp(500, 1000);
    clock.advance(10_000);
    scheduler.request();
    expect(clock.timeoutsAsked).toEqual([]);
    expect(clock.idleTimeoutsAsked).toEqual([1000]);
  });

  it('many requests before the scan cause one scan', () => {
    const { clock, scan, scheduler } = setUp();
    for (let index = 0; index < 1000; index++) scheduler.request();
    clock.advance(0);
    for (let index = 0; index < 1000; index++) scheduler.request();
    clock.idle();
    expect(scan).toHaveBeenCalledTimes(1);
    expect(clock.idleTimeoutsAsked).toHaveLength(1);
  });

  it('waits out the rest of the minimum interval after a scan', () => {
    const { clock, scan, scheduler } = setUp(500);
    scheduler.request();
    clock.advance(0);
    clock.idle(); // scan at t = 0
    clock.advance(100);
    scheduler.request();
    expect(clock.timeoutsAsked).toEqual([400]);
    clock.advance(399);
    clock.idle();
    expect(scan).toHaveBeenCalledTimes(1);
    clock.advance(1);
    clock.idle();
    expect(scan).toHaveBeenCalledTimes(2);
  });

  it('measures the interval from when the scan ran, not when it was asked for', () => {
    const { clock, scan, scheduler } = setUp(500);
    scheduler.request();
    clock.advance(0);
    clock.advance(800); // the page stays busy: no idle time for a while
    clock.idle(); // scan at t = 800
    expect(scan).toHaveBeenCalledTimes(1);
    scheduler.request();
    expect(clock.timeoutsAsked.at(-1)).toBe(500);
  });

  it('does not wait when the interval has already passed', () => {
    const { clock, scheduler } = setUp(500);
    scheduler.request();
    clock.advance(0);
    clock.idle();
    clock.advance(2_000);
    scheduler.request();
    expect(clock.timeoutsAsked).toEqual([]);
    expect(clock.idleTimeoutsAsked).toHaveLength(2);
  });

  it('a request made while the scan runs schedules the next scan', () => {
    const clock = new FakeClock();
    let scans = 0;
    const scheduler = createScanScheduler(() => {
      scans++;
      // The scan itself changes the DOM (or a mutation arrives meanwhile).
      if (scans === 1) scheduler.request();
    }, clock, 500);
    scheduler.request();
    clock.advance(0);
    clock.idle();
    expect(scans).toBe(1);
    expect(scheduler.pending).toBe(true);
    clock.advance(500);
    clock.idle();
    expect(scans).toBe(2);
    expect(scheduler.pending).toBe(false);
  });

  it('over a burst of requests, scans at most once per interval', () => {
    const { clock, scan, scheduler } = setUp(500);
    for (let time = 0; time < 5_000; time += 10) {
      scheduler.request();
      clock.advance(10);
      clock.idle();
    }
    // t = 0, 500, ..., 4500
    expect(scan).toHaveBeenCalledTimes(10);
  });

  it('uses its defaults: 500 ms between scans, 1 s idle timeout', () => {
    const clock = new FakeClock();
    const scheduler = createScanScheduler(() => {}, clock);
    scheduler.request();
    clock.advance(0);
    clock.idle();
    scheduler.request();
    expect(clock.timeoutsAsked).toEqual([500]);
    clock.advance(500);
    expect(clock.idleTimeoutsAsked).toEqual([1000, 1000]);
  });
});
