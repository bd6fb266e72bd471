import type { CookieRecord } from '../../../lib/cookies/classify';
import { emptyFacts } from '../../../lib/policy/empty-facts';
import type { PolicyFacts } from '../../../lib/policy/types';
import type { PolicyVersionSeen, SiteVisit } from '../../../lib/history/site-history';

export const DAY = 86_400_000;
export const T0 = Date.parse('2026-03-01T10:00:00Z');

export function cookie(name: string, domain: string, change: Partial<CookieRecord> = {}): CookieRecord {
  return {
    name, domain, party: domain.endsWith('shop.example') ? 'first' : 'third', vendor: null, purpose: null, expires: null, category: null,
    widgetId: null, path: '/', partitioned: false, httpOnly: false, secure: true, sameSite: 'lax', ...change,
  };
}

export function version(fetchedAt: number, change: Partial<PolicyFacts> = {}, hash = 'a'.repeat(64)): PolicyVersionSeen {
  return { url: 'https://shop.example/privacy', contentHash: hash, fetchedAt, lastUpdated: '2025-01-01', title: 'Privacy', facts: { ...emptyFacts(), ...change } };
}

export function visit(change: Partial<SiteVisit> = {}): SiteVisit {
  return {
    site: 'shop.example', url: 'https://shop.example/', at: T0, newVisit: true,
    widgets: [{ id: 'intercom', name: 'Intercom', vendor: 'Intercom', evidence: ['script https://widget.intercom.io/widget/x'] }],
    cookies: [cookie('sid', 'shop.example'), cookie('IDE', 'doubleclick.net', { vendor: 'Google', category: 'advertising' })],
    storage: [],
    trackers: [{ vendor: 'Google', category: 'advertising', hosts: ['ad.doubleclick.net'] }],
    thirdPartyHosts: ['ad.doubleclick.net', 'widget.intercom.io'],
    mismatches: [],
    policy: { url: null, status: 'not-found', versions: [] },
    consent: null,
    ...change,
  };
}
