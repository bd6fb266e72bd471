/** A cookie as the cookies API returns it, with what is needed to remove it and to put it back. */
export interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly domain: string;
  readonly hostOnly: boolean;
  readonly path: string;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  readonly sameSite: 'no_restriction' | 'lax' | 'strict' | 'unspecified';
  readonly session: boolean;
  readonly expirationDate?: number;
  readonly storeId: string;
  readonly partitionKey?: { readonly topLevelSite?: string };
}

/** The URL the cookies API wants to address a cookie (remove, set): scheme, host and path. */
export function cookieUrlOf(cookie: Pick<StoredCookie, 'domain' | 'path' | 'secure'>): string {
  return `${cookie.secure ? 'https' : 'http'}://${cookie.domain.replace(/^\./, '')}${cookie.path || '/'}`;
}

/** `cookies.set` details that recreate a removed cookie exactly (undo). */
export function restoreDetailsOf(cookie: StoredCookie): Record<string, unknown> {
  return {
    url: cookieUrlOf(cookie),
    name: cookie.name,
    value: cookie.value,
    // A host-only cookie must be set without a domain, or it would become a domain cookie.
    ...(cookie.hostOnly ? {} : { domain: cookie.domain }),
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    ...(cookie.session || cookie.expirationDate === undefined ? {} : { expirationDate: cookie.expirationDate }),
    storeId: cookie.storeId,
    ...(cookie.partitionKey?.topLevelSite ? { partitionKey: { topLevelSite: cookie.partitionKey.topLevelSite } } : {}),
  };
}

/** The same cookie whoever lists it (a cookie of a site may also show up under its third party). */
export function cookieIdentityOf(cookie: Pick<StoredCookie, 'name' | 'domain' | 'path' | 'storeId' | 'partitionKey'>): string {
  return [cookie.storeId, cookie.domain, cookie.path, cookie.name, cookie.partitionKey?.topLevelSite ?? ''].join('\u0000');
}
