import { hostnameOf } from '../../widgets/host-match';

/** Loopback, private (RFC 1918), link-local and unique-local addresses, and `localhost`. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '::') return true;
  // fc00::/7 unique-local; fe80::/10 link-local (fe80: to febf:).
  if (/^(fc|fd)[0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)) return true;
  // IPv4-mapped IPv6 reaches the IPv4 address (https://www.rfc-editor.org/rfc/rfc4291#section-2.5.5.2);
  // the URL parser writes `[::ffff:192.168.1.1]` as `[::ffff:c0a8:101]`.
  const mapped = /^::ffff:(?:([0-9a-f]{1,4}):([0-9a-f]{1,4})|(\d{1,3}(?:\.\d{1,3}){3}))$/.exec(host);
  if (mapped) {
    if (mapped[3]) return isPrivateHost(mapped[3]);
    const high = parseInt(mapped[1]!, 16);
    const low = parseInt(mapped[2]!, 16);
    return isPrivateHost(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  const octets = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)?.slice(1).map(Number);
  if (!octets) return false;
  const [a, b] = octets as [number, number];
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/**
 * May the extension fetch `policyUrl` because a page at `pageUrl` links to it? Only http(s),
 * and a public page can never point the extension at the user's own network (a router's admin
 * page, a local service): a private target is allowed only from a private page.
 */
export function isSafePolicyTarget(policyUrl: string, pageUrl: string): boolean {
  if (!/^https?:\/\//i.test(policyUrl)) return false;
  const target = hostnameOf(policyUrl);
  if (target === null) return false;
  if (!isPrivateHost(target)) return true;
  const page = hostnameOf(pageUrl);
  return page !== null && isPrivateHost(page);
}
