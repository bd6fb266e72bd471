import type { LauncherCorner, WidgetSpec } from '../widgets/types';
import { hostMatches, hostnameOf } from '../widgets/host-match';
import { documentedLifetimeOf, type DocumentedLifetime } from '../widgets/documented-lifetime';
import { launcherCornerOf } from './launcher-corner';

/**
 * What the placeholder of one waiting chat needs, all from the catalogue (one definition): the
 * names to show, what loading it will set, where the vendor's launcher sits, and how to know the
 * page's own elements of the vendor whose request was blocked (to put them back after the click).
 */
export interface PlaceholderOffer {
  readonly widgetId: string;
  readonly name: string;
  readonly vendor: string;
  /** Cookies the widget sets on the site, as the catalogue documents them (lifetime null: not documented). */
  readonly cookies: readonly { readonly name: string; readonly lifetime: DocumentedLifetime | null }[];
  readonly hosts: readonly string[];
  readonly urlPatterns: readonly string[];
  readonly corner: LauncherCorner;
}

/** `pageLauncherSetting`: the value of the vendor's launcher setting on the page (lib/chat-click/launcher-corner.ts), if read. */
export function placeholderOfferOf(spec: WidgetSpec, pageLauncherSetting?: unknown): PlaceholderOffer {
  return {
    widgetId: spec.id,
    name: spec.name,
    vendor: spec.vendor,
    // A prefix name is shown as such ("jv_visits_count_…"): the rest is the site's account.
    cookies: spec.cookies.map((cookie) => ({ name: cookie.match === 'prefix' ? `${cookie.name}…` : cookie.name, lifetime: documentedLifetimeOf(cookie.lifetime) })),
    hosts: spec.scriptHosts,
    urlPatterns: spec.urlPatterns,
    corner: launcherCornerOf(spec.launcher, pageLauncherSetting),
  };
}

/** At most this many cookies are named; the rest are counted. */
const NAMED_COOKIES = 4;

/**
 * What the placeholder says a click lets the vendor set, for the words of any language: the
 * number of cookies, the first few by name with their documented lifetimes, and how many more.
 */
export interface LoadingSets {
  readonly vendor: string;
  readonly cookieCount: number;
  readonly named: PlaceholderOffer['cookies'];
  readonly more: number;
}

export function loadingSetsOf(offer: Pick<PlaceholderOffer, 'vendor' | 'cookies'>): LoadingSets {
  const named = offer.cookies.slice(0, NAMED_COOKIES);
  return { vendor: offer.vendor, cookieCount: offer.cookies.length, named, more: offer.cookies.length - named.length };
}

/** Whether a URL the page asked for is the vendor's (a host of its, or one of its URL patterns). */
export function isVendorUrl(url: string, offer: Pick<PlaceholderOffer, 'hosts' | 'urlPatterns'>): boolean {
  const host = hostnameOf(url);
  if (!host) return false;
  if (offer.hosts.some((vendorHost) => hostMatches(host, vendorHost))) return true;
  return offer.urlPatterns.some((pattern) => new RegExp(pattern).test(url));
}
