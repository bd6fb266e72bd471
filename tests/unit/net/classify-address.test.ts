import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nonPublicRangeOf } from '../../../lib/net/classify-address';
import { ipv4NonPublicRanges, ipv6NonPublicRanges } from '../../../lib/net/address-ranges';

describe('nonPublicRangeOf', () => {
  it.each([
    ['0.0.0.0', 'this-network'], ['0.1.2.3', 'this-network'], ['10.1.2.3', 'private'], ['100.64.0.1', 'shared'], ['100.127.255.255', 'shared'],
    ['127.0.0.1', 'loopback'], ['127.255.255.254', 'loopback'], ['169.254.169.254', 'link-local'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'],
    ['192.0.0.8', 'reserved'], ['192.0.2.1', 'documentation'], ['192.168.1.1', 'private'], ['198.18.0.1', 'benchmarking'], ['198.19.255.255', 'benchmarking'],
    ['198.51.100.7', 'documentation'], ['203.0.113.9', 'documentation'], ['224.0.0.251', 'multicast'], ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'], ['255.255.255.255', 'reserved'],
  ])('IPv4 %s is %s', (address, kind) => {
    // 255.255.255.255 is inside 240/4 too; the first block listed wins.
    expect(nonPublicRangeOf(address)?.kind).toBe(kind);
  });

  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '100.63.255.255', '100.128.0.0', '172.15.255.255', '172.32.0.0', '192.169.0.1', '198.17.255.255', '198.20.0.0', '223.255.255.255'])(
    'IPv4 %s is public',
    (address) => expect(nonPublicRangeOf(address)).toBeNull(),
  );

  it.each([
    ['::', 'this-network'], ['::1', 'loopback'], ['[::1]', 'loopback'], ['fc00::1', 'unique-local'], ['fd12:3456::1', 'unique-local'], ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'], ['fec0::1', 'site-local'], ['ff02::1', 'multicast'], ['2001:db8::1', 'documentation'], ['3fff::1', 'documentation'],
    ['2001::1', 'reserved'], ['100::1', 'reserved'], ['64:ff9b:1::1', 'private'],
  ])('IPv6 %s is %s', (address, kind) => {
    expect(nonPublicRangeOf(address)?.kind).toBe(kind);
  });

  it('judges IPv6 that carries an IPv4 address (mapped, compatible, NAT64, 6to4) by that address', () => {
    expect(nonPublicRangeOf(new URL('http://[::ffff:127.0.0.1]/').hostname)?.kind).toBe('loopback');
    expect(nonPublicRangeOf('::ffff:c0a8:101')?.kind).toBe('private');
    expect(nonPublicRangeOf('::7f00:1')?.kind).toBe('loopback');
    expect(nonPublicRangeOf('64:ff9b::7f00:1')?.kind).toBe('loopback');
    expect(nonPublicRangeOf('64:ff9b::10.0.0.1')?.kind).toBe('private');
    expect(nonPublicRangeOf('2002:a9fe:a9fe::1')?.kind).toBe('link-local');
    expect(nonPublicRangeOf('::ffff:8.8.8.8')).toBeNull();
    expect(nonPublicRangeOf('64:ff9b::808:808')).toBeNull();
    expect(nonPublicRangeOf('2001:4860:4860::8888')).toBeNull();
    expect(nonPublicRangeOf('2606:4700:4700::1111')).toBeNull();
  });

  it('is null for text that is not an address', () => {
    for (const text of ['', 'example.com', '127.0.0.1.nip.io', '0x7f.1', '127.1', '1.2.3.4.5', '::g', '[::1', '999.0.0.1']) expect(nonPublicRangeOf(text), text).toBeNull();
  });

  it('lists every block with a source and a well-formed CIDR', () => {
    for (const range of [...ipv4NonPublicRanges, ...ipv6NonPublicRanges]) {
      expect(range.source).not.toBe('');
      expect(range.cidr).toMatch(/^[0-9a-f.:]+\/\d{1,3}$/);
    }
  });

  // Property: every IPv4 address inside a listed block is refused, spelt as IPv4, as IPv4-mapped
  // IPv6 and as NAT64; an address is public exactly when no block holds it.
  const inBlock = (octets: number[], cidr: string) => {
    const [base = '', bits = '32'] = cidr.split('/');
    const toNumber = (parts: number[]) => parts.reduce((value, part) => value * 256 + part, 0);
    const size = 2 ** (32 - Number(bits));
    const start = toNumber(base.split('.').map(Number));
    const value = toNumber(octets);
    return value >= start && value < start + size;
  };
  it('agrees with a plain arithmetic reading of the IPv4 table, in every spelling (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), (octets) => {
        const dotted = octets.join('.');
        const expected = ipv4NonPublicRanges.some((range) => inBlock(octets, range.cidr));
        const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
        expect(nonPublicRangeOf(dotted) !== null).toBe(expected);
        expect(nonPublicRangeOf(`::ffff:${dotted}`) !== null).toBe(expected);
        expect(nonPublicRangeOf(`[::ffff:${hex(octets[0]!, octets[1]!)}:${hex(octets[2]!, octets[3]!)}]`) !== null).toBe(expected);
        expect(nonPublicRangeOf(`64:ff9b::${dotted}`) !== null).toBe(expected);
      }),
      { seed: 20_240_909, numRuns: 2_000 },
    );
  });
});
