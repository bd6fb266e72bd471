/**
 * The catalogued purposes of cookies and web storage in the reader's language: well-known
 * cookies (cookies/known-cookies.ts), chat widgets' cookies (widgets/catalog.ts) and their
 * storage keys (storage/vendor-storage-keys.ts). Findings hold the English (exports keep it so);
 * the popup looks it up here and says it from locales groups `cookiePurpose`,
 * `widgetCookiePurpose` and `storagePurpose`, one key per catalogued name.
 */
import type { Say } from './say';
import { knownCookies } from '../cookies/known-cookies';
import { widgetCatalog } from '../widgets/catalog';
import { vendorStorageKeys } from '../storage/vendor-storage-keys';

interface Catalogued {
  readonly name: string;
  readonly match: string;
  readonly purpose: string;
}

/** A catalogued name as a message key: its name made a message name, and whether it is a prefix or suffix ("cookiePurpose._ga_Prefix"). */
export function purposeKey(group: string, spec: Catalogued): string {
  const end = spec.match === 'prefix' ? 'Prefix' : spec.match === 'suffix' ? 'Suffix' : '';
  return `${group}.${spec.name.replace(/[^A-Za-z0-9]/g, '_')}${end}`;
}

/** Each catalogue by the locale group its purposes sit in. */
export const CATALOGUED_PURPOSES: Readonly<Record<string, readonly Catalogued[]>> = {
  cookiePurpose: knownCookies,
  widgetCookiePurpose: widgetCatalog.flatMap((widget) => widget.cookies as readonly Catalogued[]),
  storagePurpose: vendorStorageKeys,
};

/** Every catalogued purpose by its key: the English en.yml must hold. */
export const PURPOSE_PHRASES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CATALOGUED_PURPOSES).flatMap(([group, specs]) => specs.map((spec) => [purposeKey(group, spec), spec.purpose])),
);

// Two names with the same English purpose ("Visitor ID.") share whichever key comes first: their translations agree.
const keyByPurpose = new Map<string, string>();
for (const [key, purpose] of Object.entries(PURPOSE_PHRASES)) if (!keyByPurpose.has(purpose)) keyByPurpose.set(purpose, key);

/** A catalogued purpose in `say`'s words; any other text as it is. */
export function purposeIn(purpose: string, say: Say): string {
  const key = keyByPurpose.get(purpose);
  return key ? say(key) : purpose;
}
