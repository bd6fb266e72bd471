import { isIP } from './ip-address';
import type { OptOutSpec } from '../widgets/types';

const YEAR_SECONDS = 365 * 24 * 3600;

/**
 * `cookies.set` details for a vendor's opt-out cookies on the page's site: on its top host
 * (`.example.com`, where widgets read them), for a year, readable by the widget's script.
 */
export function optOutCookieDetails(spec: OptOutSpec, pageUrl: string, site: string, nowMs: number): Record<string, unknown>[] {
  const page = new URL(pageUrl);
  // A domain attribute is not allowed for IP addresses and single-label hosts: set a host cookie.
  const hostOnly = isIP(page.hostname) || !site.includes('.');
  return spec.cookies.map((cookie) => ({
    url: `${page.protocol}//${page.hostname}/`,
    name: cookie.name,
    value: cookie.value,
    ...(hostOnly ? {} : { domain: `.${site}` }),
    path: '/',
    secure: page.protocol === 'https:',
    sameSite: 'lax',
    expirationDate: Math.floor(nowMs / 1000) + YEAR_SECONDS,
  }));
}
