import { describe, expect, it } from 'vitest';
import { isSafePolicyTarget } from '../../../../lib/policy/find/policy-target';

/** A policy URL on `host`, as a page would link it (IPv6 literals in brackets). */
const urlOn = (host: string): string => `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}/privacy`;
const fromPublicPage = (host: string): boolean => isSafePolicyTarget(urlOn(host), 'https://shop.example.com/');

/**
 * What counts as the user's own network is lib/net's ownNetworkHostOf (tested in tests/unit/net);
 * these check that the policy target check uses it, address by address.
 */
describe('isSafePolicyTarget: which hosts a public page may not point at', () => {
  it.each([
    ['127.0.0.1'], ['127.255.255.254'], ['10.0.0.1'], ['10.255.255.255'], ['172.16.0.1'], ['172.20.10.5'], ['172.31.255.255'],
    ['192.168.0.1'], ['192.168.1.1'], ['169.254.169.254'], ['0.0.0.0'], ['0.1.2.3'],
  ])('IPv4 %s is refused', (host) => {
    expect(fromPublicPage(host)).toBe(false);
  });

  it.each([
    ['8.8.8.8'], ['1.1.1.1'], ['93.184.216.34'], ['172.15.255.255'], ['172.32.0.1'], ['192.169.0.1'], ['169.253.0.1'], ['11.0.0.1'], ['128.0.0.1'],
  ])('IPv4 %s is allowed', (host) => {
    expect(fromPublicPage(host)).toBe(true);
  });

  it('refuses localhost and its subdomains, in any case', () => {
    for (const host of ['localhost', 'LOCALHOST', 'app.localhost', 'a.b.localhost']) expect(fromPublicPage(host), host).toBe(false);
  });

  it('allows names that merely contain "localhost" in a public domain', () => {
    expect(fromPublicPage('localhost.example.com')).toBe(true);
    expect(fromPublicPage('notlocalhost.com')).toBe(true);
  });

  it('refuses one-word names such as "mylocalhost" or "router": only the local network resolves them', () => {
    expect(fromPublicPage('mylocalhost')).toBe(false);
    expect(fromPublicPage('router')).toBe(false);
  });

  it('refuses IPv6 loopback, unspecified, unique-local, link-local and site-local addresses', () => {
    // fec0::/10 (site-local) is deprecated (RFC 3879) but was never public: refusing it is the safe side.
    for (const host of ['::1', '::', 'fc00::1', 'fd12:3456:789a::1', 'FD00::abcd', 'fe80::1', 'fe80::1ff:fe23:4567:890a', 'febf::1', 'fec0::1']) {
      expect(fromPublicPage(host), host).toBe(false);
    }
  });

  it('allows public IPv6 addresses', () => {
    for (const host of ['2001:4860:4860::8888', '2606:4700:4700::1111', 'fe00::1', 'fb00::1']) expect(fromPublicPage(host), host).toBe(true);
  });

  it('sees the IPv4 address inside an IPv4-mapped IPv6 address', () => {
    for (const host of ['::ffff:192.168.1.1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:7f00:1']) expect(fromPublicPage(host), host).toBe(false);
    expect(fromPublicPage('::ffff:8.8.8.8')).toBe(true);
  });

  it('allows ordinary host names, including ones that start like addresses, and refuses names that spell a private one', () => {
    for (const host of ['example.com', 'www.example.co.uk', '10.example.com', 'fc00.example.com']) expect(fromPublicPage(host), host).toBe(true);
    expect(fromPublicPage('192.168.1.1.nip.io')).toBe(false);
  });
});

describe('isSafePolicyTarget', () => {
  const publicPage = 'https://shop.example.com/products/42';

  it('allows public http(s) targets from any page', () => {
    expect(isSafePolicyTarget('https://example.com/privacy', publicPage)).toBe(true);
    expect(isSafePolicyTarget('http://example.com/privacy', publicPage)).toBe(true);
    expect(isSafePolicyTarget('HTTPS://policies.google.com/privacy', publicPage)).toBe(true);
    expect(isSafePolicyTarget('https://example.com/privacy', 'http://192.168.1.1/')).toBe(true);
  });

  it('refuses a private target linked from a public page', () => {
    for (const target of [
      'http://192.168.1.1/privacy',
      'http://10.0.0.1/privacy',
      'http://127.0.0.1:8080/privacy',
      'http://localhost/privacy',
      'http://printer.localhost/privacy',
      'http://[::1]/privacy',
      'http://[fd00::1]/privacy',
      'http://169.254.169.254/latest/meta-data',
      'http://[::ffff:192.168.1.1]/privacy',
    ]) {
      expect(isSafePolicyTarget(target, publicPage), target).toBe(false);
    }
  });

  it('refuses private targets written in the forms the URL parser normalises', () => {
    // Both are 127.0.0.1 once parsed.
    expect(isSafePolicyTarget('http://2130706433/privacy', publicPage)).toBe(false);
    expect(isSafePolicyTarget('http://0x7f.1/privacy', publicPage)).toBe(false);
    expect(isSafePolicyTarget('http://localhost./privacy', publicPage)).toBe(false);
  });

  it('allows a private target from a private page (a local or intranet site)', () => {
    expect(isSafePolicyTarget('http://192.168.1.1/privacy', 'http://192.168.1.1/admin')).toBe(true);
    expect(isSafePolicyTarget('http://localhost:3000/privacy', 'http://localhost:3000/')).toBe(true);
    expect(isSafePolicyTarget('http://10.0.0.2/privacy', 'http://intranet.localhost/')).toBe(true);
  });

  it('refuses a private target when the page URL cannot be read', () => {
    expect(isSafePolicyTarget('http://192.168.1.1/privacy', 'not a url')).toBe(false);
    expect(isSafePolicyTarget('http://192.168.1.1/privacy', '')).toBe(false);
  });

  it('refuses non-http schemes', () => {
    for (const target of [
      'javascript:alert(1)',
      'data:text/html,<p>privacy</p>',
      'file:///etc/passwd',
      'ftp://example.com/privacy.txt',
      'chrome://settings/privacy',
      'mailto:privacy@example.com',
      '//example.com/privacy',
      '/privacy',
    ]) {
      expect(isSafePolicyTarget(target, publicPage), target).toBe(false);
    }
  });

  it('refuses invalid URLs', () => {
    expect(isSafePolicyTarget('https://', publicPage)).toBe(false);
    expect(isSafePolicyTarget('http://exa mple.com/privacy', publicPage)).toBe(false);
    expect(isSafePolicyTarget('', publicPage)).toBe(false);
  });
});
