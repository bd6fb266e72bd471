/** The shape of one entry of the widget catalogue (data lives in catalog.ts). */

/**
 * How a cookie (or storage key) name in the catalogue is compared with a real one: the whole
 * name, its fixed start (`intercom-id-<app id>`) or its fixed end (`<site's name>-_zldp`).
 */
export type CookieNameMatch = 'exact' | 'prefix' | 'suffix';

export type CookieCategory = 'necessary' | 'functional' | 'preferences' | 'analytics' | 'advertising';

export interface VendorCookieSpec {
  /** The exact name, or its fixed start ('prefix', e.g. `jv_visits_count_`) or end ('suffix', e.g. `-_zldp`). */
  readonly name: string;
  readonly match: CookieNameMatch;
  /** What the vendor uses it for, in plain words a user understands. */
  readonly purpose: string;
  readonly category: CookieCategory;
  /** As documented: "session", "1 year", "30 minutes"... */
  readonly lifetime: string;
}

/** A documented, vendor-provided way for a visitor to switch the widget's tracking off. */
export interface OptOutSpec {
  readonly kind: 'cookie';
  /**
   * Cookies the widget reads on the site's own domain (its top host), each with the value
   * that means "opted out". Several when old and new versions of a widget read different ones.
   */
  readonly cookies: readonly { readonly name: string; readonly value: string }[];
  /** What the vendor says happens when it is set. */
  readonly effect: string;
  /** Where the vendor documents it. */
  readonly docUrl: string;
}

export interface DomMarkerSpec {
  /** A CSS selector that only this vendor's widget produces (ids, iframe titles, classes). */
  readonly selector: string;
  /** What the element is, for evidence shown to users ("launcher iframe"). */
  readonly label: string;
}

/** The corner of the window a chat launcher sits in. */
export type LauncherCorner = 'bottom-right' | 'bottom-left';

/**
 * Where the vendor's launcher sits, so that the placeholder of a chat that loads on click sits
 * there too (lib/chat-click/launcher-corner.ts).
 */
export interface LauncherSpec {
  /** The vendor's default, when the site changes nothing. */
  readonly corner: LauncherCorner;
  /**
   * The vendor's page that states the default; null when we found none, and then the corner is
   * bottom right, where chat launchers sit unless told otherwise.
   */
  readonly source: string | null;
  /**
   * A documented setting the page defines before the widget loads (a `window` property), read
   * from the page: the values meaning the left or the right corner; anything else leaves the
   * default.
   */
  readonly pageSetting?: {
    readonly path: readonly string[];
    readonly left: readonly string[];
    readonly right: readonly string[];
    readonly source: string;
  };
}

export interface WidgetSpec {
  /** Stable kebab-case id, used in messages, rules, `data-action` attributes and the CLI. */
  readonly id: string;
  /** Product name as users know it, e.g. "Zendesk Chat (Zopim)". */
  readonly name: string;
  /** Company behind it, e.g. "Zendesk". */
  readonly vendor: string;
  readonly website: string;
  readonly policyUrl: string;
  /**
   * Hostnames the widget loads scripts, frames or sockets from. A request matches when its
   * hostname equals one of these or ends with "." + one of these.
   */
  readonly scriptHosts: readonly string[];
  /**
   * Extra URL patterns (regular-expression sources, tested against the full URL) for widgets
   * served from shared hosts (CDNs, the vendor's main domain) where the hostname alone
   * would overmatch.
   */
  readonly urlPatterns: readonly string[];
  readonly domMarkers: readonly DomMarkerSpec[];
  /** `window` properties the widget defines (e.g. `$zopim`). Checked by a MAIN-world probe. */
  readonly globals: readonly string[];
  readonly cookies: readonly VendorCookieSpec[];
  readonly optOut?: OptOutSpec;
  readonly launcher: LauncherSpec;
}
