import { browser } from 'wxt/browser';
import type { ActionMessage, ActionState, ClearResult } from '@/lib/actions/action-messages';
import { UNDO_RECORD_MAX_BYTES, type IndexedDbCopy, type UndoRecord, type WebStorageCopy } from '@/lib/actions/undo-record';
import type { UndoStore, UndoUnavailable } from '@/lib/actions/undo-store';
import { chatFramesOf, clearTargetsOf, type KeyValueTarget, type StorageFrame } from '@/lib/actions/clear-targets';
import type { DatabaseCopy } from '@/lib/storage/indexeddb-copy';
import { cookieUrlOf, restoreDetailsOf, type StoredCookie } from '@/lib/actions/stored-cookie';
import { optOutCookieDetails } from '@/lib/actions/opt-out-cookies';
import type { BlockTarget } from '@/lib/blocking/block-targets';
import type { BlockScope, Settings } from '@/lib/settings/settings';
import { blockKeyOf } from '@/lib/settings/block-key';
import {
  blocksOnSite, withAutoconsent, withChatOnClickEverywhere, withAutoconsentOnSite, withBlock, withHistory, withoutBlock, withOptOut, withoutOptOut, withPrivacySignals,
} from '@/lib/settings/settings-changes';
import type { WidgetSpec } from '@/lib/widgets/types';
import { siteOf } from '@/lib/cookies/party';
import type { ConsentStatus } from '@/lib/consent/consent-status';
import { isAutoconsentEnabled } from '@/lib/consent/consent-settings';
import type { SettingsStore } from './settings-store';
import { readStoredCookies, withFirefoxIsolation } from './read-cookies';
import {
  clearAllFrameDatabases, clearFrameDatabases, clearFrameStorage, clearPageStorage, copyFrameDatabases, readFrameStorageCopy, readPageStorage, removePageStorageItems,
  restoreDatabases, restorePageStorage, restoreStorage, type StorageCopy,
} from './page-storage';
import type { ChatOnClick } from './chat-on-click';
import type { CookieRecord, RawCookie } from '@/lib/cookies/classify';
import { loadsOnClick } from '@/lib/chat-click/loads-on-click';
import { chatCookiesOf, chatStorageKeysOf, isNamedChatKey } from '@/lib/chat-click/chat-data';

/** The page an action is about, as the background knows it (never as a message claims it). */
export interface TabContext {
  readonly url: string;
  readonly site: string;
  /** The site and every third-party site the tab loaded from. */
  readonly cookieSites: readonly string[];
  /** The tab's top-level site as the cookies API names partitions ("https://example.com"). */
  readonly topLevelSite: string | null;
  /** A private (incognito) tab: nothing of it may go to storage. */
  readonly incognito: boolean;
  /** The tab's cookie store (a private window's, a container's); undefined for the default one. */
  readonly storeId?: string;
}

export interface ActionDeps {
  readonly settings: SettingsStore;
  readonly tabContext: (tabId: number) => Promise<TabContext | null>;
  readonly targets: ReadonlyMap<string, BlockTarget>;
  readonly catalog: readonly WidgetSpec[];
  readonly consentStatusFor: (tabId: number) => Promise<ConsentStatus | null>;
  readonly undo: UndoStore;
  readonly chatOnClick: Pick<ChatOnClick, 'loadedOn'>;
  readonly classifyCookie: (cookie: RawCookie, pageHostname: string) => CookieRecord;
  /** The frames whose storage the tab's findings list (the top document's and its chat vendors'), by frame id. */
  readonly storageFrames: (tabId: number) => Promise<readonly { readonly frameId: number; readonly origin: string }[]>;
}

/** The IndexedDB databases copied from one frame's origin. */
interface DatabaseCopies {
  readonly frame: StorageFrame;
  readonly databases: DatabaseCopy[];
}

async function removeCookie(cookie: StoredCookie): Promise<boolean> {
  const removed = await browser.cookies
    .remove(withFirefoxIsolation({
      url: cookieUrlOf(cookie),
      name: cookie.name,
      storeId: cookie.storeId,
      ...(cookie.partitionKey?.topLevelSite ? { partitionKey: { topLevelSite: cookie.partitionKey.topLevelSite } } : {}),
    }))
    .catch((error: unknown) => {
      console.warn('[actions] could not remove cookie', cookie.name, cookie.domain, error);
      return null;
    });
  return removed !== null;
}

export async function setCookie(details: Record<string, unknown>): Promise<boolean> {
  return browser.cookies
    .set(withFirefoxIsolation(details) as unknown as Parameters<typeof browser.cookies.set>[0])
    .then(() => true)
    .catch((error: unknown) => {
      console.warn('[actions] could not set cookie', details.name, error);
      return false;
    });
}

function clearResultOf(removed: readonly StoredCookie[], site: string, localStorageCleared: boolean, otherStorageItems: number, databases: number, databasesLeft: number): ClearResult {
  const firstParty = removed.filter((cookie) => siteOf(cookie.domain) === site).length;
  return { cookies: removed.length, firstParty, thirdParty: removed.length - firstParty, localStorageCleared, otherStorageItems, databases, databasesLeft };
}

export function createActionHandler(deps: ActionDeps) {
  const specOf = (vendorId: string) => deps.catalog.find((widget) => widget.id === vendorId);
  const optOutCookieNames = (settings: Settings, site: string) =>
    new Set(
      settings.optOuts
        .filter((entry) => entry.site === site)
        .flatMap((entry) => specOf(entry.vendorId)?.optOut?.cookies.map((cookie) => cookie.name) ?? []),
    );

  /** Keeps an undo record; null when it could not be stored (the action is done all the same). */
  async function keepUndo(record: UndoRecord, incognito: boolean): Promise<string | null> {
    const saved = await deps.undo.save(record, { private: incognito });
    if (!saved.ok) console.warn('[actions] no undo kept:', saved.reason, saved.bytes, 'bytes');
    return saved.ok ? saved.id : null;
  }

  /** Copies of the IndexedDB databases of `frames` for an undo, or why an undo could not hold them. */
  async function copyDatabasesOf(tabId: number, frames: readonly StorageFrame[]): Promise<{ ok: true; copies: DatabaseCopies[] } | { ok: false; undoUnavailable: UndoUnavailable }> {
    const copies: DatabaseCopies[] = [];
    for (const frame of frames) {
      const outcome = await copyFrameDatabases(tabId, frame.frameId, frame.origin, UNDO_RECORD_MAX_BYTES);
      if (!outcome) continue;
      if (!outcome.ok) {
        return {
          ok: false,
          undoUnavailable: outcome.reason === 'too-large'
            ? { reason: 'too-large', bytes: outcome.bytes, limitBytes: UNDO_RECORD_MAX_BYTES }
            : { reason: 'not-copyable', bytes: 0, limitBytes: UNDO_RECORD_MAX_BYTES, database: outcome.database, what: outcome.what },
        };
      }
      if (outcome.databases.length) copies.push({ frame, databases: [...outcome.databases] });
    }
    return { ok: true, copies };
  }

  /** Deletes each copied database that still matches its copy; the copies of those deleted, and how many stayed (held open by the page, or changed). */
  async function takeDatabases(tabId: number, copies: readonly DatabaseCopies[]): Promise<{ taken: DatabaseCopies[]; left: number }> {
    const taken: DatabaseCopies[] = [];
    let left = 0;
    for (const { frame, databases } of copies) {
      const outcomes = await clearFrameDatabases(tabId, frame.frameId, frame.origin, databases);
      const gone = databases.filter((database) => outcomes[database.name] === 'cleared');
      left += databases.filter((database) => outcomes[database.name] !== 'cleared' && outcomes[database.name] !== 'gone').length;
      if (gone.length) taken.push({ frame, databases: gone });
    }
    return { taken, left };
  }

  const indexedDbOf = (copies: readonly DatabaseCopies[]): IndexedDbCopy[] => copies.map(({ frame, databases }) => ({ origin: frame.origin, databases }));
  const countOf = (copies: readonly DatabaseCopies[]) => copies.reduce((sum, entry) => sum + entry.databases.length, 0);
  const notKept = (undoUnavailable: UndoUnavailable) => ({ ok: false as const, error: 'The undo could not be kept, so nothing was cleared.', undoUnavailable });

  /**
   * Removes the cookies of the tab's site and its third parties, the page origin's localStorage
   * and sessionStorage, the storage of its chat vendors' frames, and the IndexedDB databases of
   * the page's and those frames' origins (lib/actions/clear-targets.ts). Nothing is removed
   * before its undo is stored: the cookies and the storage are read, the record kept, and only
   * then removed. When it cannot be kept, nothing is done and the reply says why, unless the
   * user already chose to clear without undo.
   */
  async function clearSiteData(tabId: number, ctx: TabContext, keep: ReadonlySet<string>, withoutUndo: boolean) {
    const origin = new URL(ctx.url).origin;
    const [cookies, frames] = await Promise.all([readStoredCookies(ctx.cookieSites, ctx.topLevelSite, ctx.storeId), deps.storageFrames(tabId)]);
    const targets = clearTargetsOf(frames, origin);
    // The user's own opt-out cookies on this site survive a clear: they are what protects them.
    const toRemove = cookies.filter((cookie) => !(keep.has(cookie.name) && siteOf(cookie.domain) === ctx.site));
    // Copies of the other stores that hold something, each kept with the target it came from.
    let otherCopies: { target: KeyValueTarget; copy: StorageCopy }[] = [];
    let databaseCopies: DatabaseCopies[] = [];
    const recordOf = (removed: readonly StoredCookie[], copy: StorageCopy | null): UndoRecord => ({
      kind: 'restore-site-data',
      site: ctx.site,
      cookies: removed,
      localStorage: copy && Object.keys(copy.items).length ? { origin, items: copy.items } : null,
      webStorage: otherCopies.map(({ target, copy: other }): WebStorageCopy => ({ origin: target.origin, area: target.area, items: other.items })),
      indexedDB: indexedDbOf(databaseCopies),
      tabId,
    });
    const removeCookies = async () => {
      const removed: StoredCookie[] = [];
      for (const cookie of toRemove) if (await removeCookie(cookie)) removed.push(cookie);
      return removed;
    };
    if (withoutUndo) {
      // The user chose to clear without undo: no copy is needed, the storage goes as it is.
      const storageCleared = (await clearPageStorage(tabId, origin, null)) === 'cleared';
      for (const target of targets.keyValue) await clearFrameStorage(tabId, target.frameId, target.origin, target.area, null);
      let databases = 0;
      let databasesLeft = 0;
      for (const frame of targets.databases) {
        const outcomes = Object.values(await clearAllFrameDatabases(tabId, frame.frameId, frame.origin));
        databases += outcomes.filter((outcome) => outcome === 'cleared').length;
        databasesLeft += outcomes.filter((outcome) => outcome === 'in-use' || outcome === 'changed').length;
      }
      return { ok: true as const, undoId: null, result: clearResultOf(await removeCookies(), ctx.site, storageCleared, 0, databases, databasesLeft) };
    }
    let copy = await readPageStorage(tabId, origin);
    for (const target of targets.keyValue) {
      const other = await readFrameStorageCopy(tabId, target.frameId, target.origin, target.area);
      if (other && Object.keys(other.items).length) otherCopies.push({ target, copy: other });
    }
    const copiedDatabases = await copyDatabasesOf(tabId, targets.databases);
    if (!copiedDatabases.ok) return notKept(copiedDatabases.undoUnavailable);
    databaseCopies = copiedDatabases.copies;
    const saved = await deps.undo.save(recordOf(toRemove, copy), { private: ctx.incognito });
    if (!saved.ok) {
      const { reason, bytes, limitBytes } = saved;
      return notKept({ reason, bytes, limitBytes });
    }
    const undoId = saved.id;
    // Local storage goes only while it is still what the undo holds: a page that wrote to it
    // since is read again, and the new copy kept first (a few tries; then it is left alone).
    // Only this way, not through browsingData by origin, which would also take what no copy holds.
    let storageCleared = false;
    for (let attempt = 0; copy && attempt < 3; attempt++) {
      const outcome = await clearPageStorage(tabId, origin, copy.fingerprint);
      if (outcome === 'cleared') storageCleared = true;
      if (outcome !== 'changed') break;
      copy = await readPageStorage(tabId, origin);
      if (copy && !(await deps.undo.replace(undoId, recordOf(toRemove, copy)))) break;
    }
    // The other stores: each only while it is still what the undo holds (no retry: one the page
    // keeps writing to is left as it is, and out of the record).
    const copiesBefore = otherCopies.length;
    const clearedCopies: typeof otherCopies = [];
    for (const entry of otherCopies) {
      if ((await clearFrameStorage(tabId, entry.target.frameId, entry.target.origin, entry.target.area, entry.copy.fingerprint)) === 'cleared') clearedCopies.push(entry);
    }
    otherCopies = clearedCopies;
    // Databases likewise, each in one version-change transaction (lib/storage/indexeddb-copy.ts).
    const databasesBefore = countOf(databaseCopies);
    const { taken, left: databasesLeft } = await takeDatabases(tabId, databaseCopies);
    databaseCopies = taken;
    const removed = await removeCookies();
    // The record says exactly what was taken: cookies the browser refused to remove, or storage
    // left in place, are not "put back" by an undo.
    if (removed.length < toRemove.length || (!storageCleared && copy && Object.keys(copy.items).length) || otherCopies.length < copiesBefore || countOf(databaseCopies) < databasesBefore) {
      await deps.undo.replace(undoId, recordOf(removed, storageCleared ? copy : null));
    }
    const otherItems = otherCopies.reduce((sum, entry) => sum + Object.keys(entry.copy.items).length, 0);
    return { ok: true as const, undoId, result: clearResultOf(removed, ctx.site, storageCleared, otherItems, countOf(databaseCopies), databasesLeft) };
  }

  /**
   * "Clear chat data": what a chat loaded on click in the tab stored (lib/chat-click/chat-data.ts):
   * its cookies, its keys in the page's localStorage and sessionStorage, and everything its own
   * frames keep on the vendor's origins (both areas and IndexedDB). The same way as Clear: read,
   * undo kept, then removed; nothing is removed without its undo unless the user chose so.
   */
  async function clearChatData(tabId: number, ctx: TabContext, widgetId: string, keep: ReadonlySet<string>, withoutUndo: boolean) {
    const spec = specOf(widgetId);
    if (!spec) throw new ActionError(`No chat widget is called ${widgetId}.`);
    const loaded = (await deps.chatOnClick.loadedOn(tabId, ctx.site)).find((chat) => chat.widgetId === widgetId);
    const pageHost = new URL(ctx.url).hostname;
    const origin = new URL(ctx.url).origin;
    const cookies = chatCookiesOf(
      await readStoredCookies([...new Set([...ctx.cookieSites, ...spec.scriptHosts.map(siteOf)])], ctx.topLevelSite, ctx.storeId),
      { widgetId, hosts: spec.scriptHosts },
      (cookie) => deps.classifyCookie(cookie, pageHost).widgetId,
    ).filter((cookie) => !(keep.has(cookie.name) && siteOf(cookie.domain) === ctx.site));
    // The page's own areas: only the chat's keys (gained after the click, or named by the catalogue).
    const pageKeys = async (area: WebStorageCopy['area'], before: readonly string[] | null) => {
      const copy = await readFrameStorageCopy(tabId, 0, origin, area);
      const sameDocument = loaded !== undefined && loaded.origin === origin;
      const keys = copy ? chatStorageKeysOf(Object.keys(copy.items), { storageKeysBefore: sameDocument ? before : null }, (key) => isNamedChatKey(widgetId, area, key)) : [];
      return Object.fromEntries(keys.map((key) => [key, copy!.items[key]!]));
    };
    let localItems = await pageKeys('localStorage', loaded?.storageKeysBefore ?? null);
    let sessionItems = await pageKeys('sessionStorage', loaded?.sessionKeysBefore ?? null);
    // The vendor's frames: all of both areas, and their databases.
    const frames = chatFramesOf(await deps.storageFrames(tabId), spec.scriptHosts, origin);
    let frameCopies: { target: KeyValueTarget; copy: StorageCopy }[] = [];
    for (const frame of frames) {
      for (const area of ['localStorage', 'sessionStorage'] as const) {
        const copy = await readFrameStorageCopy(tabId, frame.frameId, frame.origin, area);
        if (copy && Object.keys(copy.items).length) frameCopies.push({ target: { ...frame, area }, copy });
      }
    }
    if (withoutUndo) {
      // The user chose to clear without undo (a database no copy could hold): all of it, as it is.
      const removedLocal = Object.keys(localItems).length ? await removePageStorageItems(tabId, origin, localItems) : [];
      const removedSession = Object.keys(sessionItems).length ? await removePageStorageItems(tabId, origin, sessionItems, 'sessionStorage') : [];
      let frameItems = 0;
      for (const { target, copy } of frameCopies) {
        if ((await clearFrameStorage(tabId, target.frameId, target.origin, target.area, null)) === 'cleared') frameItems += Object.keys(copy.items).length;
      }
      let databases = 0;
      let databasesLeft = 0;
      for (const frame of frames) {
        const outcomes = Object.values(await clearAllFrameDatabases(tabId, frame.frameId, frame.origin));
        databases += outcomes.filter((outcome) => outcome === 'cleared').length;
        databasesLeft += outcomes.filter((outcome) => outcome === 'in-use' || outcome === 'changed').length;
      }
      const removed: StoredCookie[] = [];
      for (const cookie of cookies) if (await removeCookie(cookie)) removed.push(cookie);
      return { ok: true as const, undoId: null, result: clearResultOf(removed, ctx.site, removedLocal.length > 0, removedSession.length + frameItems, databases, databasesLeft) };
    }
    const copiedDatabases = await copyDatabasesOf(tabId, frames);
    if (!copiedDatabases.ok) return notKept(copiedDatabases.undoUnavailable);
    let databaseCopies = copiedDatabases.copies;
    const recordOf = (removed: readonly StoredCookie[]): UndoRecord => ({
      kind: 'restore-site-data',
      site: ctx.site,
      cookies: removed,
      localStorage: Object.keys(localItems).length ? { origin, items: localItems } : null,
      webStorage: [
        ...(Object.keys(sessionItems).length ? [{ origin, area: 'sessionStorage' as const, items: sessionItems }] : []),
        ...frameCopies.map(({ target, copy }): WebStorageCopy => ({ origin: target.origin, area: target.area, items: copy.items })),
      ],
      indexedDB: indexedDbOf(databaseCopies),
      tabId,
    });
    const saved = await deps.undo.save(recordOf(cookies), { private: ctx.incognito });
    if (!saved.ok) {
      const { reason, bytes, limitBytes } = saved;
      return notKept({ reason, bytes, limitBytes });
    }
    const pick = (items: Record<string, string>, keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, items[key]!]));
    const wanted = Object.keys(localItems).length + Object.keys(sessionItems).length + frameCopies.length + countOf(databaseCopies);
    localItems = pick(localItems, Object.keys(localItems).length ? await removePageStorageItems(tabId, origin, localItems) : []);
    sessionItems = pick(sessionItems, Object.keys(sessionItems).length ? await removePageStorageItems(tabId, origin, sessionItems, 'sessionStorage') : []);
    const clearedFrames: typeof frameCopies = [];
    for (const entry of frameCopies) {
      if ((await clearFrameStorage(tabId, entry.target.frameId, entry.target.origin, entry.target.area, entry.copy.fingerprint)) === 'cleared') clearedFrames.push(entry);
    }
    frameCopies = clearedFrames;
    const { taken, left: databasesLeft } = await takeDatabases(tabId, databaseCopies);
    databaseCopies = taken;
    const removed: StoredCookie[] = [];
    for (const cookie of cookies) if (await removeCookie(cookie)) removed.push(cookie);
    const got = Object.keys(localItems).length + Object.keys(sessionItems).length + frameCopies.length + countOf(databaseCopies);
    if (removed.length < cookies.length || got < wanted) await deps.undo.replace(saved.id, recordOf(removed));
    const otherItems = Object.keys(sessionItems).length + frameCopies.reduce((sum, entry) => sum + Object.keys(entry.copy.items).length, 0);
    return {
      ok: true as const,
      undoId: saved.id,
      result: clearResultOf(removed, ctx.site, Object.keys(localItems).length > 0, otherItems, countOf(databaseCopies), databasesLeft),
    };
  }

  async function context(tabId: number): Promise<TabContext> {
    const found = await deps.tabContext(tabId);
    if (!found) throw new ActionError('This tab shows no web page the extension can act on.');
    return found;
  }

  function scopeOf(scope: 'site' | 'everywhere', site: string): BlockScope {
    return scope === 'site' ? { kind: 'site', site } : { kind: 'everywhere' };
  }

  async function setOptOutCookies(vendorId: string, ctx: TabContext) {
    const spec = specOf(vendorId)?.optOut;
    if (!spec) throw new ActionError(`${vendorId} has no opt-out switch of its own.`);
    const names = new Set(spec.cookies.map((cookie) => cookie.name));
    const before = (await readStoredCookies([ctx.site], null, ctx.storeId)).filter((cookie) => names.has(cookie.name));
    const details = optOutCookieDetails(spec, ctx.url, ctx.site, Date.now()).map((detail) =>
      ctx.storeId === undefined ? detail : { ...detail, storeId: ctx.storeId },
    );
    for (const detail of details) {
      if (!(await setCookie(detail))) throw new ActionError(`The browser refused the ${String(detail.name)} cookie.`);
    }
    return { before, set: details.map((detail) => ({ url: String(detail.url), name: String(detail.name), ...(ctx.storeId === undefined ? {} : { storeId: ctx.storeId }) })) };
  }

  async function removeOptOutCookies(vendorId: string, ctx: TabContext) {
    const spec = specOf(vendorId)?.optOut;
    if (!spec) return;
    const names = new Set(spec.cookies.map((cookie) => cookie.name));
    for (const cookie of await readStoredCookies([ctx.site], null, ctx.storeId)) if (names.has(cookie.name)) await removeCookie(cookie);
  }

  async function undo(record: UndoRecord) {
    switch (record.kind) {
      case 'restore-site-data': {
        let restored = 0;
        for (const cookie of record.cookies) if (await setCookie(restoreDetailsOf(cookie))) restored++;
        let storageRestored = record.localStorage === null;
        if (record.localStorage) {
          for (const tab of await browser.tabs.query({ url: `${record.localStorage.origin}/*` })) {
            if (tab.id !== undefined && (await restorePageStorage(tab.id, record.localStorage.origin, { ...record.localStorage.items }))) {
              storageRestored = true;
              break;
            }
          }
        }
        // The other stores go back into the tab they came from, in whichever of its frames has
        // their origin now (a sessionStorage exists in that tab only).
        for (const entry of record.webStorage ?? []) {
          const back = record.tabId !== undefined && (await restoreStorage(record.tabId, entry.origin, entry.area, { ...entry.items }));
          if (!back) storageRestored = false;
        }
        for (const entry of record.indexedDB ?? []) {
          const back = record.tabId !== undefined && (await restoreDatabases(record.tabId, entry.origin, entry.databases));
          if (!back) storageRestored = false;
        }
        return { ok: true as const, restored, storageRestored };
      }
      case 'remove-block':
        await deps.settings.update((settings) => {
          const without = withoutBlock(settings, record.targetId, record.scope);
          return record.previous ? withBlock(without, record.previous) : without;
        });
        return { ok: true as const };
      case 'restore-block':
        await deps.settings.update((settings) => withBlock(settings, record.entry));
        return { ok: true as const };
      case 'revert-opt-out': {
        // The setting goes first: while it stands, a page of the site being parsed would set the cookies again (opt-out-restore.ts).
        await deps.settings.update((settings) => withoutOptOut(settings, record.vendorId, record.site));
        for (const cookie of record.set) {
          const inStore = cookie.storeId === undefined ? {} : { storeId: cookie.storeId };
          await browser.cookies.remove(withFirefoxIsolation({ url: cookie.url, name: cookie.name, ...inStore })).catch(() => null);
        }
        for (const cookie of record.before) await setCookie(restoreDetailsOf(cookie));
        return { ok: true as const };
      }
      case 'redo-opt-out':
        await setOptOutCookies(record.vendorId, { url: record.url, site: record.site, cookieSites: [record.site], topLevelSite: null, incognito: false, storeId: record.storeId });
        await deps.settings.update((settings) => withOptOut(settings, record.vendorId, record.site, Date.now()));
        return { ok: true as const };
    }
  }

  async function handle(message: ActionMessage): Promise<unknown> {
    switch (message.type) {
      case 'clear-site-data': {
        const ctx = await context(message.tabId);
        return clearSiteData(message.tabId, ctx, optOutCookieNames(await deps.settings.get(), ctx.site), message.withoutUndo === true);
      }
      case 'clear-chat-data': {
        const ctx = await context(message.tabId);
        return clearChatData(message.tabId, ctx, message.widgetId, optOutCookieNames(await deps.settings.get(), ctx.site), message.withoutUndo === true);
      }
      case 'set-chat-on-click-everywhere': {
        const widgetId = message.widgetId;
        if (widgetId === undefined) return { ok: true, settings: await deps.settings.update((settings) => withChatOnClickEverywhere(settings, message.enabled)) };
        if (deps.targets.get(widgetId)?.kind !== 'widget') throw new ActionError('Only a chat widget can load on click.');
        const everywhere = { kind: 'everywhere' } as const;
        return {
          ok: true,
          settings: await deps.settings.update((settings) =>
            message.enabled ? withBlock(settings, { targetId: widgetId, scope: everywhere, mode: 'on-click', createdAt: Date.now() }) : withoutBlock(settings, widgetId, everywhere),
          ),
        };
      }
      case 'block': {
        const ctx = await context(message.tabId);
        if (!deps.targets.has(message.targetId)) throw new ActionError(`Nothing called ${message.targetId} can be blocked.`);
        if (message.mode === 'on-click' && deps.targets.get(message.targetId)!.kind !== 'widget') {
          throw new ActionError('Only a chat widget can load on click.');
        }
        const scope = scopeOf(message.scope, ctx.site);
        const before = await deps.settings.get();
        const previous = before.blocks.find((block) => blockKeyOf(block) === blockKeyOf({ targetId: message.targetId, scope })) ?? null;
        await deps.settings.update((settings) => withBlock(settings, { targetId: message.targetId, scope, mode: message.mode, createdAt: Date.now() }));
        return { ok: true, undoId: await keepUndo({ kind: 'remove-block', targetId: message.targetId, scope, previous }, ctx.incognito) };
      }
      case 'unblock': {
        const ctx = 'tabId' in message ? await context(message.tabId) : null;
        const scope = 'tabId' in message
          ? scopeOf(message.scope, ctx!.site)
          : message.site === null ? { kind: 'everywhere' as const } : { kind: 'site' as const, site: message.site };
        const settings = await deps.settings.get();
        const entry = settings.blocks.find((block) => blockKeyOf(block) === blockKeyOf({ targetId: message.targetId, scope }));
        if (!entry) throw new ActionError(`${message.targetId} is not blocked there.`);
        await deps.settings.update((current) => withoutBlock(current, message.targetId, scope));
        return { ok: true, undoId: await keepUndo({ kind: 'restore-block', entry }, ctx?.incognito ?? false) };
      }
      case 'opt-out': {
        const ctx = await context(message.tabId);
        const { before, set } = await setOptOutCookies(message.vendorId, ctx);
        await deps.settings.update((settings) => withOptOut(settings, message.vendorId, ctx.site, Date.now()));
        return { ok: true, undoId: await keepUndo({ kind: 'revert-opt-out', vendorId: message.vendorId, site: ctx.site, before, set }, ctx.incognito) };
      }
      case 'opt-in': {
        const ctx = await context(message.tabId);
        // The setting first, as in revert-opt-out.
        await deps.settings.update((settings) => withoutOptOut(settings, message.vendorId, ctx.site));
        await removeOptOutCookies(message.vendorId, ctx);
        return { ok: true, undoId: await keepUndo({ kind: 'redo-opt-out', vendorId: message.vendorId, site: ctx.site, url: ctx.url, ...(ctx.storeId === undefined ? {} : { storeId: ctx.storeId }) }, ctx.incognito) };
      }
      case 'undo': {
        const record = await deps.undo.take(message.undoId);
        if (!record) throw new ActionError('This can no longer be undone.');
        return undo(record);
      }
      case 'get-action-state': {
        const ctx = await context(message.tabId);
        const settings = await deps.settings.get();
        const state: ActionState = {
          site: ctx.site,
          blocks: blocksOnSite(settings, ctx.site).map((block) => ({ ...block, name: deps.targets.get(block.targetId)?.name ?? block.targetId })),
          optOuts: settings.optOuts.filter((entry) => entry.site === ctx.site).map((entry) => entry.vendorId),
          autoconsent: {
            enabled: settings.autoconsent.enabled,
            onSite: isAutoconsentEnabled(settings, ctx.site),
            status: await deps.consentStatusFor(message.tabId).catch(() => null),
          },
          privacySignals: settings.privacySignals.enabled,
          chatsLoaded: (await deps.chatOnClick.loadedOn(message.tabId, ctx.site)).map((chat) => chat.widgetId),
          chatsOnClick: deps.catalog.filter((widget) => loadsOnClick(settings, ctx.site, widget.id)).map((widget) => widget.id),
        };
        return { ok: true, state };
      }
      case 'set-autoconsent-site': {
        const ctx = await context(message.tabId);
        await deps.settings.update((settings) => withAutoconsentOnSite(settings, ctx.site, message.enabled));
        return { ok: true };
      }
      case 'get-settings':
        return { ok: true, settings: await deps.settings.get() };
      case 'set-option': {
        const change = message.option === 'autoconsent' ? withAutoconsent : message.option === 'history' ? withHistory : withPrivacySignals;
        return { ok: true, settings: await deps.settings.update((settings) => change(settings, message.enabled)) };
      }
      case 'remove-autoconsent-exception':
        return { ok: true, settings: await deps.settings.update((settings) => withAutoconsentOnSite(settings, message.site, true)) };
      case 'remove-all-blocks':
        return { ok: true, settings: await deps.settings.update((settings) => ({ ...settings, blocks: [] })) };
    }
  }

  return async (message: ActionMessage): Promise<unknown> => {
    try {
      return await handle(message);
    } catch (error) {
      if (error instanceof ActionError) return { ok: false, error: error.message };
      throw error;
    }
  };
}

/** A refusal the user should read as is (the action could not be done), not a bug. */
class ActionError extends Error {}
