import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { PHRASE_TABLES } from '../../../lib/i18n/phrase-tables';

// Every locale has every message of the default one (a missing key would show English, or
// nothing, to a German or French user), with the same placeholders; every key the code asks
// for exists. `tsc` checks the keys against en.yml too; this test also covers the other locales.
const REPO = resolve(__dirname, '..', '..', '..');
const LOCALES = join(REPO, 'locales');
const DEFAULT_LOCALE = 'en';
const SHIPPED = ['en', 'de', 'fr'];
/** Folders whose code shows words to people through `i18n.t`. */
const UI_SOURCES = ['entrypoints', 'components'];

interface Message {
  readonly plural: boolean;
  /** `{site}` values, `[code]` markup slots and `$1` counts: what the code fills in. */
  readonly placeholders: readonly string[];
  readonly texts: readonly string[];
}

function placeholdersOf(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\{\w+\}|\[\w+\]/g)) found.add(match[0]);
  return [...found].sort();
}

async function messagesOf(locale: string): Promise<Map<string, Message>> {
  const parsed = await parseMessagesFile(join(LOCALES, `${locale}.yml`));
  const messages = new Map<string, Message>();
  // `@@ui_locale` and the like are the browser's own, in every locale.
  for (const entry of parsed.filter((item) => !item.key[0]!.startsWith('@@'))) {
    const texts = entry.type === 'plural' ? Object.values(entry.plurals as Record<string, string>) : [String(entry.message)];
    messages.set(entry.key.join('.'), { plural: entry.type === 'plural', placeholders: placeholdersOf(texts), texts });
  }
  return messages;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Keys named in code: `i18n.t('key'`, and any 'group.key' literal of a file that imports #i18n (maps, ternaries). */
function keysUsedIn(files: readonly string[], groups: ReadonlySet<string>): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes("from '#i18n'")) continue;
    for (const match of source.matchAll(/i18n\.t\(\s*'([^']+)'/g)) used.set(match[1]!, file);
    for (const match of source.matchAll(/'([a-zA-Z]\w*(?:\.\w+)+)'/g)) {
      if (groups.has(match[1]!.split('.')[0]!)) used.set(match[1]!, file);
    }
  }
  return used;
}

describe('locales', () => {
  it('ships the default locale and the translated ones, and nothing half-done', () => {
    const files = readdirSync(LOCALES).filter((name) => name.endsWith('.yml')).map((name) => name.replace(/\.yml$/, '')).sort();
    expect(files).toEqual([...SHIPPED].sort());
  });

  for (const locale of SHIPPED.filter((name) => name !== DEFAULT_LOCALE)) {
    it(`${locale} has every key of ${DEFAULT_LOCALE}, with the same placeholders, and no other`, async () => {
      const reference = await messagesOf(DEFAULT_LOCALE);
      const translated = await messagesOf(locale);
      const missing = [...reference.keys()].filter((key) => !translated.has(key));
      const extra = [...translated.keys()].filter((key) => !reference.has(key));
      expect(missing, `missing in ${locale}.yml`).toEqual([]);
      expect(extra, `in ${locale}.yml but not in ${DEFAULT_LOCALE}.yml`).toEqual([]);
      for (const [key, message] of reference) {
        const other = translated.get(key)!;
        expect(other.plural, `${locale}: ${key} plural or not`).toBe(message.plural);
        expect(other.placeholders, `${locale}: ${key} placeholders`).toEqual(message.placeholders);
        for (const text of other.texts) expect(text.trim(), `${locale}: ${key} is empty`).not.toBe('');
      }
    });
  }

  it('each locale says its own language (the pages’ lang attribute)', async () => {
    for (const locale of SHIPPED) expect((await messagesOf(locale)).get('lang')?.texts).toEqual([locale]);
  });

  it('has a message for every key the code uses', async () => {
    const reference = await messagesOf(DEFAULT_LOCALE);
    const groups = new Set([...reference.keys()].map((key) => key.split('.')[0]!));
    const used = keysUsedIn(UI_SOURCES.flatMap((dir) => sourceFiles(join(REPO, dir))), groups);
    expect(used.size).toBeGreaterThan(100);
    const unknown = [...used].filter(([key]) => !reference.has(key)).map(([key, file]) => `${key} (${file.slice(REPO.length + 1)})`);
    expect(unknown).toEqual([]);
  });

  it('every message is used somewhere (no stale words for translators)', async () => {
    const reference = await messagesOf(DEFAULT_LOCALE);
    const groups = new Set([...reference.keys()].map((key) => key.split('.')[0]!));
    const used = keysUsedIn(UI_SOURCES.flatMap((dir) => sourceFiles(join(REPO, dir))), groups);
    // The manifest's own keys are used as __MSG_name__ in wxt.config.ts.
    const manifestKeys = [...readFileSync(join(REPO, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    // lib/'s phrase tables are said through a `Say` (lib/i18n/phrase-tables.ts; lib-phrases.test.ts).
    const libKeys = new Set(Object.values(PHRASE_TABLES).flatMap((table) => Object.keys(table)));
    const unused = [...reference.keys()].filter((key) => !used.has(key) && !manifestKeys.includes(key) && !libKeys.has(key));
    expect(unused).toEqual([]);
  });
});
