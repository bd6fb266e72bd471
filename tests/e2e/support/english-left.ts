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

/**
 * Every English word or phrase of `groups`' messages a translated page must not show, short
 * ones too ("on", "lives", "Seen"): each stretch between placeholders, trimmed of punctuation,
 * that the locale's own message for the key does not also hold ("cookie" stays in French).
 * Match them as whole words (see `englishLeftIn`), or "on" would be found inside "Mission".
 */
export async function englishFragments(lang: string, groups: readonly string[]): Promise<string[]> {
  const english = await textsOf('en');
  const translated = await textsOf(lang);
  const fragmentsOf = (texts: readonly string[]) =>
    texts.flatMap((text) => text.split(/\{\w+\}|\[\w+\]|\$1/).map((part) => part.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))).filter((part) => /\p{L}{2}/u.test(part));
  const fragments = new Set<string>();
  for (const [key, texts] of english) {
    if (!groups.includes(key.split('.')[0]!)) continue;
    const own = new Set(fragmentsOf(translated.get(key) ?? []));
    for (const fragment of fragmentsOf(texts)) if (!own.has(fragment)) fragments.add(fragment);
  }
  return [...fragments];
}

/** Which of `fragments` stand in `text` as whole words (letters on neither side). */
export function englishLeftIn(text: string, fragments: readonly string[]): string[] {
  const escape = (fragment: string) => fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return fragments.filter((fragment) => new RegExp(`(?<!\\p{L})${escape(fragment)}(?!\\p{L})`, 'u').test(text));
}
