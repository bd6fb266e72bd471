/**
 * The purposes of well-known cookies (known-cookies.ts) in the reader's language. The cookie
 * table holds them in English (exports keep them so); the popup looks the English up here and
 * says it from locales group `cookiePurpose`. A widget's cookie purpose (widgets/catalog.ts) is
 * not translated yet and stays as catalogued.
 */
import type { Say } from '../i18n/say';
import { knownCookies } from './known-cookies';

/** A known cookie's message key: its name, made a message name, and whether it is a prefix ("cookiePurpose._ga_Prefix"). */
export function knownCookiePurposeKey(spec: { readonly name: string; readonly match: string }): string {
  return `cookiePurpose.${spec.name.replace(/[^A-Za-z0-9]/g, '_')}${spec.match === 'prefix' ? 'Prefix' : ''}`;
}

/** Every known cookie's purpose by its key: the English en.yml must hold. */
export const KNOWN_COOKIE_PURPOSE_PHRASES: Readonly<Record<string, string>> = Object.fromEntries(
  knownCookies.map((spec) => [knownCookiePurposeKey(spec), spec.purpose]),
);

const keyByPurpose = new Map(knownCookies.map((spec) => [spec.purpose as string, knownCookiePurposeKey(spec)]));

/** A cookie's purpose in `say`'s words: a known cookie's from the locales, any other as catalogued. */
export function cookiePurposeIn(purpose: string, say: Say): string {
  const key = keyByPurpose.get(purpose);
  return key ? say(key) : purpose;
}
