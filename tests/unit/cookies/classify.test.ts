import { describe, expect, it } from 'vitest';
import type { KnownCookieSpec } from '../../../lib/cookies/known-cookies';
import type { TrackerHostSpec } from '../../../lib/trackers/tracker-hosts';
import { createCookieClassifier } from '../../../lib/cookies/classify';
import { fakeCatalog } from '../widgets/fake-catalog';
import { rawCookie } from './cookie-record';

const known: KnownCookieSpec[] = [
  { vendor: 'Google Analytics', name: '_ga', match: 'exact', category: 'analytics', lifetime: '2 years', purpose: 'Distinguishes visitors.' },
  { vendor: 'Google Analytics', name: '_ga_', match: 'prefix', category: 'analytics', lifetime: '2 years', purpose: 'GA4 session state.' },
  // Overlaps a widget cookie on purpose: the widget catalogue must win.
  { vendor: 'Someone Else', name: '__zlc', match: 'prefix', category: 'advertising', lifetime: '1 year', purpose: 'Not Zendesk.' },
];

const trackers: TrackerHostSpec[] = [
  { host: 'doubleclick.net', vendor: 'Google (DoubleClick)', category: 'advertising' },
  { host: 'bat.bing.com', vendor: 'Microsoft Advertising', category: 'advertising' },
];

const classify = createCookieClassifier(fakeCatalog, known, trackers);
const page = 'www.shop.example';

describe('createCookieClassifier: vendor by name', () => {
  it('names a widget cookie from the widget catalogue, with purpose, category and widget id', () => {
    const record = classify(rawCookie('__zlcmid', '.shop.example'), page);
    expect(record).toMatchObject({
      name: '__zlcmid',
      party: 'first',
      vendor: 'Zendesk',
      purpose: 'Identifies the visitor to Zendesk Chat.',
      category: 'functional',
      widgetId: 'zendesk-chat',
    });
  });

  it('matches prefix entries of the widget catalogue', () => {
    const record = classify(rawCookie('intercom-session-abc123', 'www.shop.example'), page);
    expect(record).toMatchObject({ vendor: 'Intercom', widgetId: 'intercom', purpose: 'Keeps the conversation open across pages.' });
  });

  it('prefers the widget catalogue over the known-cookie list', () => {
    expect(classify(rawCookie('__zlcprivacy', '.shop.example'), page).vendor).toBe('Zendesk');
    // Only the known list matches this one.
    expect(classify(rawCookie('__zlcother', '.shop.example'), page)).toMatchObject({ vendor: 'Someone Else', widgetId: null });
  });

  it('names a well-known cookie from the known list, exact or by prefix, without a widget id', () => {
    expect(classify(rawCookie('_ga', '.shop.example'), page)).toMatchObject({
      vendor: 'Google Analytics',
      purpose: 'Distinguishes visitors.',
      category: 'analytics',
      widgetId: null,
    });
    expect(classify(rawCookie('_ga_XYZ123', '.shop.example'), page)).toMatchObject({ vendor: 'Google Analytics', purpose: 'GA4 session state.' });
  });

  it('names a third-party cookie by name before its domain', () => {
    expect(classify(rawCookie('_ga', '.doubleclick.net'), page)).toMatchObject({ party: 'third', vendor: 'Google Analytics' });
  });
});

describe('createCookieClassifier: vendor by domain (third party only)', () => {
  it('gives a widget vendor\'s cookie of any name to that vendor, comparing sites not hostnames', () => {
    // The catalogue lists widget.intercom.io; the cookie lives on the parent .intercom.io.
    const record = classify(rawCookie('some-random-name', '.intercom.io'), page);
    expect(record).toMatchObject({ party: 'third', vendor: 'Intercom', widgetId: 'intercom', purpose: null, category: null });
  });

  it('gives a cookie on a tracker\'s domain or subdomain to that tracker', () => {
    expect(classify(rawCookie('xyz', '.doubleclick.net'), page)).toMatchObject({ vendor: 'Google (DoubleClick)', widgetId: null, purpose: null });
    expect(classify(rawCookie('xyz', 'stats.doubleclick.net'), page).vendor).toBe('Google (DoubleClick)');
  });

  it('uses the tracker host exactly, not its whole site', () => {
    expect(classify(rawCookie('MUIDB', '.bing.com'), page).vendor).toBeNull();
    expect(classify(rawCookie('MUIDB', 'bat.bing.com'), page).vendor).toBe('Microsoft Advertising');
  });

  it('does not give look-alike domains to a vendor', () => {
    expect(classify(rawCookie('id', '.evil-intercom.io'), page).vendor).toBeNull();
    expect(classify(rawCookie('id', '.notdoubleclick.net'), page).vendor).toBeNull();
    expect(classify(rawCookie('id', '.zopim.com.evil.net'), page).vendor).toBeNull();
  });

  it('leaves an unknown third-party cookie without a vendor', () => {
    expect(classify(rawCookie('id', '.cdn.unknown.example'), page)).toMatchObject({
      party: 'third',
      vendor: null,
      purpose: null,
      category: null,
      widgetId: null,
    });
  });

  it('leaves a first-party cookie with an unknown name without a vendor, even on a vendor\'s own site', () => {
    expect(classify(rawCookie('session_id', '.shop.example'), page).vendor).toBeNull();
    // Browsing intercom.io itself: its own cookies are first party and named only by what they are.
    expect(classify(rawCookie('session_id', '.intercom.io'), 'app.intercom.io')).toMatchObject({ party: 'first', vendor: null, widgetId: null });
  });
});

describe('createCookieClassifier: the other columns', () => {
  it('strips the leading dot of a domain cookie and keeps a host-only domain', () => {
    expect(classify(rawCookie('a', '.shop.example'), page).domain).toBe('shop.example');
    expect(classify(rawCookie('a', 'www.shop.example'), page).domain).toBe('www.shop.example');
  });

  it('marks partitioned (CHIPS) cookies only when a top-level site is given', () => {
    expect(classify(rawCookie('a', '.zopim.com', { partitionKey: { topLevelSite: 'https://shop.example' } }), page).partitioned).toBe(true);
    expect(classify(rawCookie('a', '.zopim.com', { partitionKey: {} }), page).partitioned).toBe(false);
    expect(classify(rawCookie('a', '.zopim.com'), page).partitioned).toBe(false);
  });

  it('gives an ISO expiry for a persistent cookie and null for a session one', () => {
    expect(classify(rawCookie('a', 'shop.example', { session: false, expirationDate: 1_700_000_000 }), page).expires).toBe('2023-11-14T22:13:20.000Z');
    expect(classify(rawCookie('a', 'shop.example', { session: true, expirationDate: 1_700_000_000 }), page).expires).toBeNull();
  });

  it('copies path and flags, and gives null for a missing sameSite', () => {
    const record = classify(rawCookie('a', 'shop.example', { path: '/account', httpOnly: true, secure: false, sameSite: 'strict' }), page);
    expect(record).toMatchObject({ path: '/account', httpOnly: true, secure: false, sameSite: 'strict' });
    expect(classify(rawCookie('a', 'shop.example'), page).sameSite).toBeNull();
  });

  it('returns the contract fields and nothing else', () => {
    expect(Object.keys(classify(rawCookie('a', 'shop.example'), page)).sort()).toEqual(
      ['category', 'domain', 'expires', 'httpOnly', 'name', 'partitioned', 'party', 'path', 'purpose', 'sameSite', 'secure', 'vendor', 'widgetId'],
    );
  });
});
