import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cookieIdentityOf, cookieUrlOf, restoreDetailsOf, type StoredCookie } from '../../../lib/actions/stored-cookie';
import { optOutCookieDetails } from '../../../lib/actions/opt-out-cookies';
import { isIP } from '../../../lib/actions/ip-address';
import { widgetCatalog } from '../../../lib/widgets/catalog';
import type { OptOutSpec } from '../../../lib/widgets/types';

const cookie = (fields: Partial<StoredCookie> = {}): StoredCookie => ({
  name: 'sid',
  value: 'abc',
  domain: '.shop.example',
  hostOnly: false,
  path: '/',
  secure: false,
  httpOnly: false,
  sameSite: 'lax',
  session: false,
  expirationDate: 1_900_000_000,
  storeId: '0',
  ...fields,
});

describe('cookieUrlOf', () => {
  it('builds scheme, host and path from the cookie', () => {
    expect(cookieUrlOf({ domain: '.shop.example', path: '/', secure: false })).toBe('http://shop.example/');
    expect(cookieUrlOf({ domain: 'www.shop.example', path: '/cart', secure: true })).toBe('https://www.shop.example/cart');
    expect(cookieUrlOf({ domain: '127.0.0.1', path: '/', secure: false })).toBe('http://127.0.0.1/');
  });

  it('an empty path addresses the root', () => {
    expect(cookieUrlOf({ domain: 'shop.example', path: '', secure: false })).toBe('http://shop.example/');
  });

  it('property: the URL always parses, and its host is the cookie domain without the dot', () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean(), fc.stringMatching(/^(\/[a-z0-9]{0,6}){1,3}$/), (labels, dotted, secure, path) => {
        const host = labels.join('.');
        const url = new URL(cookieUrlOf({ domain: `${dotted ? '.' : ''}${host}`, path, secure }));
        expect(url.hostname).toBe(host);
        expect(url.protocol).toBe(secure ? 'https:' : 'http:');
        expect(url.pathname).toBe(path);
      }),
    );
  });
});

describe('restoreDetailsOf', () => {
  it('recreates a domain cookie with every attribute', () => {
    expect(restoreDetailsOf(cookie({ secure: true, httpOnly: true, sameSite: 'no_restriction' }))).toEqual({
      url: 'https://shop.example/',
      name: 'sid',
      value: 'abc',
      domain: '.shop.example',
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'no_restriction',
      expirationDate: 1_900_000_000,
      storeId: '0',
    });
  });

  it('a host-only cookie is set without a domain, or it would become a domain cookie', () => {
    const details = restoreDetailsOf(cookie({ domain: 'www.shop.example', hostOnly: true }));
    expect(details).not.toHaveProperty('domain');
    expect(details.url).toBe('http://www.shop.example/');
    const onIp = restoreDetailsOf(cookie({ domain: '127.0.0.1', hostOnly: true }));
    expect(onIp).not.toHaveProperty('domain');
    expect(onIp.url).toBe('http://127.0.0.1/');
  });

  it('a __Host- cookie comes back host-only, secure, on /', () => {
    const details = restoreDetailsOf(cookie({ name: '__Host-id', domain: 'shop.example', hostOnly: true, secure: true }));
    expect(details).toMatchObject({ url: 'https://shop.example/', name: '__Host-id', path: '/', secure: true });
    expect(details).not.toHaveProperty('domain');
  });

  it('a session cookie comes back without an expiry (it stays a session cookie)', () => {
    expect(restoreDetailsOf(cookie({ session: true, expirationDate: undefined }))).not.toHaveProperty('expirationDate');
    // Even if the browser reported a date with it.
    expect(restoreDetailsOf(cookie({ session: true, expirationDate: 1_900_000_000 }))).not.toHaveProperty('expirationDate');
    expect(restoreDetailsOf(cookie({ session: false, expirationDate: undefined }))).not.toHaveProperty('expirationDate');
  });

  it('a partitioned (CHIPS) cookie is put back into its partition', () => {
    const details = restoreDetailsOf(cookie({ domain: 'embed.example', hostOnly: true, secure: true, sameSite: 'no_restriction', partitionKey: { topLevelSite: 'https://shop.example' } }));
    expect(details.partitionKey).toEqual({ topLevelSite: 'https://shop.example' });
    expect(restoreDetailsOf(cookie())).not.toHaveProperty('partitionKey');
    expect(restoreDetailsOf(cookie({ partitionKey: {} }))).not.toHaveProperty('partitionKey');
  });

  it('keeps the cookie store (incognito, containers)', () => {
    expect(restoreDetailsOf(cookie({ storeId: 'firefox-container-2' })).storeId).toBe('firefox-container-2');
  });
});

describe('cookieIdentityOf', () => {
  it('is the same for the same cookie, different for another name, domain, path, store or partition', () => {
    const base = cookieIdentityOf(cookie());
    expect(cookieIdentityOf(cookie({ value: 'other', secure: true }))).toBe(base);
    for (const change of [{ name: 'x' }, { domain: 'shop.example' }, { path: '/a' }, { storeId: '1' }, { partitionKey: { topLevelSite: 'https://a.example' } }] as Partial<StoredCookie>[]) {
      expect(cookieIdentityOf(cookie(change))).not.toBe(base);
    }
  });

  it('fields cannot run into each other', () => {
    expect(cookieIdentityOf(cookie({ domain: 'a.b', path: '/c' }))).not.toBe(cookieIdentityOf(cookie({ domain: 'a', path: '.b/c' })));
  });
});

describe('isIP', () => {
  it('tells address literals from host names', () => {
    for (const ip of ['127.0.0.1', '10.0.0.255', '[::1]', '::1', '[2001:db8::1]']) expect(isIP(ip), ip).toBe(true);
    for (const host of ['localhost', 'shop.example', '1.example', 'www.127.0.0.1.nip.io', '127.0.0']) expect(isIP(host), host).toBe(false);
  });
});

describe('optOutCookieDetails', () => {
  const zendesk = widgetCatalog.find((widget) => widget.id === 'zendesk-chat')!.optOut!;
  const now = Date.UTC(2025, 0, 1);
  const aYearFromNow = Math.floor(now / 1000) + 365 * 86_400;

  it('Zendesk Chat: __zlcprivacy=0 and __zprivacy=0 on the whole site, for a year', () => {
    const details = optOutCookieDetails(zendesk, 'https://www.shop.example/cart?x=1', 'shop.example', now);
    expect(details).toEqual([
      { url: 'https://www.shop.example/', name: '__zlcprivacy', value: '0', domain: '.shop.example', path: '/', secure: true, sameSite: 'lax', expirationDate: aYearFromNow },
      { url: 'https://www.shop.example/', name: '__zprivacy', value: '0', domain: '.shop.example', path: '/', secure: true, sameSite: 'lax', expirationDate: aYearFromNow },
    ]);
  });

  it('readable by the widget: never httpOnly; not secure on an http page', () => {
    const [detail] = optOutCookieDetails(zendesk, 'http://shop.example/', 'shop.example', now);
    expect(detail!.secure).toBe(false);
    expect(detail!.httpOnly).toBeUndefined();
    expect(detail!.url).toBe('http://shop.example/');
  });

  it('on an IP address: a host-only cookie (a domain attribute is refused there)', () => {
    for (const detail of optOutCookieDetails(zendesk, 'http://127.0.0.1:8080/page.html', '127.0.0.1', now)) {
      expect(detail).not.toHaveProperty('domain');
      expect(detail.url).toBe('http://127.0.0.1/');
      expect(detail.secure).toBe(false);
    }
  });

  it('on a single-label host (localhost, an intranet name): host-only too', () => {
    for (const detail of optOutCookieDetails(zendesk, 'http://localhost:3000/', 'localhost', now)) expect(detail).not.toHaveProperty('domain');
  });

  it('every vendor with an opt-out gets one cookie per documented name, with its value', () => {
    const withOptOut = widgetCatalog.filter((widget): widget is typeof widget & { optOut: OptOutSpec } => 'optOut' in widget && widget.optOut !== undefined);
    expect(withOptOut.map((widget) => widget.id)).toEqual(expect.arrayContaining(['zendesk-chat', 'hubspot-chat']));
    for (const widget of withOptOut) {
      const details = optOutCookieDetails(widget.optOut, 'https://shop.example/', 'shop.example', now);
      expect(details.map((detail) => [detail.name, detail.value])).toEqual(widget.optOut.cookies.map((spec) => [spec.name, spec.value]));
    }
  });
});
