/**
 * Address blocks that never lead to a public web site: the user's own machine, their own
 * network, the provider's shared network, and blocks reserved for special use. A fetch made on
 * a page's behalf must not reach any of them.
 *
 * Sources: the IANA special-purpose address registries
 * (https://www.iana.org/assignments/iana-ipv4-special-registry/,
 * https://www.iana.org/assignments/iana-ipv6-special-registry/) and the RFCs named per block.
 * Blocks that embed an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged by
 * that address instead: `::ffff:8.8.8.8` is public, `64:ff9b::7f00:1` is loopback.
 */

export type AddressKind =
  | 'this-network'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'unique-local'
  | 'site-local'
  | 'reserved'
  | 'documentation'
  | 'benchmarking'
  | 'multicast'
  | 'broadcast';

export interface AddressRange {
  /** `address/prefix-length`. */
  readonly cidr: string;
  readonly kind: AddressKind;
  /** Where the block is defined. */
  readonly source: string;
}

export interface EmbeddingRange {
  readonly cidr: string;
  /** Byte offset of the embedded IPv4 address in the 16-byte IPv6 address. */
  readonly ipv4At: number;
  readonly source: string;
}

export const ipv4NonPublicRanges = [
  { cidr: '0.0.0.0/8', kind: 'this-network', source: 'RFC 791, RFC 1122 3.2.1.3' },
  { cidr: '10.0.0.0/8', kind: 'private', source: 'RFC 1918' },
  { cidr: '100.64.0.0/10', kind: 'shared', source: 'RFC 6598 (carrier-grade NAT)' },
  { cidr: '127.0.0.0/8', kind: 'loopback', source: 'RFC 1122 3.2.1.3' },
  { cidr: '169.254.0.0/16', kind: 'link-local', source: 'RFC 3927' },
  { cidr: '172.16.0.0/12', kind: 'private', source: 'RFC 1918' },
  { cidr: '192.0.0.0/24', kind: 'reserved', source: 'RFC 6890 (IETF protocol assignments)' },
  { cidr: '192.0.2.0/24', kind: 'documentation', source: 'RFC 5737 (TEST-NET-1)' },
  { cidr: '192.88.99.0/24', kind: 'reserved', source: 'RFC 7526 (former 6to4 relay anycast)' },
  { cidr: '192.168.0.0/16', kind: 'private', source: 'RFC 1918' },
  { cidr: '198.18.0.0/15', kind: 'benchmarking', source: 'RFC 2544' },
  { cidr: '198.51.100.0/24', kind: 'documentation', source: 'RFC 5737 (TEST-NET-2)' },
  { cidr: '203.0.113.0/24', kind: 'documentation', source: 'RFC 5737 (TEST-NET-3)' },
  { cidr: '224.0.0.0/4', kind: 'multicast', source: 'RFC 5771' },
  { cidr: '240.0.0.0/4', kind: 'reserved', source: 'RFC 1112 4 (future use)' },
  { cidr: '255.255.255.255/32', kind: 'broadcast', source: 'RFC 919, RFC 8190' },
] as const satisfies readonly AddressRange[];

export const ipv6NonPublicRanges = [
  { cidr: '::/128', kind: 'this-network', source: 'RFC 4291 2.5.2 (unspecified)' },
  { cidr: '::1/128', kind: 'loopback', source: 'RFC 4291 2.5.3' },
  { cidr: '64:ff9b:1::/48', kind: 'private', source: 'RFC 8215 (local-use IPv4/IPv6 translation)' },
  { cidr: '100::/64', kind: 'reserved', source: 'RFC 6666 (discard-only)' },
  { cidr: '2001::/23', kind: 'reserved', source: 'RFC 2928, RFC 6890 (IETF protocol assignments, Teredo)' },
  { cidr: '2001:db8::/32', kind: 'documentation', source: 'RFC 3849' },
  { cidr: '3fff::/20', kind: 'documentation', source: 'RFC 9637' },
  { cidr: '5f00::/16', kind: 'reserved', source: 'RFC 9602 (segment routing SIDs)' },
  { cidr: 'fc00::/7', kind: 'unique-local', source: 'RFC 4193' },
  { cidr: 'fe80::/10', kind: 'link-local', source: 'RFC 4291 2.5.6' },
  { cidr: 'fec0::/10', kind: 'site-local', source: 'RFC 3879 (deprecated site-local)' },
  { cidr: 'ff00::/8', kind: 'multicast', source: 'RFC 4291 2.7' },
] as const satisfies readonly AddressRange[];

/** Checked after the blocks above (so `::` and `::1` stay what they are). */
export const ipv6EmbeddingRanges = [
  { cidr: '::ffff:0:0/96', ipv4At: 12, source: 'RFC 4291 2.5.5.2 (IPv4-mapped)' },
  { cidr: '::/96', ipv4At: 12, source: 'RFC 4291 2.5.5.1 (IPv4-compatible, deprecated)' },
  { cidr: '64:ff9b::/96', ipv4At: 12, source: 'RFC 6052 (NAT64 well-known prefix)' },
  { cidr: '2002::/16', ipv4At: 2, source: 'RFC 3056 (6to4)' },
] as const satisfies readonly EmbeddingRange[];

/** Names that always mean this machine or the local network, whatever DNS says. */
export const localNameSuffixes = [
  { suffix: 'localhost', kind: 'loopback', source: 'RFC 6761 6.3' },
  { suffix: 'local', kind: 'private', source: 'RFC 6762 (multicast DNS)' },
  { suffix: 'home.arpa', kind: 'private', source: 'RFC 8375' },
  { suffix: 'internal', kind: 'private', source: 'ICANN, reserved for private use (2024)' },
] as const satisfies readonly { suffix: string; kind: AddressKind; source: string }[];
