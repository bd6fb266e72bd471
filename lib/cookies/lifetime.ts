/** ISO date of a cookie's expiry (cookies API seconds since epoch), or null for a session cookie. */
export function expiryIso(expirationDate: number | undefined, session: boolean): string | null {
  if (session || expirationDate === undefined || !Number.isFinite(expirationDate)) return null;
  const millis = expirationDate * 1000;
  // Dates beyond what Date can hold still mean "practically forever": clamp, never throw.
  const clamped = Math.min(Math.max(millis, -8.64e15), 8.64e15);
  return new Date(clamped).toISOString();
}

/** "session", "12 minutes", "3 days", "1 year": a cookie's remaining life in plain words. */
export function describeLifetime(expires: string | null, now: number = Date.now()): string {
  if (expires === null) return 'session';
  const seconds = (Date.parse(expires) - now) / 1000;
  if (seconds <= 0) return 'expired';
  const units: readonly [number, string][] = [
    [365 * 86400, 'year'],
    [30 * 86400, 'month'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    if (seconds >= size) {
      const count = Math.round(seconds / size);
      return `${count} ${unit}${count === 1 ? '' : 's'}`;
    }
  }
  return 'under a minute';
}
