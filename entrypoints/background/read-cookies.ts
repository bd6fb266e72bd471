import { browser, type Browser } from 'wxt/browser';
import type { RawCookie } from '@/lib/cookies/classify';
import { cookieIdentityOf, type StoredCookie } from '@/lib/actions/stored-cookie';

/**
 * Every cookie of the given sites, partitioned ones (CHIPS) included, each once. The cookies
 * API returns unpartitioned cookies unless asked for a partition, so each site is read twice:
 * plainly and in the partition of the tab's top-level site.
 * NOTE: https://developer.chrome.com/docs/extensions/reference/api/cookies#partitioning
 */
export async function readStoredCookies(sites: readonly string[], topLevelSite: string | null, storeId?: string): Promise<StoredCookie[]> {
  const queries: Browser.cookies.GetAllDetails[] = [];
  // The tab's own store (a private window's): without it the answer comes from the normal profile.
  const inStore = storeId === undefined ? {} : { storeId };
  for (const domain of sites) {
    queries.push({ domain, ...inStore });
    if (topLevelSite) queries.push({ domain, partitionKey: { topLevelSite }, ...inStore });
  }
  const results = await Promise.all(
    queries.map((query) =>
      browser.cookies.getAll(withFirefoxIsolation(query)).catch((error: unknown) => {
        console.warn('[cookies] getAll failed', query, error);
        return [] as Browser.cookies.Cookie[];
      }),
    ),
  );
  const unique = new Map<string, StoredCookie>();
  for (const cookie of results.flat()) {
    const stored: StoredCookie = {
      name: cookie.name,
      value: cookie.value,
      domain: cookie.domain,
      hostOnly: cookie.hostOnly,
      path: cookie.path,
      secure: cookie.secure,
      httpOnly: cookie.httpOnly,
      sameSite: cookie.sameSite as StoredCookie['sameSite'],
      session: cookie.session,
      expirationDate: cookie.expirationDate,
      storeId: cookie.storeId,
      partitionKey: cookie.partitionKey?.topLevelSite ? { topLevelSite: cookie.partitionKey.topLevelSite } : undefined,
    };
    unique.set(cookieIdentityOf(stored), stored);
  }
  return [...unique.values()];
}

/** The same cookies as the report lists them (no values: the popup never needs them). */
export async function readCookies(sites: readonly string[], topLevelSite: string | null, storeId?: string): Promise<RawCookie[]> {
  return (await readStoredCookies(sites, topLevelSite, storeId)).map((cookie) => ({
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    session: cookie.session,
    expirationDate: cookie.expirationDate,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    partitionKey: cookie.partitionKey,
  }));
}

/** Firefox refuses cookie queries under first-party isolation unless `firstPartyDomain` is given. */
export function withFirefoxIsolation<T extends object>(query: T): T {
  return import.meta.env.FIREFOX ? ({ ...query, firstPartyDomain: null } as T) : query;
}
