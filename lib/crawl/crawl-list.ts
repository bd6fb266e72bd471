import { crawlIdOf, normalisedUrl } from './crawl-id';

/** One page to crawl. */
export interface CrawlTarget {
  readonly url: string;
  readonly id: string;
}

export interface ParsedCrawlList {
  /** In list order, each page once. */
  readonly targets: CrawlTarget[];
  /** Lines that name the same page as an earlier line. */
  readonly duplicates: number;
  /** Lines that are not a URL, a domain or a ranked list's `rank,domain`: "line 4: ...". */
  readonly errors: string[];
}

// A host name of letters, digits and hyphens in dot-separated labels (IDN in its Unicode form too).
const domainPattern = /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}\.?$/u;
const ipv4Pattern = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The URL a list line names, or null. */
function urlOfLine(line: string): string | null {
  if (/^https?:\/\//i.test(line)) {
    try {
      return normalisedUrl(line);
    } catch {
      return null;
    }
  }
  // A ranked list (Tranco ships `1,google.com`): the rank is dropped, the order kept.
  const ranked = /^\d+\s*,\s*([^,\s]+)\s*$/.exec(line);
  const host = ranked ? ranked[1]! : line;
  // A bare domain (or domain/path) means its https:// page.
  const [name] = host.split('/', 1);
  if (!name || !(domainPattern.test(name) || ipv4Pattern.test(name))) return null;
  try {
    return normalisedUrl(`https://${host}`);
  } catch {
    return null;
  }
}

/**
 * A crawl list: one URL or bare domain a line (`example.com` is `https://example.com/`), or a
 * ranked list's CSV (`rank,domain`); `#` starts a comment; blank lines are skipped; a page named
 * twice is crawled once.
 */
export function parseCrawlList(text: string): ParsedCrawlList {
  const targets: CrawlTarget[] = [];
  const seen = new Set<string>();
  const errors: string[] = [];
  let duplicates = 0;
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    // `#` starts a comment at the start of a line or after a space (a URL's #fragment stays).
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    // A CSV's header row.
    if (index === 0 && /^rank\s*,\s*(domain|site|url)$/i.test(line)) return;
    const url = urlOfLine(line);
    if (!url) {
      errors.push(`line ${index + 1}: not a URL or domain: ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    const id = crawlIdOf(url);
    if (seen.has(id)) {
      duplicates++;
      return;
    }
    seen.add(id);
    targets.push({ url, id });
  });
  return { targets, duplicates, errors };
}
