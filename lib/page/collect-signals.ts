import type { PageSignals } from '../widgets/signals';

export type DocumentSignals = Omit<PageSignals, 'requestUrls' | 'globals'>;

/** URLs longer than this are cut: enough to recognise a vendor, bounded for messaging. */
const MAX_URL = 500;
const MAX_ITEMS = 200;
const MAX_MARKER_ELEMENTS = 2000;

const httpUrl = (url: string) => (url.startsWith('http') || url.startsWith('ws') ? url.slice(0, MAX_URL) : null);

/**
 * Reads the page once: script and frame sources, which catalogue markers are present, and
 * cookie names. One `querySelectorAll` for all markers, then `matches` on the few hits, so the
 * cost does not grow with the catalogue on pages without widgets.
 */
export function collectDocumentSignals(doc: Document, markerSelectors: readonly string[], combinedMarkerSelector: string): DocumentSignals {
  const scriptUrls: string[] = [];
  for (const script of Array.from(doc.scripts)) {
    const url = script.src && httpUrl(script.src);
    if (url) scriptUrls.push(url);
    if (scriptUrls.length >= MAX_ITEMS) break;
  }
  const frameUrls: string[] = [];
  for (const frame of Array.from(doc.getElementsByTagName('iframe'))) {
    const url = frame.src && httpUrl(frame.src);
    if (url) frameUrls.push(url);
    if (frameUrls.length >= MAX_ITEMS) break;
  }
  const markers = new Set<string>();
  if (combinedMarkerSelector) {
    // Bounded, but wide: one vendor's many elements must not hide another vendor's marker.
    for (const element of Array.from(doc.querySelectorAll(combinedMarkerSelector)).slice(0, MAX_MARKER_ELEMENTS)) {
      if (markers.size === markerSelectors.length) break;
      for (const selector of markerSelectors) {
        if (!markers.has(selector) && matchesSafely(element, selector)) markers.add(selector);
      }
    }
  }
  return { scriptUrls, frameUrls, markers: [...markers], cookieNames: cookieNamesOf(readCookieString(doc)) };
}

/** `matches` throws on a selector this browser cannot parse: the ones combineSelectors left out. */
function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

function readCookieString(doc: Document): string {
  try {
    return doc.cookie;
  } catch {
    // Sandboxed and opaque-origin documents throw on access.
    return '';
  }
}

export function cookieNamesOf(cookieString: string): string[] {
  const names = new Set<string>();
  for (const pair of cookieString.split(';')) {
    const name = pair.split('=', 1)[0]?.trim();
    if (name) names.add(name);
  }
  return [...names].slice(0, MAX_ITEMS);
}

/**
 * Joins the selectors into one list, leaving out any this browser cannot parse (one bad
 * selector would otherwise make the whole list throw).
 */
export function combineSelectors(selectors: readonly string[], isValid: (selector: string) => boolean): string {
  return selectors.filter(isValid).join(',');
}

/** Stable fingerprint of what was seen, so unchanged pages send nothing. */
export function signalsKey(url: string, signals: DocumentSignals): string {
  return JSON.stringify([url, signals.scriptUrls, signals.frameUrls, signals.markers, signals.cookieNames]);
}
