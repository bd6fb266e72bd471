import { siteOf } from '../cookies/party';

/**
 * Chromium's storage keys (the partition site storage lives in) of what a page touched, so that
 * the crawler can clear exactly those between pages. A first-party key is the origin with a
 * slash (`https://a.example/`); a frame of another site keeps its storage in a partition of the
 * top-level site, `https://tracker.example/^0https://a.example`. Measured in Chromium 156: the
 * DevTools call that clears by origin leaves that partition alone, so both keys are cleared.
 * NOTE: https://developer.chrome.com/en/docs/privacy-sandbox/storage-partitioning/
 */
export function storageKeysOf(origins: Iterable<string>, topLevelSites: Iterable<string>): string[] {
  const keys = new Set<string>();
  const tops = [...topLevelSites];
  for (const origin of origins) {
    keys.add(`${origin}/`);
    const ownSite = schemefulSiteOf(origin);
    for (const top of tops) if (top !== ownSite) keys.add(`${origin}/^0${top}`);
  }
  return [...keys];
}

/** `https://www.a.example:8443` -> `https://a.example` (scheme and registrable domain; no port), or null. */
export function schemefulSiteOf(originOrUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(originOrUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.protocol}//${siteOf(url.hostname)}`;
}

/** The origin of an http(s) URL, or null (data:, blob:, about:, chrome-extension:...). */
export function webOriginOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
