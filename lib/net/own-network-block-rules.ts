import type { DnrRule } from '../blocking/dnr-rules';
import { ipv4NonPublicRanges, localNameSuffixes } from './address-ranges';

/**
 * declarativeNetRequest session rules that block, while a fetch on a page's behalf runs, every
 * request of the extension's own background (tab -1, xmlhttprequest) to an address or name that
 * `ownNetworkHostOf` refuses. They exist for redirects: the browser follows those itself and the
 * service worker never sees the hops in between (`redirect: 'manual'` gives an opaque answer,
 * https://fetch.spec.whatwg.org/#atomic-http-redirect-handling), but the browser checks each
 * hop against these rules. Written for RE2 (https://github.com/google/re2/wiki/Syntax): no
 * look-arounds.
 */

/** Session rule ids of this module; other modules use dynamic rules, which are a separate set. */
export const OWN_NETWORK_RULE_ID_BASE = 9000;
const PRIORITY = 100;

const SCHEME_AND_USER = String.raw`^https?://(?:[^/@]*@)?`;
const PORT_AND_END = String.raw`(?::\d+)?(?:[/?#]|$)`;

/** `(?:64|65|...|127)` for a partial octet; listed rather than clever, so it is plainly right. */
function numbersBetween(low: number, high: number): string {
  if (low === 0 && high === 255) return String.raw`\d{1,3}`;
  const numbers = Array.from({ length: high - low + 1 }, (_, i) => String(low + i));
  return numbers.length === 1 ? numbers[0]! : `(?:${numbers.join('|')})`;
}

/** The four octets of an IPv4 block as a pattern, octets joined by `separator`. */
export function ipv4BlockPattern(cidr: string, separator: string): string {
  const [address = '', lengthText = '32'] = cidr.split('/');
  const octets = address.split('.').map(Number);
  const length = Number(lengthText);
  return octets
    .map((octet, index) => {
      const fixedBits = Math.min(8, Math.max(0, length - index * 8));
      const span = 2 ** (8 - fixedBits);
      const low = octet & ~(span - 1) & 255;
      return numbersBetween(low, low + span - 1);
    })
    .join(separator);
}

const condition = (regexFilter: string) =>
  ({ regexFilter, resourceTypes: ['xmlhttprequest'], tabIds: [-1] }) as DnrRule['condition'] & { tabIds: number[] };

export type OwnNetworkRule = DnrRule & { condition: DnrRule['condition'] & { tabIds?: readonly number[] } };

export function ownNetworkBlockRules(): OwnNetworkRule[] {
  const bodies: Omit<OwnNetworkRule, 'id'>[] = [];
  for (const { cidr } of ipv4NonPublicRanges) {
    // The address as the host, and the address spelt inside a longer name (127.0.0.1.nip.io).
    bodies.push({ priority: PRIORITY, action: { type: 'block' }, condition: condition(`${SCHEME_AND_USER}${ipv4BlockPattern(cidr, String.raw`\.`)}${PORT_AND_END}`) });
    bodies.push({
      priority: PRIORITY,
      action: { type: 'block' },
      condition: condition(String.raw`${SCHEME_AND_USER}(?:[^/:?#@]*[.-])?${ipv4BlockPattern(cidr, '[.-]')}[.-][^/:?#@]*${PORT_AND_END}`),
    });
  }
  // Any IPv6 literal: after the first URL (judged exactly in code), a redirect has no business
  // going to one, and the compressed spellings make exact patterns error-prone.
  bodies.push({ priority: PRIORITY, action: { type: 'block' }, condition: condition(String.raw`${SCHEME_AND_USER}\[`) });
  // Local names, and one-label names (`http://router/`).
  const suffixes = localNameSuffixes.map(({ suffix }) => suffix.replace(/\./g, String.raw`\.`)).join('|');
  bodies.push({ priority: PRIORITY, action: { type: 'block' }, condition: condition(String.raw`${SCHEME_AND_USER}(?:[^/:?#@]*\.)?(?:${suffixes})\.?${PORT_AND_END}`) });
  bodies.push({ priority: PRIORITY, action: { type: 'block' }, condition: condition(String.raw`${SCHEME_AND_USER}[^/:?#@.\[]+\.?${PORT_AND_END}`) });
  return bodies.map((body, index) => ({ id: OWN_NETWORK_RULE_ID_BASE + index + 1, ...body }));
}
