import { browser, type Browser } from 'wxt/browser';
import type { RawCookie } from '@/lib/cookies/classify';

/**
 * Every cookie of the given sites, partitioned ones (CHIPS) included. The cookies API returns
 * unpartitioned cookies unless asked for a partition, so each site is read twice: plainly and
 * in the partition of the tab's top-level site.
 * NOTE: https://developer.chrome.com/docs/extensions/reference/api/cookies#partitioning
 */
export async function readCookies(sites: readonly string[], topLevelSite: string | null): Promise<RawCookie[]> {
  const queries: Browser.cookies.GetAllDetails[] = [];
  for (const domain of sites) {
    queries.push({ domain });
    if (topLevelSite) queries.push({ domain, partitionKey: { topLevelSite } });
  }
  const results = await Promise.all(
    queries.map((query) =>
      browser.cookies.getAll(withFirefoxIsolation(query)).catch((error: unknown) => {
        console.warn('[cookies] getAll failed', query, error);
        return [] as Browser.cookies.Cookie[];
      }),
    ),
  );
  return results.flat().map((cookie) => ({
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    session: cookie.session,
    expirationDate: cookie.expirationDate,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    partitionKey: cookie.partitionKey?.topLevelSite ? { topLevelSite: cookie.partitionKey.topLevelSite } : undefined,
  }));
}

/** Firefox refuses cookie queries under first-party isolation unless `firstPartyDomain` is given. */
function withFirefoxIsolation(query: Browser.cookies.GetAllDetails): Browser.cookies.GetAllDetails {
  return import.meta.env.FIREFOX ? ({ ...query, firstPartyDomain: null } as Browser.cookies.GetAllDetails) : query;
}
