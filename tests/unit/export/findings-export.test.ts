import { describe, expect, it } from 'vitest';
import { findingsExport } from '../../../lib/export/findings-export';
import { scanPolicyOf } from '../../../lib/findings/scan-result';
import { emptyFacts } from '../../../lib/policy/empty-facts';
import type { TabReport } from '../../../lib/findings/tab-report';
import type { PolicyResult } from '../../../lib/policy/fetch/load-policy';
import type { ConsentStatus } from '../../../lib/consent/consent-status';
import { cookieRecord } from '../cookies/cookie-record';

const report: TabReport = {
  tabId: 7,
  url: 'https://www.shop.example/cart',
  site: 'shop.example',
  widgets: [{ id: 'zendesk-chat', name: 'Zendesk Chat (Zopim)', vendor: 'Zendesk', evidence: ['script https://v2.zopim.com/?k'] }],
  cookies: [cookieRecord('__zlcmid', { party: 'third', vendor: 'Zendesk' })],
  storage: [{ area: 'localStorage', origin: 'https://www.shop.example', key: '__zlcstore', vendor: 'Zendesk', purpose: 'Chat settings.', bytes: 120, widgetId: 'zendesk-chat', party: 'first' }],
  trackers: [{ vendor: 'Google Analytics', category: 'analytics', hosts: ['www.google-analytics.com'] }],
  thirdPartyHosts: ['v2.zopim.com', 'www.google-analytics.com'],
  policyLinks: [{ url: 'https://www.shop.example/privacy', score: 10, sameSite: true }],
  startedAt: 1,
  updatedAt: 2,
};

const facts = { ...emptyFacts(), dnt: { value: 'not-honored' as const, evidence: [] } };
const policy: PolicyResult = {
  status: 'ready',
  url: 'https://www.shop.example/privacy',
  title: 'Privacy',
  analysis: { title: 'Privacy', lastUpdated: '2026-01-02', facts, lastUpdatedEvidence: [] },
  changes: [],
};
const consent: ConsentStatus = { cmp: 'Onetrust', outcome: 'rejected', url: report.url, at: 3 };
const AT = new Date(Date.UTC(2026, 10, 23, 12));

describe('findingsExport', () => {
  it("is the scan command's result for the page, with when and by what", () => {
    expect(findingsExport(report, policy, consent, AT, 'Privacy Inspector 0.1.0')).toEqual({
      url: report.url,
      site: 'shop.example',
      widgets: report.widgets,
      cookies: report.cookies,
      storage: report.storage,
      policy: { url: 'https://www.shop.example/privacy', lastUpdated: '2026-01-02', facts, status: 'ready' },
      trackers: report.trackers,
      thirdPartyHosts: report.thirdPartyHosts,
      mismatches: [],
      consent,
      exportedAt: '2026-11-23T12:00:00.000Z',
      exportedBy: 'Privacy Inspector 0.1.0',
    });
  });

  it('says so when no policy was found, and survives a JSON round trip unchanged', () => {
    const unreachable: PolicyResult = { status: 'fetch-failed', url: 'https://www.shop.example/privacy', title: null, analysis: null, changes: [], message: 'The server answered 503.' };
    const exported = findingsExport(report, unreachable, null, AT, 'x');
    expect(exported.policy).toEqual({ url: 'https://www.shop.example/privacy', lastUpdated: null, facts: emptyFacts(), status: 'fetch-failed', message: 'The server answered 503.' });
    expect(exported.consent).toBeNull();
    expect(exported).not.toHaveProperty('loaded');
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });
});

describe('scanPolicyOf', () => {
  it('is not-found with empty facts when there is no policy result', () => {
    expect(scanPolicyOf(null)).toEqual({ url: null, lastUpdated: null, facts: emptyFacts(), status: 'not-found' });
  });
});
