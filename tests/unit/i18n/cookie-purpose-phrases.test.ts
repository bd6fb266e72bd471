import { describe, expect, it } from 'vitest';
import { knownCookies } from '../../../lib/cookies/known-cookies';
import { cookiePurposeIn, KNOWN_COOKIE_PURPOSE_PHRASES, knownCookiePurposeKey } from '../../../lib/cookies/known-cookie-purposes';
import { localePhrases, localeWords, SHIPPED } from './locale-words';

// Well-known cookies' purposes in the popup's language: each has its own key, in every locale,
// and German and French say it in their own words (an English sentence left over fails).

describe('known cookie purposes in the locales', () => {
  it('every known cookie has a key of its own', () => {
    expect(new Set(knownCookies.map(knownCookiePurposeKey)).size).toBe(knownCookies.length);
  });

  for (const locale of SHIPPED) {
    it(`${locale}.yml has every purpose, and no key for a cookie that is not known`, async () => {
      const words = await localeWords(locale);
      for (const spec of knownCookies) expect(cookiePurposeIn(spec.purpose, words.say).trim()).not.toBe('');
      expect([...words.asked].sort()).toEqual(Object.keys(KNOWN_COOKIE_PURPOSE_PHRASES).sort());
      const own = [...(await localePhrases(locale)).keys()].filter((key) => key.startsWith('cookiePurpose.'));
      expect(own.sort()).toEqual(Object.keys(KNOWN_COOKIE_PURPOSE_PHRASES).sort());
    });
  }

  it('English gives the catalogued purpose; German and French their own words; a widget purpose stays as catalogued', async () => {
    const en = await localeWords('en');
    const de = await localeWords('de');
    const fr = await localeWords('fr');
    for (const spec of knownCookies) {
      expect(cookiePurposeIn(spec.purpose, en.say)).toBe(spec.purpose);
      expect(cookiePurposeIn(spec.purpose, de.say), `de: ${spec.name}`).not.toBe(spec.purpose);
      expect(cookiePurposeIn(spec.purpose, fr.say), `fr: ${spec.name}`).not.toBe(spec.purpose);
    }
    expect(cookiePurposeIn('Stores your cookie-consent choices (OneTrust).', de.say)).toBe('Speichert Ihre Entscheidungen zur Cookie-Einwilligung (OneTrust).');
    expect(cookiePurposeIn('Stores your cookie-consent choices (OneTrust).', fr.say)).toBe('Enregistre vos choix de consentement aux cookies (OneTrust).');
    expect(cookiePurposeIn('A purpose no known cookie has.', fr.say)).toBe('A purpose no known cookie has.');
  });
});
