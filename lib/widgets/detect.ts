import { nameMatches } from './name-match';
import type { WidgetSpec, VendorCookieSpec } from './types';
import type { PageSignals } from './signals';
import { hostMatches, hostnameOf } from './host-match';

export interface WidgetMatch {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  /** Human-readable reasons, e.g. "script https://v2.zopim.com/?k", "cookie __zlcid". */
  readonly evidence: readonly string[];
  /** The vendor's privacy policy (from the catalogue). */
  readonly policyUrl?: string;
  /** The vendor's own opt-out, when it has one: what it does and where the vendor documents it. */
  readonly optOut?: { readonly effect: string; readonly docUrl: string };
}

/** At most this many URLs of one kind are quoted as evidence: enough to check, short to read. */
const MAX_URL_EVIDENCE = 3;

interface CompiledWidget {
  readonly spec: WidgetSpec;
  readonly urlPatterns: readonly RegExp[];
}

export function cookieSpecMatches(spec: VendorCookieSpec, cookieName: string): boolean {
  return nameMatches(spec, cookieName);
}

/**
 * Builds the pure matcher `signals -> widgets`. Compiles the catalogue once; the returned
 * function does no allocation-heavy work beyond the evidence it reports.
 *
 * A vendor is reported when its own infrastructure shows up (a script, frame or request URL),
 * when an element only its widget creates is present, when its `window` global is defined,
 * or when at least two of its cookies are set. One cookie alone is not enough: a site may
 * reuse a short name, and a leftover cookie does not mean the widget is on the page now.
 */
export function createWidgetMatcher(catalog: readonly WidgetSpec[]): (signals: PageSignals) => WidgetMatch[] {
  const compiled: CompiledWidget[] = catalog.map((spec) => ({
    spec,
    urlPatterns: spec.urlPatterns.map((source) => new RegExp(source, 'i')),
  }));

  const urlBelongsTo = (widget: CompiledWidget, url: string): boolean => {
    const hostname = hostnameOf(url);
    if (hostname === null) return false;
    if (widget.spec.scriptHosts.some((host) => hostMatches(hostname, host))) return true;
    return widget.urlPatterns.some((pattern) => pattern.test(url));
  };

  return (signals) => {
    const matches: WidgetMatch[] = [];
    const markers = new Set(signals.markers);
    const globals = new Set(signals.globals);
    for (const widget of compiled) {
      const evidence: string[] = [];
      const quoteUrls = (kind: string, urls: readonly string[]) => {
        let quoted = 0;
        for (const url of urls) {
          if (quoted < MAX_URL_EVIDENCE && urlBelongsTo(widget, url)) {
            evidence.push(`${kind} ${url}`);
            quoted++;
          }
        }
        return quoted;
      };
      const urlHits =
        quoteUrls('script', signals.scriptUrls) +
        quoteUrls('iframe', signals.frameUrls) +
        quoteUrls('request', signals.requestUrls);
      let strong = urlHits > 0;
      for (const marker of widget.spec.domMarkers) {
        if (markers.has(marker.selector)) {
          evidence.push(`element ${marker.selector} (${marker.label})`);
          strong = true;
        }
      }
      for (const name of widget.spec.globals) {
        if (globals.has(name)) {
          evidence.push(`global ${name}`);
          strong = true;
        }
      }
      const cookieHits = new Set<VendorCookieSpec>();
      for (const cookieName of new Set(signals.cookieNames)) {
        const spec = widget.spec.cookies.find((candidate) => cookieSpecMatches(candidate, cookieName));
        if (spec) {
          cookieHits.add(spec);
          evidence.push(`cookie ${cookieName}`);
        }
      }
      if (strong || cookieHits.size >= 2) {
        const { id, name, vendor, policyUrl, optOut } = widget.spec;
        matches.push({ id, name, vendor, evidence, policyUrl, ...(optOut ? { optOut: { effect: optOut.effect, docUrl: optOut.docUrl } } : {}) });
      }
    }
    return matches;
  };
}
