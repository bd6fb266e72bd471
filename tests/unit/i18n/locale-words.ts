import { join, resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { fillValues, type Phrase, type Words } from '../../../lib/i18n/say';

/** The locales the extension ships. */
export const SHIPPED = ['en', 'de', 'fr'] as const;

const LOCALES = resolve(__dirname, '..', '..', '..', 'locales');

/** Every message of locales/<locale>.yml by its dotted key, a plural as its `1` and `n` forms. */
export async function localePhrases(locale: string): Promise<Map<string, Phrase>> {
  const parsed = await parseMessagesFile(join(LOCALES, `${locale}.yml`));
  const phrases = new Map<string, Phrase>();
  for (const entry of parsed) {
    const key = entry.key.join('.');
    if (entry.type === 'plural') {
      const plurals = entry.plurals as Record<string, string>;
      phrases.set(key, { 1: plurals['1']!, n: plurals.n! });
    } else phrases.set(key, String(entry.message));
  }
  return phrases;
}

/** Words read from a locale file, as the browser would give them; a key it lacks throws (fails the test). */
export async function localeWords(locale: string): Promise<Words & { asked: Set<string> }> {
  const phrases = await localePhrases(locale);
  const asked = new Set<string>();
  return {
    locale,
    asked,
    say: (key, values, count) => {
      asked.add(key);
      const phrase = phrases.get(key);
      if (phrase === undefined) throw new Error(`${locale}.yml has no message ${key}`);
      const text = typeof phrase === 'string' ? phrase : count === 1 ? phrase[1] : phrase.n;
      return fillValues(count === undefined ? text : text.replace(/\$1/g, String(count)), values);
    },
  };
}
