import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';

/** Each message of a locale file as its texts (a plural's forms), by dotted key. */
async function textsOf(locale: string): Promise<Map<string, string[]>> {
  const parsed = await parseMessagesFile(resolve(__dirname, '..', '..', '..', 'locales', `${locale}.yml`));
  return new Map(parsed.map((entry) => [entry.key.join('.'), entry.type === 'plural' ? Object.values(entry.plurals as Record<string, string>) : [String(entry.message)]]));
}

/**
 * English words a translated page must not show: for each message of `groups` whose English
 * differs from the locale's, the longest stretch of its English between placeholders (at least
 * 12 characters, so that "Cookies" or "Do Not Track", the same in every language, are not
 * counted). A page that still shows one has a string that does not go through the locale.
 */
export async function englishLeftPhrases(lang: string, groups: readonly string[]): Promise<string[]> {
  const english = await textsOf('en');
  const translated = await textsOf(lang);
  const phrases = new Set<string>();
  for (const [key, texts] of english) {
    if (!groups.includes(key.split('.')[0]!)) continue;
    const other = translated.get(key) ?? [];
    for (const text of texts) {
      if (other.includes(text)) continue;
      const longest = text.split(/\{\w+\}|\[\w+\]|\$1/).map((part) => part.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
      if (longest.length >= 12) phrases.add(longest);
    }
  }
  return [...phrases];
}
