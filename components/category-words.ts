import { i18n } from '#i18n';

/**
 * A cookie's or tracker's category code ("session-recording") in the reader's language; a code
 * the locales do not know (a newer catalogue) is shown as it is.
 */
const CATEGORY_KEYS: Readonly<Record<string, string>> = {
  necessary: 'category.necessary',
  functional: 'category.functional',
  preferences: 'category.preferences',
  analytics: 'category.analytics',
  advertising: 'category.advertising',
  'session-recording': 'category.sessionRecording',
  social: 'category.social',
  'tag-manager': 'category.tagManager',
};

const t = i18n.t as unknown as (key: string) => string;

export function categoryWords(code: string): string {
  const key = CATEGORY_KEYS[code];
  return key ? t(key) : code;
}
