/**
 * How lib/ words things without a browser: code that builds sentences for people takes a `Say`
 * and asks it for a message by key. The popup and the dashboard pass one that reads the
 * browser's `_locales` (components/say.ts); the command line passes the English table the
 * same module holds (`sayFrom`), so its output, a public contract, stays as it was.
 * Keys and placeholders follow locales/<lang>.yml: `{name}` a named value, `$1` a plural's count.
 */

/** An English message: a plain text, or a plural's `1` and `n` forms. */
export type Phrase = string | { readonly 1: string; readonly n: string };

/** A message by key, with its named values and, for a plural, its count. */
export type Say<Key extends string = string> = (key: Key, values?: Readonly<Record<string, string>>, count?: number) => string;

/** Words in one language: its messages and its BCP 47 tag (for Intl: country names, units). */
export interface Words<Key extends string = string> {
  readonly say: Say<Key>;
  readonly locale: string;
}

/** Fills `{name}` values; leaves an unknown one as written (a translator's typo shows, never throws). */
export function fillValues(text: string, values: Readonly<Record<string, string>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A `Say` over a table of English phrases (the command line's words). */
export function sayFrom<Key extends string>(table: Readonly<Record<Key, Phrase>>): Say<Key> {
  return (key, values, count) => {
    const phrase = table[key];
    const text = typeof phrase === 'string' ? phrase : count === 1 ? phrase[1] : phrase.n;
    return fillValues(count === undefined ? text : text.replace(/\$1/g, String(count)), values);
  };
}

/** "a", "a and b", "a, b and c", with `and` in the reader's language ("and", "und", "et"). */
export function joinWith(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
