import ipaddr from 'ipaddr.js';
import { ipv4NonPublicRanges, ipv6EmbeddingRanges, ipv6NonPublicRanges, type AddressRange } from './address-ranges';

// Parsed once: ipaddr.js (a well-kept parser, also behind Express's proxy-addr) reads every
// IPv4 and IPv6 spelling, including IPv6 with a dotted IPv4 tail.
const parseRanges = <R extends { readonly cidr: string }>(ranges: readonly R[]) =>
  ranges.map((range) => ({ range, block: ipaddr.parseCIDR(range.cidr) }));
const ipv4Blocks = parseRanges(ipv4NonPublicRanges);
const ipv6Blocks = parseRanges(ipv6NonPublicRanges);
const embeddingBlocks = parseRanges(ipv6EmbeddingRanges);

/**
 * The non-public block an IP address belongs to, or null for a public address (or for text that
 * is not an address). Accepts `[::1]` with brackets, as URL host names hold IPv6.
 */
export function nonPublicRangeOf(address: string): AddressRange | null {
  const text = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  // Only the strict four-part form: URL parsing has already turned `0x7f.1` into `127.0.0.1`.
  if (!ipaddr.IPv4.isValidFourPartDecimal(text) && !ipaddr.IPv6.isValid(text)) return null;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(text);
  } catch {
    return null;
  }
  return parsed.kind() === 'ipv4' ? ipv4RangeOf(parsed as ipaddr.IPv4) : ipv6RangeOf(parsed as ipaddr.IPv6);
}

function ipv4RangeOf(address: ipaddr.IPv4): AddressRange | null {
  return ipv4Blocks.find(({ block }) => address.match(block as [ipaddr.IPv4, number]))?.range ?? null;
}

function ipv6RangeOf(address: ipaddr.IPv6): AddressRange | null {
  const own = ipv6Blocks.find(({ block }) => address.match(block as [ipaddr.IPv6, number]));
  if (own) return own.range;
  const embedding = embeddingBlocks.find(({ block }) => address.match(block as [ipaddr.IPv6, number]));
  if (!embedding) return null;
  const bytes = address.toByteArray().slice(embedding.range.ipv4At, embedding.range.ipv4At + 4);
  return ipv4RangeOf(new ipaddr.IPv4(bytes));
}
