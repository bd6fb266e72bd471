import { getDomain } from 'tldts';

/**
 * The "site" of a hostname: its registrable domain (eTLD+1) by the Public Suffix List, or the
 * hostname itself for IP addresses, `localhost` and other names without one.
 */
export function siteOf(hostname: string): string {
  const host = hostname.replace(/^\./, '').toLowerCase();
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** First party when the cookie's domain belongs to the same site as the page. */
export function partyOf(cookieDomain: string, pageHostname: string): 'first' | 'third' {
  return siteOf(cookieDomain) === siteOf(pageHostname) ? 'first' : 'third';
}
