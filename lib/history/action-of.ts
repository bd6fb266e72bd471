import type { ActionMessage } from '../actions/action-messages';
import type { SiteAction } from './site-history';
import { blockedDetail, clearedDetail } from './action-detail';

/**
 * What the history records of an action the popup asked for and the background did (`reply.ok`),
 * or null for one that is not about the tab's site (settings, undo, reading state).
 */
export function siteActionOf(message: ActionMessage, reply: unknown, nameOf: (targetId: string) => string, at: number): SiteAction | null {
  const done = typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true;
  if (!done) return null;
  switch (message.type) {
    case 'clear-site-data': {
      const result = (reply as { result?: { cookies?: unknown; localStorageCleared?: unknown } }).result;
      const cookies = typeof result?.cookies === 'number' ? result.cookies : 0;
      return { kind: 'cleared', at, detail: clearedDetail(cookies, result?.localStorageCleared === true) };
    }
    case 'block':
      return { kind: message.mode === 'cookieless' ? 'cookieless' : 'blocked', at, detail: blockedDetail(nameOf(message.targetId), message.scope === 'everywhere') };
    case 'unblock':
      return 'tabId' in message ? { kind: 'unblocked', at, detail: nameOf(message.targetId) } : null;
    case 'opt-out':
      return { kind: 'opted-out', at, detail: nameOf(message.vendorId) };
    case 'opt-in':
      return { kind: 'opted-in', at, detail: nameOf(message.vendorId) };
    default:
      return null;
  }
}
