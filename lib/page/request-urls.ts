import { tabStateLimits } from '../findings/tab-state';

/**
 * How many request URLs one document reports, in all. Per origin and per URL the content script
 * keeps what the tab state keeps (the first few URLs of a host, cut to the same length), so
 * nothing the background would store is lost; the total stays within one message list.
 */
export const requestUrlLimits = {
  total: 500,
  perOrigin: tabStateLimits.urlsPerHost,
  urlLength: tabStateLimits.urlLength,
} as const;

/** What a resource-timing entry (`PerformanceResourceTiming`) offers that we read: its URL. */
export interface NamedEntry {
  readonly name: string;
}

export interface RequestUrlCollector {
  /**
   * Takes the entries a `PerformanceObserver` of type `resource` delivered; true when at least
   * one URL was kept that was not known before.
   */
  add(entries: Iterable<NamedEntry>): boolean;
  /** Every URL kept so far, in the order they arrived; only ever grows. */
  readonly urls: readonly string[];
}

/** Where the scheme and authority of an http(s) URL end: at the first `/`, `?` or `#` after `//`. */
function originEnd(url: string): number {
  for (let index = url.indexOf('//') + 2; index < url.length; index++) {
    const code = url.charCodeAt(index);
    if (code === 47 || code === 63 || code === 35) return index;
  }
  return url.length;
}

/**
 * The URLs a document requested (scripts, frames, fetch/XHR, beacons, images...), as its
 * resource-timing entries name them: cross-origin entries carry their URL too. Only http(s),
 * each once, a few per origin (a page's hundreds of own images must not crowd out the third
 * party that arrives late), cut to a bounded length. Cheap by design: string checks only, no
 * URL parsing, because it runs on the page's main thread.
 * NOTE: https://www.w3.org/TR/resource-timing/#sec-performanceresourcetiming
 */
export function createRequestUrlCollector(limits: { total: number; perOrigin: number; urlLength: number } = requestUrlLimits): RequestUrlCollector {
  const urls: string[] = [];
  const seen = new Set<string>();
  const perOrigin = new Map<string, number>();
  return {
    urls,
    add(entries) {
      let grew = false;
      for (const entry of entries) {
        if (urls.length >= limits.total) break;
        const name = entry.name;
        // Entry names are serialized URLs: the scheme in lower case, then `//host[:port]/`.
        if (!(name.startsWith('https://') || name.startsWith('http://'))) continue;
        const url = name.length > limits.urlLength ? name.slice(0, limits.urlLength) : name;
        if (seen.has(url)) continue;
        const origin = url.slice(0, originEnd(url));
        const count = perOrigin.get(origin) ?? 0;
        if (count >= limits.perOrigin) continue;
        perOrigin.set(origin, count + 1);
        seen.add(url);
        urls.push(url);
        grew = true;
      }
      return grew;
    },
  };
}

/**
 * True when one of `urls`, from index `from` on, is on another origin than `pageOrigin`
 * (`location.origin`). Only those are news worth a message at once: the page's own requests add
 * no third party, tracker or cookie site, and reach the background with the next report anyway.
 */
export function hasOtherOrigin(urls: readonly string[], from: number, pageOrigin: string): boolean {
  for (let index = from; index < urls.length; index++) {
    const url = urls[index]!;
    if (originEnd(url) !== pageOrigin.length || !url.startsWith(pageOrigin)) return true;
  }
  return false;
}
