import type { CookieCategory, WidgetSpec } from '../widgets/types';
import type { KnownCookieSpec } from './known-cookies';
import type { TrackerHostSpec } from '../trackers/tracker-hosts';
import { cookieSpecMatches } from '../widgets/detect';
import { hostMatches } from '../widgets/host-match';
import { partyOf, siteOf } from './party';
import { expiryIso } from './lifetime';

/** The subset of the cookies API's `Cookie` that classification needs. */
export interface RawCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  readonly session: boolean;
  readonly expirationDate?: number;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  readonly sameSite?: string;
  readonly partitionKey?: { readonly topLevelSite?: string };
}

/** One row of the cookie table; also `scan`'s `cookies[]` element (contract fields first). */
export interface CookieRecord {
  readonly name: string;
  readonly domain: string;
  readonly party: 'first' | 'third';
  readonly vendor: string | null;
  readonly purpose: string | null;
  readonly expires: string | null;
  readonly category: CookieCategory | null;
  /** Catalogue id of the chat widget that sets it, when it is one. */
  readonly widgetId: string | null;
  readonly path: string;
  readonly partitioned: boolean;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: string | null;
}

interface VendorInfo {
  readonly vendor: string;
  readonly purpose: string | null;
  readonly category: CookieCategory | null;
  readonly widgetId: string | null;
}

/**
 * Builds `(cookie, pageHostname) -> CookieRecord`. The vendor is known by the cookie's name
 * (widget catalogue first, then well-known trackers) or, failing that, by the vendor that
 * owns the cookie's domain (a cookie of `.intercom.io` is Intercom's whatever its name).
 */
export function createCookieClassifier(
  widgets: readonly WidgetSpec[],
  known: readonly KnownCookieSpec[],
  trackers: readonly TrackerHostSpec[],
): (cookie: RawCookie, pageHostname: string) => CookieRecord {
  const byName = (name: string): VendorInfo | null => {
    for (const widget of widgets) {
      const spec = widget.cookies.find((candidate) => cookieSpecMatches(candidate, name));
      if (spec) return { vendor: widget.vendor, purpose: spec.purpose, category: spec.category, widgetId: widget.id };
    }
    const knownSpec = known.find((candidate) => cookieSpecMatches(candidate, name));
    return knownSpec
      ? { vendor: knownSpec.vendor, purpose: knownSpec.purpose, category: knownSpec.category, widgetId: null }
      : null;
  };
  const byDomain = (domain: string): VendorInfo | null => {
    const host = domain.replace(/^\./, '');
    // Compare sites, not hostnames: a widget loading from widget.intercom.io sets `.intercom.io`.
    const cookieSite = siteOf(host);
    for (const widget of widgets) {
      if (widget.scriptHosts.some((scriptHost) => siteOf(scriptHost) === cookieSite)) {
        return { vendor: widget.vendor, purpose: null, category: null, widgetId: widget.id };
      }
    }
    const tracker = trackers.find((spec) => hostMatches(host, spec.host));
    return tracker ? { vendor: tracker.vendor, purpose: null, category: null, widgetId: null } : null;
  };

  return (cookie, pageHostname) => {
    const party = partyOf(cookie.domain, pageHostname);
    // A first-party cookie is named by what it is; a third-party one also by whose domain it lives on.
    const info = byName(cookie.name) ?? (party === 'third' ? byDomain(cookie.domain) : null);
    return {
      name: cookie.name,
      domain: cookie.domain.replace(/^\./, ''),
      party,
      vendor: info?.vendor ?? null,
      purpose: info?.purpose ?? null,
      expires: expiryIso(cookie.expirationDate, cookie.session),
      category: info?.category ?? null,
      widgetId: info?.widgetId ?? null,
      path: cookie.path,
      partitioned: Boolean(cookie.partitionKey?.topLevelSite),
      httpOnly: cookie.httpOnly,
      secure: cookie.secure,
      sameSite: cookie.sameSite ?? null,
    };
  };
}
