import { describe, expect, it } from 'vitest';
import { isPrivateHost, isSafePolicyTarget } from '../../../../lib/policy/find/policy-target';

describe('isPrivateHost', () => {
  it.each([
    ['127.0.0.1'],
    ['127.255.255.254'],
    ['10.0.0.1'],
    ['10.255.255.255'],
    ['172.16.0.1'],
    ['172.20.10.5'],
    ['172.31.255.255'],
    ['192.168.0.1'],
    ['192.168.1.1'],
    ['169.254.169.254'],
    ['0.0.0.0'],
    ['0.1.2.3'],
  ])('IPv4 %s is private', (host) => {
    expect(isPrivateHost(host)).toBe(true);
  });

  it.each([
    ['8.8.8.8'],
    ['1.1.1.1'],
    ['93.184.216.34'],
    ['172.15.255.255'],
    ['172.32.0.1'],
    ['192.169.0.1'],
    ['169.253.0.1'],
    ['11.0.0.1'],
    ['128.0.0.1'],
  ])('IPv4 %s is public', (host) => {
    expect(isPrivateHost(host)).toBe(false);
  });

  it('treats localhost and its subdomains as private, in any case', () => {
    expect(isPrivateHost('localhost')).toBe(true);
    expect(isPrivateHost('LOCALHOST')).toBe(true);
    expect(isPrivateHost('app.localhost')).toBe(true);
    expect(isPrivateHost('a.b.localhost')).toBe(true);
  });

  it('does not mistake names that merely contain "localhost" for it', () => {
    expect(isPrivateHost('localhost.example.com')).toBe(false);
    expect(isPrivateHost('mylocalhost')).toBe(false);
    expect(isPrivateHost('notlocalhost.com')).toBe(false);
  });

  it('treats IPv6 loopback, unspecified, unique-local and link-local as private, bracketed or not', () => {
    for (const host of ['::1', '[::1]', '::', '[::]', 'fc00::1', '[fc00::1]', 'fd12:3456:789a::1', '[FD00::abcd]', 'fe80::1', '[fe80::1ff:fe23:4567:890a]', 'febf::1']) {
      expect(isPrivateHost(host), host).toBe(true);
    }
  });

  it('treats public IPv6 addresses as public', () => {
    for (const host of ['2001:4860:4860::8888', '[2606:4700:4700::1111]', 'fe00::1', 'fec0::1', 'fb00::1', '::2']) {
      expect(isPrivateHost(host), host).toBe(false);
    }
  });

  it('sees the IPv4 address inside an IPv4-mapped IPv6 address (as the URL parser writes it)', () => {
    expect(isPrivateHost(new URL('http://[::ffff:192.168.1.1]/').hostname)).toBe(true);
    expect(isPrivateHost(new URL('http://[::ffff:127.0.0.1]/').hostname)).toBe(true);
    expect(isPrivateHost('::ffff:10.0.0.1')).toBe(true);
    expect(isPrivateHost('[::ffff:7f00:1]')).toBe(true);
    expect(isPrivateHost(new URL('http://[::ffff:8.8.8.8]/').hostname)).toBe(false);
  });

  it('treats ordinary hostnames as public, including ones that look like addresses', () => {
    for (const host of ['example.com', 'www.example.co.uk', '10.example.com', '192.168.1.1.nip.io', 'fc00.example.com', 'router', '']) {
      expect(isPrivateHost(host), host).toBe(false);
    }
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
