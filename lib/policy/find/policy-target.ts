import { hostnameOf } from '../../widgets/host-match';
import { ownNetworkHostOf } from '../../net/own-network-host';

/**
 * May the extension fetch `policyUrl` because a page at `pageUrl` links to it? Only http(s),
 * and a public page can never point the extension at the user's own network (a router's admin
 * page, a local service): a target on it is allowed only from a page on it. "Own network" is
 * lib/net's one definition (ownNetworkHostOf), the one every fetch hop is checked against.
 */
export function isSafePolicyTarget(policyUrl: string, pageUrl: string): boolean {
  if (!/^https?:\/\//i.test(policyUrl)) return false;
  const target = hostnameOf(policyUrl);
  if (target === null) return false;
  if (ownNetworkHostOf(target) === null) return true;
  const page = hostnameOf(pageUrl);
  return page !== null && ownNetworkHostOf(page) !== null;
}
