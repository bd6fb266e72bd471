import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ipv4BlockPattern, ownNetworkBlockRules } from '../../../lib/net/own-network-block-rules';
import { nonPublicRangeOf } from '../../../lib/net/classify-address';

// The browser runs these with RE2; the patterns use only what RE2 and JavaScript read alike.
const rules = ownNetworkBlockRules();
const blocked = (url: string) => rules.some((rule) => new RegExp(rule.condition.regexFilter!).test(url));

describe('ownNetworkBlockRules', () => {
  it('blocks the hops a hostile redirect would take', () => {
    for (const url of [
      'http://127.0.0.1:8080/admin?action=reboot', 'http://user:pw@192.168.1.1/', 'http://100.64.0.1/', 'http://198.18.0.1/', 'http://0.0.0.0:3000/',
      'http://[::1]/', 'http://[::ffff:7f00:1]/', 'http://[64:ff9b::a00:1]/', 'http://127.0.0.1.nip.io/', 'https://10-0-0-1.sslip.io/x',
      'http://router/', 'http://router.:81/', 'http://printer.local/', 'http://a.localhost/', 'http://nas.home.arpa/', 'http://db.internal/',
    ]) expect(blocked(url), url).toBe(true);
  });

  it('lets public hops through', () => {
    for (const url of ['https://example.com/privacy', 'https://v2.zopim.com/privacy', 'http://8.8.8.8/', 'http://100.128.0.1/', 'http://1.2.3.4.nip.io/', 'https://example.com/127.0.0.1/', 'https://example.com/?next=http://127.0.0.1/', 'https://local.example.com/'])
      expect(blocked(url), url).toBe(false);
  });

  it('has unique ids and scopes every rule to the background\'s own fetches', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.condition).toMatchObject({ tabIds: [-1], resourceTypes: ['xmlhttprequest'] });
  });

  it('writes an IPv4 block octet by octet', () => {
    expect(ipv4BlockPattern('127.0.0.0/8', '\\.')).toBe(String.raw`127\.\d{1,3}\.\d{1,3}\.\d{1,3}`);
    expect(ipv4BlockPattern('198.18.0.0/15', '.')).toBe(String.raw`198.(?:18|19).\d{1,3}.\d{1,3}`);
  });

  it('blocks an IPv4 host exactly when the classifier refuses it (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 1, max: 65_535 }), (octets, port) => {
        const host = octets.join('.');
        expect(blocked(`http://${host}:${port}/x`)).toBe(nonPublicRangeOf(host) !== null);
      }),
      { seed: 20_240_909, numRuns: 2_000 },
    );
  });
});
