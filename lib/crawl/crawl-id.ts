import { createHash } from 'node:crypto';

/**
 * The URL a page is known by: parsed and printed by the WHATWG URL parser (lower-case host,
 * default port dropped, `/` for an empty path), without its #fragment, which never reaches
 * the server. Throws on anything that is not an http(s) URL.
 */
export function normalisedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError(`not an http(s) URL: ${url}`);
  parsed.hash = '';
  return parsed.href;
}

/**
 * The crawl id of a URL: the first 16 hex digits of SHA-256 of the normalised URL. Stable across
 * runs, machines and workers, so it is what resuming, sharding and de-duplication go by.
 */
export function crawlIdOf(url: string): string {
  return createHash('sha256').update(normalisedUrl(url)).digest('hex').slice(0, 16);
}
