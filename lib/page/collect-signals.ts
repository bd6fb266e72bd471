import type { PageSignals } from '../widgets/signals';

/** What the content script reads from the DOM itself (globals need the page's world; cookies the cookies API). */
export type DocumentSignals = Pick<PageSignals, 'scriptUrls' | 'frameUrls' | 'markers'>;

/** URLs longer than this are cut: enough to recognise a vendor, bounded for messaging. */
const MAX_URL = 500;
const MAX_ITEMS = 200;


/**
 * One catalogue marker, ready to look up through the DOM's indexed paths: by id (a hash
 * lookup), by class or tag name (cached live collections), and only otherwise by a full
 * selector query.
 */
export interface MarkerProbe {
  readonly selector: string;
  readonly kind: 'id' | 'class' | 'tag' | 'selector';
  /** The id, class or tag name to look up first (for 'selector', unused). */
  readonly key: string;
  /** Upper-case tag the element must have, for `tag#id` and `tag.class`. */
  readonly tag: string | null;
}

const ID_SELECTOR = /^([a-z][a-z0-9-]*)?#([A-Za-z_][\w-]*)$/;
const CLASS_SELECTOR = /^([a-z][a-z0-9-]*)?\.([A-Za-z_][\w-]*)$/;
const TAG_SELECTOR = /^([a-z][a-z0-9-]*)(\[[^\]]+\])*$/;

/**
 * Prepares the catalogue's selectors once. A list of many selectors in one querySelectorAll
 * loses Chromium's fast paths (measured: 18-32 ms on a 5,000-element page for 44 selectors),
 * and one full query per selector still walks the page dozens of times.
 */
export function markerProbesOf(selectors: readonly string[], isValid: (selector: string) => boolean): MarkerProbe[] {
  return selectors.filter(isValid).map((selector): MarkerProbe => {
    const id = ID_SELECTOR.exec(selector);
    if (id) return { selector, kind: 'id', key: id[2]!, tag: id[1] ? id[1].toUpperCase() : null };
    const className = CLASS_SELECTOR.exec(selector);
    if (className) return { selector, kind: 'class', key: className[2]!, tag: className[1] ? className[1].toUpperCase() : null };
    const tag = TAG_SELECTOR.exec(selector);
    if (tag) return { selector, kind: 'tag', key: tag[1]!, tag: null };
    return { selector, kind: 'selector', key: '', tag: null };
  });
}

function markerPresent(doc: Document, probe: MarkerProbe): boolean {
  try {
    switch (probe.kind) {
      case 'id': {
        const element = doc.getElementById(probe.key);
        return element !== null && (probe.tag === null || element.tagName === probe.tag);
      }
      case 'class': {
        const elements = doc.getElementsByClassName(probe.key);
        for (let index = 0; index < elements.length; index++) {
          if (probe.tag === null || elements[index]!.tagName === probe.tag) return true;
        }
        return false;
      }
      case 'tag':
        // `iframe[title="chat widget"]`: the page's few iframes, each tested against the selector.
        return Array.from(doc.getElementsByTagName(probe.key)).some((element) => element.matches(probe.selector));
      case 'selector':
        return doc.querySelector(probe.selector) !== null;
    }
  } catch {
    return false;
  }
}

/**
 * Absolute http(s) URL of a `src` attribute, or null. Relative sources are the page's own
 * host and never a vendor's, so they are skipped without the cost of resolving them.
 */
export function absoluteSource(src: string | null, protocol: string): string | null {
  if (!src) return null;
  const trimmed = src.trim();
  if (trimmed.startsWith('//')) return (protocol + trimmed).slice(0, MAX_URL);
  return /^(https?|wss?):/i.test(trimmed) ? trimmed.slice(0, MAX_URL) : null;
}

/**
 * Reads the page once: script and frame sources and which catalogue markers are present.
 * Cookie names are not read here: `document.cookie` is a synchronous round trip to the
 * browser's cookie store (measured ~6 ms on a busy page), and the background reads every
 * cookie, HttpOnly ones included, through the cookies API instead.
 */
export function collectDocumentSignals(doc: Document, markerProbes: readonly MarkerProbe[]): DocumentSignals {
  const protocol = doc.location?.protocol ?? 'https:';
  const scriptUrls: string[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    const url = absoluteSource(script.getAttribute('src'), protocol);
    if (url) scriptUrls.push(url);
    if (scriptUrls.length >= MAX_ITEMS) break;
  }
  const frameUrls: string[] = [];
  for (const frame of Array.from(doc.getElementsByTagName('iframe'))) {
    const url = absoluteSource(frame.getAttribute('src'), protocol);
    if (url) frameUrls.push(url);
    if (frameUrls.length >= MAX_ITEMS) break;
  }
  const markers = markerProbes.filter((probe) => markerPresent(doc, probe)).map((probe) => probe.selector);
  return { scriptUrls, frameUrls, markers };
}

/** Stable fingerprint of what was seen, so unchanged pages send nothing. */
export function signalsKey(url: string, signals: DocumentSignals): string {
  return JSON.stringify([url, signals.scriptUrls, signals.frameUrls, signals.markers]);
}
