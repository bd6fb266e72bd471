import { describe, expect, it } from 'vitest';
import { ACTION_DETAIL_PHRASES, actionDetailIn } from '../../../lib/history/action-detail';
import { siteActionOf } from '../../../lib/history/action-of';
import type { ActionMessage } from '../../../lib/actions/action-messages';
import type { SiteAction } from '../../../lib/history/site-history';
import { localePhrases, localeWords, SHIPPED } from './locale-words';

// The history stores what an action was done to in English (history lines export it so); the
// dashboard says it in the browser's language, read back from that English.

const nameOf = (id: string) => ({ intercom: 'Intercom' })[id] ?? id;
const done = (message: object, result?: object) => siteActionOf(message as ActionMessage, { ok: true, result }, nameOf, 0)!;

/** Every wording of a detail: each count form, with and without local storage, here and everywhere, a plain name. */
const ACTIONS: readonly SiteAction[] = [
  done({ type: 'clear-site-data', tabId: 1 }, { cookies: 12, localStorageCleared: true }),
  done({ type: 'clear-site-data', tabId: 1 }, { cookies: 1, localStorageCleared: false }),
  done({ type: 'clear-site-data', tabId: 1 }, { cookies: 0 }),
  done({ type: 'clear-site-data', tabId: 1 }, { cookies: 1, localStorageCleared: true }),
  done({ type: 'block', tabId: 1, targetId: 'intercom', scope: 'everywhere', mode: 'cookieless' }),
  done({ type: 'block', tabId: 1, targetId: 'intercom', scope: 'site', mode: 'block' }),
  done({ type: 'opt-out', tabId: 1, vendorId: 'intercom' }),
];

describe('stored action details in the locales', () => {
  it('the history stores the English it always did', () => {
    expect(ACTIONS.map((action) => [action.kind, action.detail])).toEqual([
      ['cleared', '12 cookies and local storage'],
      ['cleared', '1 cookie'],
      ['cleared', '0 cookies'],
      ['cleared', '1 cookie and local storage'],
      ['cookieless', 'Intercom (everywhere)'],
      ['blocked', 'Intercom'],
      ['opted-out', 'Intercom'],
    ]);
  });

  it('en.yml holds the very words stored, and reading them back in English gives the stored detail', async () => {
    const en = await localePhrases('en');
    for (const [key, phrase] of Object.entries(ACTION_DETAIL_PHRASES)) expect(en.get(key), `en.yml: ${key}`).toEqual(phrase);
    const words = await localeWords('en');
    for (const action of ACTIONS) expect(actionDetailIn(action, words.say)).toBe(action.detail);
  });

  for (const locale of SHIPPED) {
    it(`finds every phrase in ${locale}.yml`, async () => {
      const words = await localeWords(locale);
      for (const action of ACTIONS) expect(actionDetailIn(action, words.say).trim()).not.toBe('');
      expect([...words.asked].sort()).toEqual(Object.keys(ACTION_DETAIL_PHRASES).sort());
    });
  }

  it('says them in German and French; a detail it did not write stays as stored', async () => {
    const de = await localeWords('de');
    const fr = await localeWords('fr');
    expect(actionDetailIn(ACTIONS[0]!, de.say)).toBe('12 Cookies und der lokale Speicher');
    expect(actionDetailIn(ACTIONS[4]!, de.say)).toBe('Intercom (überall)');
    expect(actionDetailIn(ACTIONS[1]!, fr.say)).toBe('1 cookie');
    expect(actionDetailIn(ACTIONS[0]!, fr.say)).toBe('12 cookies et le stockage local');
    expect(actionDetailIn({ kind: 'cleared', detail: 'something else' }, fr.say)).toBe('something else');
  });
});
