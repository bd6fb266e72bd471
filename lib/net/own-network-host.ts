import { localNameSuffixes, type AddressKind } from './address-ranges';
import { nonPublicRangeOf } from './classify-address';

export interface OwnNetworkHost {
  readonly host: string;
  readonly kind: AddressKind;
  /** Plain words: why this host is the user's own network. */
  readonly why: string;
}

/** A numeric IPv4 address written inside a name: `127.0.0.1.nip.io`, `10-0-0-1.sslip.io`. */
const EMBEDDED_IPV4 = /(?:^|[.-])(\d{1,3})[.-](\d{1,3})[.-](\d{1,3})[.-](\d{1,3})(?=$|[.-])/g;

/**
 * Is this URL host name (as `new URL().hostname` gives it) on the user's own machine or network,
 * judged without a DNS lookup? IP literals by their block; names that always mean the local
 * network (`localhost`, `.local`, `.home.arpa`, `.internal`, one-label intranet names such as
 * `router`); and names that spell a non-public IPv4 address (wildcard DNS services like nip.io
 * answer with the address written in the name). Names that merely resolve to a local address
 * are the browser's to catch (see docs/security.md).
 */
export function ownNetworkHostOf(hostname: string): OwnNetworkHost | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const range = nonPublicRangeOf(host);
  if (range) return { host, kind: range.kind, why: `${host} is a ${range.kind} address (${range.cidr}, ${range.source})` };
  if (host.startsWith('[') || /^\d+(?:\.\d+){3}$/.test(host)) return null; // A public address.
  for (const { suffix, kind, source } of localNameSuffixes) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return { host, kind, why: `${host} is a local name (${source})` };
  }
  if (host !== '' && !host.includes('.')) return { host, kind: 'private', why: `${host} is a one-word name, which only the local network resolves` };
  for (const match of host.matchAll(EMBEDDED_IPV4)) {
    const embedded = nonPublicRangeOf(match.slice(1, 5).join('.'));
    if (embedded) return { host, kind: embedded.kind, why: `${host} names the ${embedded.kind} address ${match.slice(1, 5).join('.')}` };
  }
  return null;
}

/** The same question for a whole URL; an unparsable URL counts as not judged (null). */
export function ownNetworkHostOfUrl(url: string | URL): OwnNetworkHost | null {
  try {
    return ownNetworkHostOf(new URL(url).hostname);
  } catch {
    return null;
  }
}
