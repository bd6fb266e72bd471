import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hostMatches, hostnameOf } from '../../../lib/widgets/host-match';

describe('hostMatches', () => {
  it('matches the host itself and its subdomains at any depth', () => {
    expect(hostMatches('zopim.com', 'zopim.com')).toBe(true);
    expect(hostMatches('v2.zopim.com', 'zopim.com')).toBe(true);
    expect(hostMatches('a.b.c.zopim.com', 'zopim.com')).toBe(true);
  });

  it('needs a dot boundary: a longer name ending in the same letters is another host', () => {
    expect(hostMatches('evil-zopim.com', 'zopim.com')).toBe(false);
    expect(hostMatches('notzopim.com', 'zopim.com')).toBe(false);
    expect(hostMatches('xzopim.com', 'zopim.com')).toBe(false);
  });

  it('does not match when the host is only a prefix or a middle part', () => {
    expect(hostMatches('zopim.com.evil.net', 'zopim.com')).toBe(false);
    expect(hostMatches('zopim.co', 'zopim.com')).toBe(false);
    expect(hostMatches('com', 'zopim.com')).toBe(false);
  });

  it('does not match a parent of the host', () => {
    // A catalogue entry for widget.intercom.io must not claim every intercom.io request.
    expect(hostMatches('intercom.io', 'widget.intercom.io')).toBe(false);
    expect(hostMatches('api.intercom.io', 'widget.intercom.io')).toBe(false);
  });

  it('property: any label + "." + host matches; any other non-empty prefix not ending in "." does not', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
    fc.assert(
      fc.property(label, label, (sub, prefix) => {
        const host = 'zdassets.com';
        expect(hostMatches(`${sub}.${host}`, host)).toBe(true);
        expect(hostMatches(`${prefix}${host}`, host)).toBe(false);
        expect(hostMatches(`${host}.${sub}`, host)).toBe(false);
      }),
    );
  });
});

describe('hostnameOf', () => {
  it('returns the lower-cased hostname of http(s) and ws(s) URLs, without port or credentials', () => {
    expect(hostnameOf('https://V2.Zopim.COM/?key=1')).toBe('v2.zopim.com');
    expect(hostnameOf('http://example.com:8080/x')).toBe('example.com');
    expect(hostnameOf('wss://widget-mediator.zopim.com/s/W/ws')).toBe('widget-mediator.zopim.com');
    expect(hostnameOf('https://user:pass@cdn.example.net/a.js')).toBe('cdn.example.net');
  });

  it('reads the real host, not a look-alike in credentials, path or query', () => {
    expect(hostnameOf('https://zopim.com@evil.net/widget.js')).toBe('evil.net');
    expect(hostnameOf('https://evil.net/zopim.com/widget.js')).toBe('evil.net');
    expect(hostnameOf('https://evil.net/?u=https://zopim.com/')).toBe('evil.net');
  });

  it('keeps IP addresses as they are', () => {
    expect(hostnameOf('http://192.168.0.10/chat.js')).toBe('192.168.0.10');
    expect(hostnameOf('http://[::1]:3000/')).toBe('[::1]');
  });

  it('returns null for relative paths, junk and URLs without a host', () => {
    expect(hostnameOf('/chat.js')).toBeNull();
    expect(hostnameOf('chat.js')).toBeNull();
    expect(hostnameOf('')).toBeNull();
    expect(hostnameOf('not a url')).toBeNull();
    expect(hostnameOf('data:text/javascript,alert(1)')).toBeNull();
    expect(hostnameOf('about:blank')).toBeNull();
    expect(hostnameOf('javascript:void(0)')).toBeNull();
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const host = hostnameOf(text);
        expect(host === null || (host.length > 0 && host === host.toLowerCase())).toBe(true);
      }),
    );
  });
});
