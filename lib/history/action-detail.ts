/**
 * What an action was done to, in words ("12 cookies and local storage", "Intercom (everywhere)").
 * The history stores it in English (history lines export it as written: docs/format.md); the
 * dashboard reads the parts back from that English and says them in the browser's language.
 */
import { sayFrom, type Phrase, type Say } from '../i18n/say';
import type { SiteAction } from './site-history';

export const ACTION_DETAIL_PHRASES = {
  'siteAction.cookies': { 1: '1 cookie', n: '$1 cookies' },
  'siteAction.cookiesAndLocalStorage': { 1: '1 cookie and local storage', n: '$1 cookies and local storage' },
  'siteAction.everywhere': '{name} (everywhere)',
} as const satisfies Readonly<Record<string, Phrase>>;

export type ActionDetailKey = keyof typeof ACTION_DETAIL_PHRASES;

const english: Say<ActionDetailKey> = sayFrom(ACTION_DETAIL_PHRASES);

/** Cookies (and local storage) cleared from the site. */
export function clearedDetail(cookies: number, localStorage: boolean, say: Say<ActionDetailKey> = english): string {
  return say(localStorage ? 'siteAction.cookiesAndLocalStorage' : 'siteAction.cookies', undefined, cookies);
}

/** A widget or tracker blocked (or made cookieless) on the site, or everywhere. */
export function blockedDetail(name: string, everywhere: boolean, say: Say<ActionDetailKey> = english): string {
  return everywhere ? say('siteAction.everywhere', { name }) : name;
}

const CLEARED = /^(\d+) cookies?( and local storage)?$/;
const EVERYWHERE = ' (everywhere)';

/** A stored action's detail in `say`'s words; one not in the English this module writes stays as stored. */
export function actionDetailIn(action: Pick<SiteAction, 'kind' | 'detail'>, say: Say<ActionDetailKey>): string {
  const { kind, detail } = action;
  const cleared = kind === 'cleared' ? CLEARED.exec(detail) : null;
  if (cleared) return clearedDetail(Number(cleared[1]), cleared[2] !== undefined, say);
  if ((kind === 'blocked' || kind === 'cookieless') && detail.endsWith(EVERYWHERE)) return blockedDetail(detail.slice(0, -EVERYWHERE.length), true, say);
  return detail;
}
