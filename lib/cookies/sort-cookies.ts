import type { CookieRecord } from './classify';

export type CookieSortKey = 'name' | 'party' | 'vendor' | 'purpose' | 'expires';
export type SortDirection = 'asc' | 'desc';

/** Empty values (unknown vendor, session expiry) sort last whichever the direction. */
export function sortCookies(cookies: readonly CookieRecord[], key: CookieSortKey, direction: SortDirection): CookieRecord[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...cookies].sort((a, b) => {
    const left = a[key];
    const right = b[key];
    if (left === right) return a.name.localeCompare(b.name);
    if (left === null) return 1;
    if (right === null) return -1;
    // Compare instants, not text: expiryIso's clamped dates have six-digit years ("+275760-…").
    if (key === 'expires') return sign * (Date.parse(String(left)) - Date.parse(String(right)));
    return sign * String(left).localeCompare(String(right));
  });
}
