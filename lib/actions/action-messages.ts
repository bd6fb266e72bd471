/**
 * Messages that change something (clear, block, opt out, settings). Accepted only from the
 * extension's own pages (popup, options): the background checks the sender before parsing.
 * A tab id names the page the user is looking at; the site acted on is always derived from
 * that tab by the background, never taken from the message.
 */
import type { Settings } from '../settings/settings';
import type { ConsentStatus } from '../consent/consent-status';
import { isSiteName, isTargetId } from '../settings/setting-names';
import type { UndoUnavailable } from './undo-store';

/**
 * Clears the tab's site data. Nothing is removed before its undo is stored; when it cannot be
 * (too large, storage full) the reply says so (`undoUnavailable`) and nothing is done, and the
 * popup may ask the user and send the message again with `withoutUndo: true`.
 */
export interface ClearSiteDataMessage { readonly type: 'clear-site-data'; readonly tabId: number; readonly withoutUndo?: true }
export interface BlockMessage {
  readonly type: 'block';
  readonly tabId: number;
  readonly targetId: string;
  readonly scope: 'site' | 'everywhere';
  /** 'on-click' only for chat widgets: blocked until the user clicks our placeholder. */
  readonly mode: 'block' | 'cookieless' | 'on-click';
}
/**
 * Removes what a chat loaded on click in the tab stored: the vendor's cookies, its keys in the
 * page's web storage and everything of its own frames (lib/chat-click/chat-data.ts), with an
 * undo; `withoutUndo` as for Clear, once the user agreed.
 */
export interface ClearChatDataMessage { readonly type: 'clear-chat-data'; readonly tabId: number; readonly widgetId: string; readonly withoutUndo?: true }
/**
 * Options page: every chat widget loads on click on every site, or (`widgetId`) one vendor's
 * chat does (an 'on-click' block everywhere), or no longer.
 */
export interface SetChatOnClickEverywhereMessage { readonly type: 'set-chat-on-click-everywhere'; readonly enabled: boolean; readonly widgetId?: string }
/** From the popup (`tabId`: that tab's site or everywhere) or the options page (`site` of a listed block). */
export type UnblockMessage =
  | { readonly type: 'unblock'; readonly targetId: string; readonly tabId: number; readonly scope: 'site' | 'everywhere' }
  | { readonly type: 'unblock'; readonly targetId: string; readonly site: string | null };
export interface OptOutMessage { readonly type: 'opt-out'; readonly tabId: number; readonly vendorId: string }
/** Turns a vendor's opt-out off again on the tab's site (removes its opt-out cookies). */
export interface OptInMessage { readonly type: 'opt-in'; readonly tabId: number; readonly vendorId: string }
export interface UndoMessage { readonly type: 'undo'; readonly undoId: string }
export interface GetActionStateMessage { readonly type: 'get-action-state'; readonly tabId: number }
export interface SetAutoconsentSiteMessage { readonly type: 'set-autoconsent-site'; readonly tabId: number; readonly enabled: boolean }
export interface GetSettingsMessage { readonly type: 'get-settings' }
export interface SetOptionMessage {
  readonly type: 'set-option';
  readonly option: 'autoconsent' | 'privacy-signals' | 'history';
  readonly enabled: boolean;
}
/** Options page: an exception site gets cookie-banner answers again. */
export interface RemoveAutoconsentExceptionMessage { readonly type: 'remove-autoconsent-exception'; readonly site: string }
/** Options page: every block at once; the page asks the user first and says so here. */
export interface RemoveAllBlocksMessage { readonly type: 'remove-all-blocks'; readonly confirmed: true }

export type ActionMessage =
  | ClearSiteDataMessage
  | ClearChatDataMessage
  | SetChatOnClickEverywhereMessage
  | BlockMessage
  | UnblockMessage
  | OptOutMessage
  | OptInMessage
  | UndoMessage
  | GetActionStateMessage
  | SetAutoconsentSiteMessage
  | GetSettingsMessage
  | SetOptionMessage
  | RemoveAutoconsentExceptionMessage
  | RemoveAllBlocksMessage;

/** What the popup shows about its tab's site and the actions on it. */
export interface ActionState {
  readonly site: string;
  /** Blocks that apply on the site (its own and everywhere), with the target's name for display. */
  readonly blocks: readonly (Settings['blocks'][number] & { readonly name: string })[];
  readonly optOuts: readonly string[];
  readonly autoconsent: { readonly enabled: boolean; readonly onSite: boolean; readonly status: ConsentStatus | null };
  readonly privacySignals: boolean;
  /** Chat widgets the user loaded on click in this tab (on this site): "Clear chat data" applies. */
  readonly chatsLoaded: readonly string[];
  /** Chat widgets that wait for a click on this site (lib/chat-click/loads-on-click.ts). */
  readonly chatsOnClick: readonly string[];
}

export interface ClearResult {
  readonly cookies: number;
  readonly firstParty: number;
  readonly thirdParty: number;
  readonly localStorageCleared: boolean;
  /** Items removed from the tab's other stores (the page's sessionStorage, chat vendors' frames' storage). */
  readonly otherStorageItems?: number;
  /** IndexedDB databases deleted (the page's origin's and its chat vendors' frames'). */
  readonly databases?: number;
  /** Databases left as they were: the page held them open, or wrote to them meanwhile. */
  readonly databasesLeft?: number;
}

type Failure = { ok: false; error: string };
/** `undoId` is null when no undo was kept (asked for without, or an undo that could not be stored). */
export type ActionReply<M extends ActionMessage> = M extends ClearSiteDataMessage | ClearChatDataMessage
  ? { ok: true; undoId: string | null; result: ClearResult } | (Failure & { undoUnavailable?: UndoUnavailable })
  : M extends BlockMessage | OptOutMessage | OptInMessage | UnblockMessage
    ? { ok: true; undoId: string | null } | Failure
    : M extends GetActionStateMessage
      ? { ok: true; state: ActionState } | Failure
      : M extends GetSettingsMessage | SetOptionMessage | SetChatOnClickEverywhereMessage | RemoveAllBlocksMessage | RemoveAutoconsentExceptionMessage
        ? { ok: true; settings: Settings } | Failure
        : { ok: true } | Failure;

const isTabId = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;

/** Checks an action message's shape; null when `raw` is not an action message at all. */
export function parseActionMessage(raw: Record<string, unknown>): { ok: true; message: ActionMessage } | { ok: false; error: string } | null {
  // Only a string type can name an action; nothing is called on anything else (`String()` of
  // `{"toString": 1}` throws).
  if (typeof raw.type !== 'string') return null;
  const type = raw.type;
  const bad = (what: string) => ({ ok: false as const, error: `${type}: bad ${what}` });
  const ok = () => ({ ok: true as const, message: raw as unknown as ActionMessage });
  switch (type) {
    case 'clear-site-data':
      if (raw.withoutUndo !== undefined && raw.withoutUndo !== true) return bad('withoutUndo');
      return isTabId(raw.tabId) ? ok() : bad('tabId');
    case 'clear-chat-data':
      if (raw.withoutUndo !== undefined && raw.withoutUndo !== true) return bad('withoutUndo');
      return !isTabId(raw.tabId) ? bad('tabId') : isTargetId(raw.widgetId) ? ok() : bad('widgetId');
    case 'set-chat-on-click-everywhere':
      if (raw.widgetId !== undefined && !isTargetId(raw.widgetId)) return bad('widgetId');
      return typeof raw.enabled === 'boolean' ? ok() : bad('enabled');
    case 'get-action-state':
      return isTabId(raw.tabId) ? ok() : bad('tabId');
    case 'block':
      if (!isTabId(raw.tabId)) return bad('tabId');
      if (!isTargetId(raw.targetId)) return bad('targetId');
      if (raw.scope !== 'site' && raw.scope !== 'everywhere') return bad('scope');
      if (raw.mode !== 'block' && raw.mode !== 'cookieless' && raw.mode !== 'on-click') return bad('mode');
      return ok();
    case 'unblock':
      if (!isTargetId(raw.targetId)) return bad('targetId');
      if ('tabId' in raw) return isTabId(raw.tabId) && (raw.scope === 'site' || raw.scope === 'everywhere') ? ok() : bad('tabId or scope');
      return raw.site === null || isSiteName(raw.site) ? ok() : bad('site');
    case 'opt-out':
    case 'opt-in':
      return !isTabId(raw.tabId) ? bad('tabId') : isTargetId(raw.vendorId) ? ok() : bad('vendorId');
    case 'undo':
      return typeof raw.undoId === 'string' && /^[a-z0-9-]{8,64}$/.test(raw.undoId) ? ok() : bad('undoId');
    case 'set-autoconsent-site':
      return !isTabId(raw.tabId) ? bad('tabId') : typeof raw.enabled === 'boolean' ? ok() : bad('enabled');
    case 'get-settings':
      return ok();
    case 'set-option':
      if (raw.option !== 'autoconsent' && raw.option !== 'privacy-signals' && raw.option !== 'history') return bad('option');
      return typeof raw.enabled === 'boolean' ? ok() : bad('enabled');
    case 'remove-autoconsent-exception':
      return isSiteName(raw.site) ? ok() : bad('site');
    case 'remove-all-blocks':
      return raw.confirmed === true ? ok() : bad('confirmation (confirmed: true)');
    default:
      return null;
  }
}
