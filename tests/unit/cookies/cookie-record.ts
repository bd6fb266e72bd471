import type { CookieRecord, RawCookie } from '../../../lib/cookies/classify';

/** A cookie-table row for tests: a first-party session cookie unless told otherwise. */
export function cookieRecord(name: string, fields: Partial<CookieRecord> = {}): CookieRecord {
  return {
    name,
    domain: 'example.com',
    party: 'first',
    vendor: null,
    purpose: null,
    expires: null,
    category: null,
    widgetId: null,
    path: '/',
    partitioned: false,
    httpOnly: false,
    secure: true,
    sameSite: null,
    ...fields,
  };
}

/** A cookie as the cookies API returns it: a host-wide session cookie unless told otherwise. */
export function rawCookie(name: string, domain: string, fields: Partial<RawCookie> = {}): RawCookie {
  return { name, domain, path: '/', session: true, secure: true, httpOnly: false, ...fields };
}
