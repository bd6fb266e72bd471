import type { StoredCookie } from '../actions/stored-cookie';
import { hostMatches } from '../widgets/host-match';
import { nameMatches } from '../widgets/name-match';
import { vendorStorageKeys } from '../storage/vendor-storage-keys';
import type { VendorStorageSpec } from '../storage/vendor-storage-keys';

/**
 * What "Clear chat data" removes after a chat was loaded on click: the vendor's cookies (the
 * catalogue names them, or they sit on the vendor's own hosts), the keys the page's localStorage
 * and sessionStorage gained after the click (the chat was what loaded then) or that the
 * catalogue names as the vendor's, never the site's own keys that were there before it; and
 * everything in the vendor's own frames (lib/actions/clear-targets.ts, chatFramesOf). Without a
 * record of the click (another document, a restarted browser) only the named keys of the page go.
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

/**
 * The chat's keys of one area of the page: those gained after the click, and (`named`) those the
 * catalogue names as the vendor's in that area, whenever they came (lib/storage/vendor-storage-keys.ts).
 */
export function chatStorageKeysOf(currentKeys: readonly string[], scope: Pick<ChatDataScope, 'storageKeysBefore'>, named: (key: string) => boolean = () => false): string[] {
  const before = scope.storageKeysBefore === null ? null : new Set(scope.storageKeysBefore);
  return currentKeys.filter((key) => named(key) || (before !== null && !before.has(key)));
}

/** Whether the catalogue names `key` of `area` as chat `widgetId`'s. */
export function isNamedChatKey(widgetId: string, area: 'localStorage' | 'sessionStorage', key: string, keys: readonly VendorStorageSpec[] = vendorStorageKeys): boolean {
  return keys.some((spec) => spec.widgetId === widgetId && (spec.areas as readonly string[]).includes(area) && nameMatches(spec, key));
}
