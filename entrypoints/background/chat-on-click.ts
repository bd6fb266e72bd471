import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { CHAT_PLACEHOLDER_HOOK } from '@/lib/messages';
import type { BlockTarget } from '@/lib/blocking/block-targets';
import type { WidgetSpec } from '@/lib/widgets/types';
import type { Settings } from '@/lib/settings/settings';
import { loadsOnClick } from '@/lib/chat-click/loads-on-click';
import { placeholderOfferOf, type PlaceholderOffer } from '@/lib/chat-click/placeholder-offer';
import { chatUnlockRuleIdsOfTab, chatUnlockRulesOf } from '@/lib/chat-click/unlock-rules';
import type { DnrRule } from '@/lib/blocking/dnr-rules';
import { siteOf } from '@/lib/cookies/party';
import { hostnameOf } from '@/lib/widgets/host-match';
import { readFrameStorageCopy, readPageStorage } from './page-storage';

const PLACEHOLDER_SCRIPT = '/chat-placeholder.js';
const UNLOCKED_KEY_PREFIX = 'chat-unlocked:';

/** A chat the user loaded on click in one tab, kept in `storage.session` (it dies with the browser, as the rules do). */
export interface UnlockedChat {
  readonly widgetId: string;
  readonly site: string;
  readonly origin: string;
  /** The page's localStorage keys at the click; null when they could not be read. */
  readonly storageKeysBefore: readonly string[] | null;
  /** Its sessionStorage keys then (absent in records of an older version). */
  readonly sessionKeysBefore?: readonly string[] | null;
}

type SessionRules = Parameters<typeof browser.declarativeNetRequest.updateSessionRules>[0]['addRules'];

export interface ChatOnClickDeps {
  readonly settings: () => Promise<Settings>;
  readonly targets: ReadonlyMap<string, BlockTarget>;
  readonly catalog: readonly WidgetSpec[];
}

/**
 * Chat that loads on click (issue 12, 3), the browser side: the placeholder goes into a page
 * whose chat waits for a click (only once the detector, itself injected after load, has seen
 * the blocked widget: nothing of ours is on the page's critical path); a click there lets the
 * vendor load in that tab; the tab's rules and record go with the tab.
 */
export function createChatOnClick(deps: ChatOnClickDeps) {
  const keyOf = (tabId: number) => `${UNLOCKED_KEY_PREFIX}${tabId}`;

  async function unlockedIn(tabId: number): Promise<UnlockedChat[]> {
    const stored = await browser.storage.session.get(keyOf(tabId));
    const list = stored[keyOf(tabId)];
    return Array.isArray(list) ? (list as UnlockedChat[]) : [];
  }

  /** Chats loaded on click in the tab, on this site. */
  async function loadedOn(tabId: number, site: string): Promise<UnlockedChat[]> {
    return (await unlockedIn(tabId)).filter((chat) => chat.site === site);
  }

  /**
   * After a page report: offers a placeholder for each chat on the page that waits for a click
   * there and was not loaded in this tab yet. The script shows each chat once per document.
   */
  async function offerPlaceholders(tabId: number, pageUrl: string, widgetIds: readonly string[]): Promise<void> {
    if (widgetIds.length === 0) return;
    const host = hostnameOf(pageUrl);
    if (!host) return;
    const site = siteOf(host);
    const settings = await deps.settings();
    const loaded = new Set((await loadedOn(tabId, site)).map((chat) => chat.widgetId));
    const specs = widgetIds
      .map((id) => deps.catalog.find((widget) => widget.id === id))
      .filter((spec): spec is WidgetSpec => !!spec && !loaded.has(spec.id) && loadsOnClick(settings, site, spec.id));
    if (specs.length === 0) return;
    const target = { tabId, frameIds: [0] };
    // Where the page put each vendor's launcher, when it says so in the vendor's own setting.
    const paths = specs.map((spec) => (spec.launcher.pageSetting ? [...spec.launcher.pageSetting.path] : null));
    const pageSettings = paths.some(Boolean)
      ? await browser.scripting
          .executeScript({ target, world: 'MAIN', func: readWindowSettings, args: [paths] })
          .then((results) => (Array.isArray(results[0]?.result) ? (results[0].result as unknown[]) : []))
          .catch(() => [])
      : [];
    const offers: PlaceholderOffer[] = specs.map((spec, index) => placeholderOfferOf(spec, pageSettings[index]));
    try {
      await browser.scripting.executeScript({ target, files: [PLACEHOLDER_SCRIPT as ScriptPublicPath] });
      await browser.scripting.executeScript({
        target,
        func: (hook: string, pageOffers: unknown) => {
          const show = (globalThis as Record<string, unknown>)[hook];
          if (typeof show === 'function') (show as (offers: unknown) => void)(pageOffers);
        },
        args: [CHAT_PLACEHOLDER_HOOK, offers],
      });
    } catch (error) {
      console.debug('[chat-click] no placeholder in tab', tabId, String(error));
    }
  }

  /** The placeholder's click: checked against the settings for the sender's site, then the tab's allow rules. */
  async function loadChat(widgetId: string, sender: Browser.runtime.MessageSender): Promise<{ ok: true } | { ok: false; error: string }> {
    const tabId = sender.tab?.id;
    const url = sender.url ?? sender.tab?.url;
    const host = url ? hostnameOf(url) : null;
    if (tabId === undefined || sender.frameId !== 0 || !host || !url) return { ok: false, error: 'load-chat only from a top frame' };
    const site = siteOf(host);
    const target = deps.targets.get(widgetId);
    if (!target || target.kind !== 'widget' || !loadsOnClick(await deps.settings(), site, widgetId)) {
      return { ok: false, error: `${widgetId} does not wait for a click on ${site}` };
    }
    const origin = new URL(url).origin;
    // What the page kept before the chat came: "Clear chat data" takes only what came after.
    const copy = await readPageStorage(tabId, origin);
    const sessionCopy = await readFrameStorageCopy(tabId, 0, origin, 'sessionStorage');
    const existing = (await browser.declarativeNetRequest.getSessionRules()) as unknown as DnrRule[];
    const rules = chatUnlockRulesOf(target, tabId, site, existing.map((rule) => rule.id));
    await browser.declarativeNetRequest.updateSessionRules({ addRules: rules as unknown as SessionRules });
    const chats = (await unlockedIn(tabId)).filter((chat) => !(chat.widgetId === widgetId && chat.site === site));
    const record: UnlockedChat = { widgetId, site, origin, storageKeysBefore: copy ? Object.keys(copy.items) : null, sessionKeysBefore: sessionCopy ? Object.keys(sessionCopy.items) : null };
    await browser.storage.session.set({ [keyOf(tabId)]: [...chats, record] });
    await browser.scripting
      .executeScript({ target: { tabId, frameIds: [0] }, world: 'MAIN', func: putBackVendorElements, args: [[...target.hosts], [...target.urlPatterns]] })
      .catch((error: unknown) => console.warn('[chat-click] could not put the chat back in tab', tabId, String(error)));
    return { ok: true };
  }

  /** A closed tab's rules and record go with it. */
  async function forgetTab(tabId: number): Promise<void> {
    const existing = (await browser.declarativeNetRequest.getSessionRules()) as unknown as DnrRule[];
    const ids = chatUnlockRuleIdsOfTab(existing, tabId);
    if (ids.length) await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: ids });
    await browser.storage.session.remove(keyOf(tabId));
  }

  return { offerPlaceholders, loadChat, loadedOn, forgetTab };
}

export type ChatOnClick = ReturnType<typeof createChatOnClick>;

/**
 * The values of `window` properties at the given paths (null where absent or not a short
 * string), read in the page's world where the page's settings live. Self-contained: it is
 * serialised into the page. What it returns is the page's word only on where to sit.
 */
function readWindowSettings(paths: (string[] | null)[]): (string | null)[] {
  return paths.map((path) => {
    if (!path) return null;
    try {
      let value: unknown = window;
      for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
      return typeof value === 'string' && value.length <= 32 ? value : null;
    } catch {
      return null;
    }
  });
}

/**
 * Puts the page's own elements of the vendor back, as the page embedded them, in the page's
 * world: a script made by our isolated world would fall under the extension's content security
 * policy (script-src 'self') and never load. Each script whose request was blocked becomes a new
 * element with the same attributes (a clone would keep its "already started" flag and never
 * run), each frame loads its address again. Self-contained: it is serialised into the page.
 */
function putBackVendorElements(hosts: string[], urlPatterns: string[]): number {
  const isVendor = (url: string) => {
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      return false;
    }
    return hosts.some((vendorHost) => host === vendorHost || host.endsWith(`.${vendorHost}`)) || urlPatterns.some((pattern) => new RegExp(pattern).test(url));
  };
  let putBack = 0;
  for (const element of document.querySelectorAll<HTMLScriptElement | HTMLIFrameElement>('script[src], iframe[src]')) {
    if (!isVendor(element.src)) continue;
    putBack++;
    if (element instanceof HTMLIFrameElement) {
      element.src = element.src;
      continue;
    }
    const script = document.createElement('script');
    for (const attribute of [...element.attributes]) script.setAttribute(attribute.name, attribute.value);
    // A script inserted by script is async unless told otherwise: keep the page's order.
    if (!element.hasAttribute('async')) script.async = false;
    element.replaceWith(script);
  }
  return putBack;
}
