import { join, resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

// Counts read right in every language: each counted message, built the way the extension's
// _locales are (generateChromeMessages) and picked the way `i18n.t(key, count)` picks
// ("0 | 1 | n" or "1 | n"), is rendered at 0, 1 and 2. No "(s)"/"(x)"/"(e)" hacks, and in
// French 0 and 1 take the singular ("1 page vue", "0 site"), which needs a `0:` form.
const LOCALES = resolve(__dirname, '..', '..', '..', 'locales');
const SHIPPED = ['en', 'de', 'fr'];
const COUNTS = [0, 1, 2];
/** Named values that hold a number of things (the rest are names, ages, shares). */
const COUNT_VALUES = new Set(['count', 'added', 'merged', 'pages', 'okPages', 'read', 'found', 'thirdParty', 'firstParty', 'cookies']);
const HACK = /\((?:s|x|e|es|en|n)\)/;
/** French words after "0 "/"1 " that end in s or x and are singular all the same. */
const FRENCH_SINGULAR_IN_S = new Set(['mois', 'fois', 'plus', 'tiers']);

/** What `i18n.t` of @wxt-dev/i18n does with a count: split the built message, take the form, fill $1. */
function pick(message: string, count: number): string {
  const forms = message.split(' | ');
  const form = forms.length === 3 ? forms[count === 0 || count === 1 ? count : 2]! : forms.length === 2 ? forms[count === 1 ? 0 : 1]! : forms[0]!;
  return form.replace(/\$1/g, String(count));
}

async function rendered(locale: string): Promise<{ key: string; count: number; plural: boolean; text: string }[]> {
  const parsed = (await parseMessagesFile(join(LOCALES, `${locale}.yml`))).filter((entry) => !entry.key[0]!.startsWith('@@'));
  const built = generateChromeMessages(parsed);
  const out: { key: string; count: number; plural: boolean; text: string }[] = [];
  for (const entry of parsed) {
    const key = entry.key.join('.');
    const message = built[entry.key.join('_')]!.message;
    const plural = entry.type === 'plural';
    // Named values that are counts ({added}, {pages}…) get the same number; others a word.
    const counted = [...message.matchAll(/\{(\w+)\}/g)].some((match) => COUNT_VALUES.has(match[1]!));
    if (!plural && !counted) continue;
    for (const count of COUNTS) {
      const text = pick(message, plural ? count : 1).replace(/\{(\w+)\}/g, (_, name: string) => (COUNT_VALUES.has(name) ? String(count) : 'X'));
      out.push({ key, count, plural, text });
    }
  }
  return out;
}

/** A French noun or adjective in the plural right after a 0 or 1 ("1 pages", "0 sites analysés"). */
function frenchPluralAfterOne(text: string): string | undefined {
  for (const match of text.matchAll(/(?<![\d.,])[01]\u00a0?\s?(\p{L}+)(?:\s(\p{L}+))?/gu)) {
    for (const word of [match[1], match[2]]) {
      if (word && /[sx]$/.test(word) && !FRENCH_SINGULAR_IN_S.has(word.toLowerCase())) return match[0];
    }
  }
  return undefined;
}

describe('counted messages at 0, 1 and 2', () => {
  for (const locale of SHIPPED) {
    it(`${locale}: no "(s)"-style hacks in any message with a count`, async () => {
      // English too: its report titles are the command line's words (lib/report/report-phrases.ts), plural forms and all.
      const hacks = (await rendered(locale)).filter((row) => HACK.test(row.text));
      expect(hacks.map((row) => `${row.key} @${row.count}: ${row.text}`)).toEqual([]);
    });
  }

  it('fr: 0 and 1 take the singular', async () => {
    const wrong = (await rendered('fr'))
      .filter((row) => row.count < 2)
      .map((row) => ({ row, hit: frenchPluralAfterOne(row.text) }))
      .filter(({ hit }) => hit !== undefined);
    expect(wrong.map(({ row, hit }) => `${row.key} @${row.count}: "${hit}" in ${row.text}`)).toEqual([]);
  });

  it('fr: 2 takes the plural in every counted message', async () => {
    const rows = (await rendered('fr')).filter((row) => row.plural && row.count === 2);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.find((row) => row.key === 'dashboard.pagesSeen')?.text).toBe('2 pages vues');
    expect((await rendered('fr')).find((row) => row.key === 'dashboard.pagesSeen' && row.count === 0)?.text).toBe('0 page vue');
  });
});
