import { describe, expect, it } from 'vitest';
import { CATALOGUED_PURPOSES, purposeIn, purposeKey, PURPOSE_PHRASES } from '../../../lib/i18n/purpose-phrases';
import { localePhrases, localeWords, SHIPPED } from './locale-words';

// Catalogued purposes of cookies and web storage in the popup's language: each name has its
// own key, in every locale, and German and French say it in their own words (an English
// sentence left over fails).

const GROUPS = Object.keys(CATALOGUED_PURPOSES);
const everySpec = Object.entries(CATALOGUED_PURPOSES).flatMap(([group, specs]) => specs.map((spec) => ({ group, spec })));

describe('catalogued purposes in the locales', () => {
  it('every catalogued name has a key of its own', () => {
    expect(new Set(everySpec.map(({ group, spec }) => purposeKey(group, spec))).size).toBe(everySpec.length);
    expect(everySpec.length).toBeGreaterThan(120);
  });

  for (const locale of SHIPPED) {
    it(`${locale}.yml has every purpose, and no key for a name that is not catalogued`, async () => {
      const words = await localeWords(locale);
      for (const { spec } of everySpec) expect(purposeIn(spec.purpose, words.say).trim()).not.toBe('');
      const phrases = await localePhrases(locale);
      for (const key of Object.keys(PURPOSE_PHRASES)) expect(phrases.has(key), `${locale}.yml: ${key}`).toBe(true);
      const own = [...phrases.keys()].filter((key) => GROUPS.includes(key.split('.')[0]!));
      expect(own.sort()).toEqual(Object.keys(PURPOSE_PHRASES).sort());
    });
  }

  it('English gives the catalogued purpose; German and French their own words; other text stays as it is', async () => {
    const en = await localeWords('en');
    const de = await localeWords('de');
    const fr = await localeWords('fr');
    const dePhrases = await localePhrases('de');
    const frPhrases = await localePhrases('fr');
    for (const { group, spec } of everySpec) {
      expect(purposeIn(spec.purpose, en.say)).toBe(spec.purpose);
      expect(dePhrases.get(purposeKey(group, spec)), `de: ${spec.name}`).not.toBe(spec.purpose);
      expect(frPhrases.get(purposeKey(group, spec)), `fr: ${spec.name}`).not.toBe(spec.purpose);
    }
    expect(purposeIn('Stores your cookie-consent choices (OneTrust).', de.say)).toBe('Speichert Ihre Entscheidungen zur Cookie-Einwilligung (OneTrust).');
    expect(purposeIn('Stores your cookie-consent choices (OneTrust).', fr.say)).toBe('Enregistre vos choix de consentement aux cookies (OneTrust).');
    expect(purposeIn('Whether the chat window is open.', de.say)).toBe('Ob das Chat-Fenster geöffnet ist.');
    expect(purposeIn('A purpose nothing has.', fr.say)).toBe('A purpose nothing has.');
  });
});
