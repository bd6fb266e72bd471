import type { CookieRecord } from '../cookies/classify';
import type { ScanResult } from '../findings/scan-result';
import { csvTable } from './csv';

const cookieColumns = [
  'name', 'domain', 'path', 'party', 'vendor', 'category', 'purpose', 'expires', 'widget',
  'partitioned', 'http_only', 'secure', 'same_site',
] as const;

const cookieCells = (cookie: CookieRecord): unknown[] => [
  cookie.name,
  cookie.domain,
  cookie.path,
  cookie.party,
  cookie.vendor ?? '',
  cookie.category ?? '',
  cookie.purpose ?? '',
  cookie.expires ?? 'session',
  cookie.widgetId ?? '',
  cookie.partitioned,
  cookie.httpOnly,
  cookie.secure,
  cookie.sameSite ?? '',
];

/** One row per cookie of a page, as its cookie table shows them; `expires` is "session" for session cookies. */
export function cookiesToCsv(cookies: readonly CookieRecord[]): string {
  return csvTable(cookieColumns, cookies.map(cookieCells));
}

/** Every cookie of every scanned page, each row led by the page's url and site (`scan --cookies FILE`). */
export function scanCookiesToCsv(results: readonly ScanResult[]): string {
  return csvTable(
    ['url', 'site', ...cookieColumns],
    results.flatMap((result) => result.cookies.map((cookie) => [result.url, result.site, ...cookieCells(cookie)])),
  );
}
