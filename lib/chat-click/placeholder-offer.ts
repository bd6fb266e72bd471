import type { WidgetSpec } from '../widgets/types';
import { hostMatches, hostnameOf } from '../widgets/host-match';

/**
 * What the placeholder of one waiting chat needs, all from the catalogue (one definition): the
 * names to show, what loading it will set, and how to know the page's own elements of the
 * vendor whose request was blocked (to put them back after the click).
 */
export interface PlaceholderOffer {
  readonly widgetId: string;
  readonly name: string;
  readonly vendor: string;
  /** Cookies the widget sets on the site, as the catalogue documents them. */
  readonly cookies: readonly { readonly name: string; readonly lifetime: string }[];
  readonly hosts: readonly string[];
  readonly urlPatterns: readonly string[];
}

export function placeholderOfferOf(spec: WidgetSpec): PlaceholderOffer {
  return {
    widgetId: spec.id,
    name: spec.name,
    vendor: spec.vendor,
    // A prefix name is shown as such ("jv_visits_count_…"): the rest is the site's account.
    cookies: spec.cookies.map((cookie) => ({ name: cookie.match === 'prefix' ? `${cookie.name}…` : cookie.name, lifetime: cookie.lifetime })),
    hosts: spec.scriptHosts,
    urlPatterns: spec.urlPatterns,
  };
}

/** At most this many cookies are named; the rest are counted. */
const NAMED_COOKIES = 4;

/** The placeholder's sentence on what a click sets, e.g. "Loading it lets Intercom set 2 cookies on this site: intercom-id-… (9 months), …". */
export function whatLoadingSets(offer: Pick<PlaceholderOffer, 'vendor' | 'cookies'>): string {
  const storage = `and keep data in this site's storage and its own`;
  if (offer.cookies.length === 0) return `Loading it lets ${offer.vendor} connect to its servers ${storage}.`;
  const named = offer.cookies.slice(0, NAMED_COOKIES).map((cookie) => `${cookie.name} (${cookie.lifetime})`);
  const more = offer.cookies.length - named.length;
  const list = named.join(', ') + (more > 0 ? ` and ${more} more` : '');
  const count = offer.cookies.length === 1 ? 'a cookie' : `${offer.cookies.length} cookies`;
  return `Loading it lets ${offer.vendor} set ${count} on this site: ${list}, ${storage}.`;
}

/** Whether a URL the page asked for is the vendor's (a host of its, or one of its URL patterns). */
export function isVendorUrl(url: string, offer: Pick<PlaceholderOffer, 'hosts' | 'urlPatterns'>): boolean {
  const host = hostnameOf(url);
  if (!host) return false;
  if (offer.hosts.some((vendorHost) => hostMatches(host, vendorHost))) return true;
  return offer.urlPatterns.some((pattern) => new RegExp(pattern).test(url));
}
