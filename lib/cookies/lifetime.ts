/** ISO date of a cookie's expiry (cookies API seconds since epoch), or null for a session cookie. */
export function expiryIso(expirationDate: number | undefined, session: boolean): string | null {
  if (session || expirationDate === undefined || !Number.isFinite(expirationDate)) return null;
  const millis = expirationDate * 1000;
  // Dates beyond what Date can hold still mean "practically forever": clamp, never throw.
  const clamped = Math.min(Math.max(millis, -8.64e15), 8.64e15);
  return new Date(clamped).toISOString();
}

/** A cookie's remaining life: a count of the largest unit that fits, or a word for the edges. */
export type Lifetime =
  | { readonly kind: 'session' | 'expired' | 'under-a-minute' }
  | { readonly kind: 'span'; readonly unit: 'year' | 'month' | 'day' | 'hour' | 'minute'; readonly count: number };

export function lifetimeOf(expires: string | null, now: number = Date.now()): Lifetime {
  if (expires === null) return { kind: 'session' };
  const seconds = (Date.parse(expires) - now) / 1000;
  if (seconds <= 0) return { kind: 'expired' };
  const units = [
    [365 * 86400, 'year'],
    [30 * 86400, 'month'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ] as const;
  for (const [size, unit] of units) {
    if (seconds >= size) return { kind: 'span', unit, count: Math.round(seconds / size) };
  }
  return { kind: 'under-a-minute' };
}

/** "session", "12 minutes", "3 days", "1 year": a cookie's remaining life in plain English words. */
export function describeLifetime(expires: string | null, now: number = Date.now()): string {
  const lifetime = lifetimeOf(expires, now);
  if (lifetime.kind === 'span') return `${lifetime.count} ${lifetime.unit}${lifetime.count === 1 ? '' : 's'}`;
  return lifetime.kind === 'under-a-minute' ? 'under a minute' : lifetime.kind;
}
