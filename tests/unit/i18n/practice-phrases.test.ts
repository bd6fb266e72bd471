import { describe, expect, it } from 'vitest';
import { findMismatches } from '../../../lib/practice/find-mismatches';
import { observedCookie } from '../../../lib/practice/observed';
import { ENGLISH_PRACTICE_WORDS, PRACTICE_PHRASES, type PracticeWords } from '../../../lib/practice/practice-phrases';
import type { Mismatch, PracticeInput } from '../../../lib/practice/mismatch';
import { cookieRecord } from '../cookies/cookie-record';
import { expiresIn, NOW, policyOf, practiceInput } from '../practice/practice-input';
import { localePhrases, localeWords, SHIPPED } from './locale-words';

// Policy against practice in the popup's language: every claim and observation the rules can
// word is in every locale; in English the locale's words are `scan`'s, letter for letter.

const widget = { id: 'zendesk-chat', name: 'Zendesk Chat (Zopim)', vendor: 'Zendesk', evidence: ['script https://v2.zopim.com/'] };
const chatId = cookieRecord('__zlcmid', { vendor: 'Zendesk', widgetId: 'zendesk-chat', category: 'functional', expires: expiresIn(365) });
const ga = cookieRecord('_ga', { vendor: 'Google Analytics', category: 'analytics', expires: expiresIn(730) });
const anonymousAnalytics = cookieRecord('_anon', { category: 'analytics', expires: expiresIn(400) });
const fbp = cookieRecord('_fbp', { vendor: 'Meta', category: 'advertising', expires: expiresIn(90) });
const trackers = [
  { vendor: 'Google (DoubleClick)', category: 'advertising', hosts: ['ad.doubleclick.net'] },
  { vendor: 'Example Analytics', category: 'analytics', hosts: ['a.example'] },
  { vendor: 'Hotjar', category: 'session-recording', hosts: ['static.hotjar.com'] },
];

/** Pages that take every branch of the rules: each claim, each way of seeing, both signal sets. */
const PAGES: readonly PracticeInput[] = [
  practiceInput({ sitePolicy: policyOf('We keep your personal data for 30 days and then delete it.'), cookies: [ga] }),
  practiceInput({ sitePolicy: policyOf('We honor Do Not Track signals and do not track visitors who send them.'), privacySignals: { dnt: true, gpc: true }, trackers, cookies: [anonymousAnalytics] }),
  practiceInput({ sitePolicy: policyOf('We honor Do Not Track signals and do not track visitors who send them.'), privacySignals: { dnt: true, gpc: false }, trackers, cookies: [fbp] }),
  practiceInput({ sitePolicy: policyOf('We do not sell your personal information.'), cookies: [fbp], trackers: [{ vendor: 'Criteo', category: 'advertising', hosts: ['static.criteo.net', 'b.criteo.net', 'c.criteo.net'] }] }),
  practiceInput({ sitePolicy: policyOf('We keep your personal data for 1 year.'), widgets: [widget], cookies: [chatId] }),
  practiceInput({ vendorPolicies: [{ ...policyOf('We delete visitor data after 30 days.', 'https://vendor.example/privacy'), widgetId: 'zendesk-chat' }], cookies: [chatId] }),
];

/** Every mismatch of every page, and a session cookie (no rule holds one against a policy yet, but the words exist). */
function wordsOfEveryBranch(words: PracticeWords): { mismatches: Mismatch[]; session: string } {
  const mismatches = PAGES.flatMap((page) => findMismatches(page, words));
  const session = observedCookie(cookieRecord('sid', { expires: null }), NOW, words).text;
  return { mismatches, session };
}

const texts = ({ mismatches, session }: ReturnType<typeof wordsOfEveryBranch>) => [
  ...mismatches.flatMap((mismatch) => [mismatch.policyEvidence.claim, mismatch.observed.text]),
  session,
];

describe('policy against practice in the locales', () => {
  it('every kind of mismatch is among the pages', () => {
    const kinds = new Set(wordsOfEveryBranch(ENGLISH_PRACTICE_WORDS).mismatches.map((mismatch) => mismatch.kind));
    expect([...kinds].sort()).toEqual(['dnt', 'no-sale', 'retention', 'undisclosed-widget', 'vendor-retention']);
  });

  it('en.yml holds the very words `scan` prints', async () => {
    const en = await localePhrases('en');
    for (const [key, phrase] of Object.entries(PRACTICE_PHRASES)) expect(en.get(key), `en.yml: ${key}`).toEqual(phrase);
  });

  for (const locale of SHIPPED) {
    it(`finds every phrase it asks for in ${locale}.yml, and asks for every phrase of the table`, async () => {
      const words = await localeWords(locale);
      for (const text of texts(wordsOfEveryBranch(words))) expect(text.trim()).not.toBe('');
      expect([...words.asked].sort()).toEqual(Object.keys(PRACTICE_PHRASES).sort());
      // Every key of the group in the locale is one lib asks for: none left over from an older wording.
      const own = [...(await localePhrases(locale)).keys()].filter((key) => key.startsWith('practice.'));
      expect(own.sort()).toEqual(Object.keys(PRACTICE_PHRASES).sort());
    });
  }

  it('in English, the locale words and `scan`’s give the same mismatches', async () => {
    const words = await localeWords('en');
    expect(wordsOfEveryBranch(words)).toEqual(wordsOfEveryBranch(ENGLISH_PRACTICE_WORDS));
  });

  it('says claims and observations in German and French, units by Intl', async () => {
    const de = texts(wordsOfEveryBranch(await localeWords('de')));
    const fr = texts(wordsOfEveryBranch(await localeWords('fr')));
    expect(de).toContain('personenbezogene Daten werden höchstens 30 Tage gespeichert');
    expect(de).toContain('Cookie _ga (Google Analytics) auf example.com, bleibt 2 Jahre gespeichert');
    expect(de).toContain('Hotjar (Sitzungsaufzeichnung) geladen, obwohl der Browser DNT: 1 und Sec-GPC: 1 sendete');
    expect(fr).toContain('les données personnelles sont conservées au maximum 30\u00a0jours');
    expect(fr).toContain('Zendesk Chat (Zopim) (Zendesk) chargé, a déposé __zlcmid');
    expect(fr).toContain('réseau publicitaire Criteo chargé (static.criteo.net, b.criteo.net)');
  });
});
