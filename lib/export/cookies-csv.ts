import type { CookieRecord } from '../cookies/classify';
import { csvTable } from './csv';

const header = [
  'name', 'domain', 'path', 'party', 'vendor', 'category', 'purpose', 'expires', 'widget',
  'partitioned', 'http_only', 'secure', 'same_site',
] as const;

/** One row per cookie of a page, as its cookie table shows them; `expires` is "session" for session cookies. */
export function cookiesToCsv(cookies: readonly CookieRecord[]): string {
  return csvTable(
    header,
    cookies.map((cookie) => [
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
    ]),
  );
}
