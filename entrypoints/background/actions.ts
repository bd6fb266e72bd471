import { browser } from 'wxt/browser';
import type { ActionMessage, ActionState, ClearResult } from '@/lib/actions/action-messages';
import type { UndoRecord, WebStorageCopy } from '@/lib/actions/undo-record';
import type { UndoStore } from '@/lib/actions/undo-store';
import { cookieUrlOf, restoreDetailsOf, type StoredCookie } from '@/lib/actions/stored-cookie';
import { optOutCookieDetails } from '@/lib/actions/opt-out-cookies';
import type { BlockTarget } from '@/lib/blocking/block-targets';
import type { BlockScope, Settings } from '@/lib/settings/settings';
import { blockKeyOf } from '@/lib/settings/block-key';
import {
  blocksOnSite, withAutoconsent, withAutoconsentOnSite, withBlock, withHistory, withoutBlock, withOptOut, withoutOptOut, withPrivacySignals,
} from '@/lib/settings/settings-changes';
import type { WidgetSpec } from '@/lib/widgets/types';
import { siteOf } from '@/lib/cookies/party';
import type { ConsentStatus } from '@/lib/consent/consent-status';
import { isAutoconsentEnabled } from '@/lib/consent/consent-settings';
import type { SettingsStore } from './settings-store';
import { readStoredCookies, withFirefoxIsolation } from './read-cookies';
import {
  clearFrameStorage, clearPageStorage, readFrameStorageCopy, readPageStorage, restorePageStorage, restoreStorage, type KeyValueArea, type StorageCopy,
} from './page-storage';

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
  /** The frames whose storage the tab's findings list (the top document's and its chat vendors'), by frame id. */
  readonly storageFrames: (tabId: number) => Promise<readonly { readonly frameId: number; readonly origin: string }[]>;
}

/** One store Clear takes besides the top document's localStorage. */
interface StoreTarget {
  readonly frameId: number;
  readonly origin: string;
  readonly area: KeyValueArea;
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

function clearResultOf(removed: readonly StoredCookie[], site: string, localStorageCleared: boolean, otherStorageItems: number): ClearResult {
  const firstParty = removed.filter((cookie) => siteOf(cookie.domain) === site).length;
  return { cookies: removed.length, firstParty, thirdParty: removed.length - firstParty, localStorageCleared, otherStorageItems };
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

  /**
   * The tab's stores besides the top document's localStorage: its sessionStorage, and both areas
   * of each chat vendor's frame (on the vendor's origin, as the tab's findings list them).
   */
  async function otherStoresOf(tabId: number, topOrigin: string): Promise<StoreTarget[]> {
    const frames = await deps.storageFrames(tabId);
    const targets: StoreTarget[] = [{ frameId: 0, origin: topOrigin, area: 'sessionStorage' }];
    for (const frame of frames) {
      if (frame.frameId === 0 || frame.origin === topOrigin) continue;
      targets.push({ frameId: frame.frameId, origin: frame.origin, area: 'localStorage' }, { frameId: frame.frameId, origin: frame.origin, area: 'sessionStorage' });
    }
    return targets;
  }

  /**
   * Removes the cookies of the tab's site and its third parties, the page origin's localStorage
   * and sessionStorage, and the storage of its chat vendors' frames. Nothing is removed before
   * its undo is stored: the cookies and the storage are read, the record kept, and only then
   * removed. When it cannot be kept, nothing is done and the reply says why, unless the user
   * already chose to clear without undo.
   */
  async function clearSiteData(tabId: number, ctx: TabContext, keep: ReadonlySet<string>, withoutUndo: boolean) {
    const [cookies, others] = await Promise.all([readStoredCookies(ctx.cookieSites, ctx.topLevelSite, ctx.storeId), otherStoresOf(tabId, new URL(ctx.url).origin)]);
    // The user's own opt-out cookies on this site survive a clear: they are what protects them.
    const toRemove = cookies.filter((cookie) => !(keep.has(cookie.name) && siteOf(cookie.domain) === ctx.site));
    const origin = new URL(ctx.url).origin;
    // Copies of the other stores that hold something, each kept with the target it came from.
    let otherCopies: { target: StoreTarget; copy: StorageCopy }[] = [];
    const recordOf = (removed: readonly StoredCookie[], copy: StorageCopy | null): UndoRecord => ({
      kind: 'restore-site-data',
      site: ctx.site,
      cookies: removed,
      localStorage: copy && Object.keys(copy.items).length ? { origin, items: copy.items } : null,
      webStorage: otherCopies.map(({ target, copy: other }): WebStorageCopy => ({ origin: target.origin, area: target.area, items: other.items })),
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
      for (const target of others) await clearFrameStorage(tabId, target.frameId, target.origin, target.area, null);
      return { ok: true as const, undoId: null, result: clearResultOf(await removeCookies(), ctx.site, storageCleared, 0) };
    }
    let copy = await readPageStorage(tabId, origin);
    for (const target of others) {
      const other = await readFrameStorageCopy(tabId, target.frameId, target.origin, target.area);
      if (other && Object.keys(other.items).length) otherCopies.push({ target, copy: other });
    }
    const saved = await deps.undo.save(recordOf(toRemove, copy), { private: ctx.incognito });
    if (!saved.ok) {
      const { reason, bytes, limitBytes } = saved;
      return { ok: false as const, error: 'The undo could not be kept, so nothing was cleared.', undoUnavailable: { reason, bytes, limitBytes } };
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
    const removed = await removeCookies();
    // The record says exactly what was taken: cookies the browser refused to remove, or storage
    // left in place, are not "put back" by an undo.
    if (removed.length < toRemove.length || (!storageCleared && copy && Object.keys(copy.items).length) || otherCopies.length < copiesBefore) {
      await deps.undo.replace(undoId, recordOf(removed, storageCleared ? copy : null));
    }
    const otherItems = otherCopies.reduce((sum, entry) => sum + Object.keys(entry.copy.items).length, 0);
    return { ok: true as const, undoId, result: clearResultOf(removed, ctx.site, storageCleared, otherItems) };
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
      case 'block': {
        const ctx = await context(message.tabId);
        if (!deps.targets.has(message.targetId)) throw new ActionError(`Nothing called ${message.targetId} can be blocked.`);
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
