import type { StoredCookie } from '../actions/stored-cookie';
import { hostMatches } from '../widgets/host-match';

/**
 * What "Clear chat data" removes after a chat was loaded on click: the vendor's cookies (the
 * catalogue names them, or they sit on the vendor's own hosts) and the keys the page's
 * localStorage gained after the click (the chat was what loaded then), never the site's own
 * keys that were there before it. Without a record of the click (another document, a
 * restarted browser) only cookies go: nothing tells the chat's keys from the site's.
 */
export interface ChatDataScope {
  readonly widgetId: string;
  readonly hosts: readonly string[];
  /** The localStorage keys of the page when the user clicked; null when unknown. */
  readonly storageKeysBefore: readonly string[] | null;
}

export function chatCookiesOf(
  cookies: readonly StoredCookie[],
  scope: Pick<ChatDataScope, 'widgetId' | 'hosts'>,
  widgetIdOf: (cookie: StoredCookie) => string | null,
): StoredCookie[] {
  return cookies.filter((cookie) => {
    const domain = cookie.domain.replace(/^\./, '');
    return widgetIdOf(cookie) === scope.widgetId || scope.hosts.some((host) => hostMatches(domain, host));
  });
}

export function chatStorageKeysOf(currentKeys: readonly string[], scope: Pick<ChatDataScope, 'storageKeysBefore'>): string[] {
  if (scope.storageKeysBefore === null) return [];
  const before = new Set(scope.storageKeysBefore);
  return currentKeys.filter((key) => !before.has(key));
}
