import type { CookieNameMatch } from './types';

/**
 * Whether a real cookie name or storage key is the catalogue's `name` compared by `match`. The
 * one rule for cookies and storage alike. A prefix or suffix needs something beside it: a
 * vendor's `intercom-id-` is followed by an app id and `-_zldp` follows the site's screen name,
 * so the bare fixed part alone is a prefix match (the vendor wrote it) but never a suffix one.
 */
export function nameMatches(spec: { readonly name: string; readonly match: CookieNameMatch }, actual: string): boolean {
  switch (spec.match) {
    case 'exact':
      return actual === spec.name;
    case 'prefix':
      return actual.startsWith(spec.name);
    case 'suffix':
      return actual.length > spec.name.length && actual.endsWith(spec.name);
  }
}
