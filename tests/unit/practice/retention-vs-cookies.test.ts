import { describe, expect, it } from 'vitest';
import { retentionVsCookies } from '../../../lib/practice/rules/retention-vs-cookies';
import { cookieRecord } from '../cookies/cookie-record';
import { expiresIn, policyOf, practiceInput } from './practice-input';

const ga = cookieRecord('_ga', { vendor: 'Google Analytics', category: 'analytics', expires: expiresIn(730) });

describe('retention against cookie lifetimes', () => {
  it('a 2-year identifier against "30 days" is a high mismatch, with the quote and the cookie', () => {
    const [mismatch, ...rest] = retentionVsCookies(practiceInput({ sitePolicy: policyOf('We keep your personal data for 30 days and then delete it.'), cookies: [ga] }));
    expect(rest).toEqual([]);
    expect(mismatch).toMatchObject({
      kind: 'retention',
      severity: 'high',
      policyEvidence: { policy: 'site', fact: 'retention', claim: 'keeps data for at most 30 days', quote: 'We keep your personal data for 30 days and then delete it.' },
      observed: { type: 'cookie', name: '_ga', vendor: 'Google Analytics', lifetimeDays: 730, text: 'cookie _ga (Google Analytics) on example.com, lives 2 years' },
    });
  });

  it('counts a chat widget\'s third-party identifier too, as medium when it is less than ten times over', () => {
    const chat = cookieRecord('visitor', { party: 'third', domain: 'chat.example', widgetId: 'some-chat', category: 'functional', expires: expiresIn(365) });
    const found = retentionVsCookies(practiceInput({ sitePolicy: policyOf('We retain personal data for 90 days.'), cookies: [chat] }));
    expect(found.map((m) => [m.observed.name, m.severity])).toEqual([['visitor', 'medium']]);
  });

  it('no mismatch when the cookie lives within the longest stated period (or not much beyond)', () => {
    const policy = policyOf('We keep support messages for 30 days. We keep account data for 2 years.');
    expect(policy.facts.retention.periods).toEqual(['30 days', '2 years']);
    expect(retentionVsCookies(practiceInput({ sitePolicy: policy, cookies: [ga] }))).toEqual([]);
    const yearly = policyOf('We keep your personal data for 1 year.');
    const thirteenMonths = cookieRecord('_uetvid', { category: 'advertising', expires: expiresIn(395) });
    expect(retentionVsCookies(practiceInput({ sitePolicy: yearly, cookies: [thirteenMonths] }))).toEqual([]);
  });

  it('no mismatch when either side is unclear: no period, a session or unknown cookie, a consent cookie, a tracker\'s own cookie', () => {
    const asNeeded = policyOf('We keep your personal data only as long as necessary for the purposes described.');
    expect(retentionVsCookies(practiceInput({ sitePolicy: asNeeded, cookies: [ga] }))).toEqual([]);
    expect(retentionVsCookies(practiceInput({ sitePolicy: null, cookies: [ga] }))).toEqual([]);
    const short = policyOf('We keep your personal data for 30 days and then delete it.');
    const cookies = [
      cookieRecord('session_id', { category: 'functional', expires: null }),
      cookieRecord('mystery', { category: null, expires: expiresIn(730) }),
      cookieRecord('OptanonConsent', { category: 'necessary', expires: expiresIn(365) }),
      cookieRecord('IDE', { party: 'third', domain: 'doubleclick.net', vendor: 'Google', category: 'advertising', expires: expiresIn(390) }),
    ];
    expect(retentionVsCookies(practiceInput({ sitePolicy: short, cookies }))).toEqual([]);
  });
});
