import { describe, expect, it } from 'vitest';
import { ownNetworkHostOf, ownNetworkHostOfUrl } from '../../../lib/net/own-network-host';

describe('ownNetworkHostOf', () => {
  it.each(['127.0.0.1', '[::1]', '10.0.0.1', '100.64.1.1', '198.18.0.1', 'localhost', 'LOCALHOST', 'app.localhost', 'localhost.', 'printer.local', 'nas.home.arpa', 'db.internal', 'router', 'intranet'])(
    '%s is the user\'s own network',
    (host) => expect(ownNetworkHostOf(host)).not.toBeNull(),
  );

  it.each(['127.0.0.1.nip.io', 'admin.192.168.1.1.nip.io', '10-0-0-1.sslip.io', '0.0.0.0.example.com', '169-254-169-254.sslip.io'])(
    '%s spells a non-public address in a name, and counts as one',
    (host) => expect(ownNetworkHostOf(host)).not.toBeNull(),
  );

  it.each(['example.com', 'www.example.co.uk', '10.example.com', '1.2.3.4.nip.io', 'v2.zopim.com', 'localhost.example.com', 'mylocalhost.com', '8.8.8.8', '[2606:4700:4700::1111]', 'fc00.example.com'])(
    '%s is not',
    (host) => expect(ownNetworkHostOf(host)).toBeNull(),
  );

  it('says why in plain words', () => {
    expect(ownNetworkHostOf('127.0.0.1')?.why).toBe('127.0.0.1 is a loopback address (127.0.0.0/8, RFC 1122 3.2.1.3)');
    expect(ownNetworkHostOfUrl('http://127.0.0.1.nip.io:8080/admin')?.why).toBe('127.0.0.1.nip.io names the loopback address 127.0.0.1');
  });

  it('reads URL host names as the URL parser canonicalises them (decimal, hex and short IPv4)', () => {
    for (const url of ['http://2130706433/', 'http://0x7f.1/', 'http://127.1/', 'http://[::ffff:7f00:1]/', 'http://0/']) expect(ownNetworkHostOfUrl(url), url).not.toBeNull();
    expect(ownNetworkHostOfUrl('not a url')).toBeNull();
  });
});
