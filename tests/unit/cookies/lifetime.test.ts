import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { describeLifetime, expiryIso } from '../../../lib/cookies/lifetime';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const now = Date.parse('2025-03-01T12:00:00.000Z');
const inFuture = (millis: number) => new Date(now + millis).toISOString();

describe('expiryIso', () => {
  it('converts the cookies API\'s seconds to an ISO date', () => {
    expect(expiryIso(0, false)).toBe('1970-01-01T00:00:00.000Z');
    expect(expiryIso(1_700_000_000, false)).toBe('2023-11-14T22:13:20.000Z');
    // Chrome reports fractional seconds.
    expect(expiryIso(1_700_000_000.25, false)).toBe('2023-11-14T22:13:20.250Z');
  });

  it('is null for a session cookie, whatever date it carries', () => {
    expect(expiryIso(undefined, true)).toBeNull();
    expect(expiryIso(1_700_000_000, true)).toBeNull();
  });

  it('is null when the date is missing or not a finite number', () => {
    expect(expiryIso(undefined, false)).toBeNull();
    expect(expiryIso(Number.NaN, false)).toBeNull();
    expect(expiryIso(Number.POSITIVE_INFINITY, false)).toBeNull();
    expect(expiryIso(Number.NEGATIVE_INFINITY, false)).toBeNull();
  });

  it('clamps dates beyond what Date can hold instead of throwing', () => {
    expect(expiryIso(1e20, false)).toBe('+275760-09-13T00:00:00.000Z');
    expect(expiryIso(Number.MAX_VALUE, false)).toBe('+275760-09-13T00:00:00.000Z');
    expect(expiryIso(-1e20, false)).toBe('-271821-04-20T00:00:00.000Z');
  });

  it('property: never throws, and any result parses back as a date', () => {
    fc.assert(
      fc.property(fc.double(), fc.boolean(), (seconds, session) => {
        const iso = expiryIso(seconds, session);
        if (iso !== null) expect(Number.isNaN(Date.parse(iso))).toBe(false);
        if (session) expect(iso).toBeNull();
      }),
    );
  });
});

describe('describeLifetime', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says "session" for a session cookie', () => {
    expect(describeLifetime(null, now)).toBe('session');
  });

  it('says "expired" for a date now or in the past', () => {
    expect(describeLifetime(inFuture(0), now)).toBe('expired');
    expect(describeLifetime(inFuture(-DAY), now)).toBe('expired');
  });

  it('says "under a minute" for less than 60 seconds', () => {
    expect(describeLifetime(inFuture(1000), now)).toBe('under a minute');
    expect(describeLifetime(inFuture(59_000), now)).toBe('under a minute');
  });

  it('picks the largest whole unit and rounds, singular for one', () => {
    expect(describeLifetime(inFuture(MINUTE), now)).toBe('1 minute');
    expect(describeLifetime(inFuture(12 * MINUTE), now)).toBe('12 minutes');
    expect(describeLifetime(inFuture(HOUR), now)).toBe('1 hour');
    expect(describeLifetime(inFuture(90 * MINUTE), now)).toBe('2 hours');
    expect(describeLifetime(inFuture(3 * DAY), now)).toBe('3 days');
    expect(describeLifetime(inFuture(29 * DAY), now)).toBe('29 days');
    expect(describeLifetime(inFuture(30 * DAY), now)).toBe('1 month');
    expect(describeLifetime(inFuture(400 * DAY), now)).toBe('1 year');
    expect(describeLifetime(inFuture(2 * 365 * DAY), now)).toBe('2 years');
  });

  it('handles the clamped "forever" date', () => {
    expect(describeLifetime('+275760-09-13T00:00:00.000Z', now)).toMatch(/^27\d{4} years$/);
  });

  it('measures from the current time by default', () => {
    vi.useFakeTimers();
    vi.setSystemTime(now);
    expect(describeLifetime(inFuture(3 * DAY))).toBe('3 days');
    vi.setSystemTime(now + 4 * DAY);
    expect(describeLifetime(inFuture(3 * DAY))).toBe('expired');
  });

  it('works with what expiryIso produces', () => {
    const seconds = (now + 2 * HOUR) / 1000;
    expect(describeLifetime(expiryIso(seconds, false), now)).toBe('2 hours');
    expect(describeLifetime(expiryIso(seconds, true), now)).toBe('session');
  });
});
