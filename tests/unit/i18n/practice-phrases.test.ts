import { describe, expect, it } from 'vitest';
import { findMismatches } from '../../../lib/practice/find-mismatches';
import { observedCookie } from '../../../lib/practice/observed';
import { mismatchInWords } from '../../../lib/practice/practice-message';
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

  // A mismatch is kept as found (in English by the history, in any language by an import): the
  // popup and the dashboard say it again in their reader's words, from its messages.
  for (const locale of SHIPPED) {
    it(`says a mismatch found in English again in ${locale}, as one found in ${locale} says it`, async () => {
      const words = await localeWords(locale);
      const found = wordsOfEveryBranch(words).mismatches;
      const english = wordsOfEveryBranch(ENGLISH_PRACTICE_WORDS).mismatches;
      // Kept as JSON (IndexedDB, an export): the messages come back as they went.
      const kept = JSON.parse(JSON.stringify(english)) as Mismatch[];
      expect(kept.map((mismatch) => mismatchInWords(mismatch, words))).toEqual(found.map((mismatch) => ({ claim: mismatch.policyEvidence.claim, observed: mismatch.observed.text })));
    });
  }

  it('says a mismatch found in German again in English as `scan` words it, letter for letter', async () => {
    const german = wordsOfEveryBranch(await localeWords('de')).mismatches;
    const english = wordsOfEveryBranch(ENGLISH_PRACTICE_WORDS).mismatches;
    expect(german.map((mismatch) => mismatchInWords(mismatch, ENGLISH_PRACTICE_WORDS))).toEqual(english.map((mismatch) => ({ claim: mismatch.policyEvidence.claim, observed: mismatch.observed.text })));
  });

  it('says the nested phrases again in French: the cookie inside its lifetime, the signals, a tracker category', async () => {
    const fr = await localeWords('fr');
    const resaid = wordsOfEveryBranch(ENGLISH_PRACTICE_WORDS).mismatches.flatMap((mismatch) => Object.values(mismatchInWords(mismatch, fr)));
    expect(resaid).toContain('les données personnelles sont conservées au maximum 30\u00a0jours');
    expect(resaid).toContain('cookie _ga (Google Analytics) sur example.com, expire dans 2 ans');
    expect(resaid).toContain('Hotjar (enregistrement de session) chargé alors que le navigateur envoyait DNT: 1 et Sec-GPC: 1');
  });
});
