import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildStoreListing, listingProblems } from '../../../lib/store-listing/store-listing';
import { listingMarkdown } from '../../../lib/store-listing/listing-markdown';
import { markdownToText } from '../../../lib/store-listing/markdown-to-text';
import { storeLimits } from '../../../lib/store-listing/store-limits';
import { loadListingSources } from '../../../release/listing-sources';
import { writeStoreListing } from '../../../release/store-listing';

const sources = await loadListingSources();
const listing = buildStoreListing(sources);

describe('the store listing, built from the repository', () => {
  it('has a short description per language within the Chrome Web Store limit (132), the same as the manifest\'s', () => {
    expect(Object.keys(listing.shortDescription)).toEqual(['en', 'de', 'fr']);
    for (const [lang, text] of Object.entries(listing.shortDescription)) {
      expect(text).toBe(sources.locales[lang]!.description);
      expect([...text].length, lang).toBeLessThanOrEqual(storeLimits.chromeShortDescription);
    }
  });

  it('has a summary within the addons.mozilla.org limit (250) and, per language, a detailed description within 16,000', () => {
    for (const text of Object.values(listing.amoSummary)) expect([...text].length).toBeLessThanOrEqual(storeLimits.amoSummary);
    expect(Object.keys(listing.detailedDescription)).toEqual(['en', 'de', 'fr']);
    for (const [lang, text] of Object.entries(listing.detailedDescription)) {
      expect(text.length, lang).toBeGreaterThan(500);
      expect([...text].length, lang).toBeLessThanOrEqual(storeLimits.chromeDetailedDescription);
    }
    // Counted from the catalogue and the locales, not written by hand; language names in each language.
    const vendors = sources.facts.widgetVendors.length;
    expect(listing.detailedDescription.en).toContain(`(${vendors} vendors`);
    expect(listing.detailedDescription.de).toContain(`(${vendors} Anbieter`);
    expect(listing.detailedDescription.fr).toContain(`(${vendors} fournisseurs`);
    expect(listing.detailedDescription.en).toContain('Languages: English, German, French.');
    expect(listing.detailedDescription.de).toContain('Sprachen: Englisch, Deutsch, Französisch.');
    expect(listing.detailedDescription.fr).toContain('Langues : anglais, allemand, français.');
  });

  it('words the German and French texts in their own language and in the GDPR\'s terms, with no English left', () => {
    // Words that only an English sentence holds (names such as Do Not Track and vendors' do not match).
    const english = /\b(the|and|with|your|you|from|what|every|shows|lets|clear|block|opt out|privacy policy)\b/i;
    for (const lang of ['de', 'fr']) {
      for (const text of [listing.detailedDescription[lang]!, listing.singlePurpose[lang]!]) {
        expect(text.replace(/Privacy Inspector|Global Privacy Control|Do Not Track/g, ''), lang).not.toMatch(english);
      }
    }
    for (const term of ['personenbezogener Daten', 'Einwilligung', 'Datenschutzerklärung', 'Speicherdauer', 'Widerspruch']) expect(listing.detailedDescription.de).toContain(term);
    for (const term of ['données à caractère personnel', 'consentement', 'politique de confidentialité', 'durée de conservation', 'traceurs']) expect(listing.detailedDescription.fr).toContain(term);
  });

  it('stops when a locale has no listing text of its own', () => {
    const italian = { ...sources, locales: { ...sources.locales, it: { name: 'Privacy Inspector', description: 'Mostra i widget di chat.' } } };
    expect(() => buildStoreListing(italian)).toThrow('lib/store-listing/listing-copy.ts has no listing text for it (locales/it.yml exists)');
  });

  it('justifies every permission of the manifest with its README row, as plain text', () => {
    expect(listing.permissionJustifications.map((entry) => entry.permission)).toEqual([...sources.manifest.api]);
    for (const entry of listing.permissionJustifications) {
      const row = sources.permissionTable.find((candidate) => candidate.names.includes(entry.permission))!;
      expect(entry.justification).toBe(markdownToText(row.why));
      expect(entry.justification, entry.permission).not.toMatch(/`|\]\(|\*\*/);
    }
    expect(listing.hostPermissionJustification).toContain('any site you inspect');
  });

  it('states a single purpose in each language, within the 1,000 characters of its field', () => {
    expect(listing.singlePurpose.en).toMatch(/^Privacy Inspector shows what the website in the current tab does with your data/);
    expect(listing.singlePurpose.de).toMatch(/^Privacy Inspector zeigt, was die Website im aktuellen Tab mit Ihren Daten macht/);
    expect(listing.singlePurpose.fr).toMatch(/^Privacy Inspector montre ce que le site de l'onglet actif fait de vos données/);
    for (const [lang, text] of Object.entries(listing.singlePurpose)) expect([...text].length, lang).toBeLessThanOrEqual(storeLimits.chromePrivacyField);
  });

  it('refuses to build when the README lacks a permission the manifest asks for', () => {
    const missing = { ...sources, permissionTable: sources.permissionTable.filter((row) => !row.names.includes('cookies')) };
    expect(() => buildStoreListing(missing)).toThrow("README.md's permission table does not justify cookies");
    const extra = { ...sources, manifest: { ...sources.manifest, api: sources.manifest.api.filter((name) => name !== 'storage') } };
    expect(() => buildStoreListing(extra)).toThrow('justifies storage, which the manifest does not ask for');
  });

  it('names each text over its store limit', () => {
    const long = 'x'.repeat(133);
    expect(listingProblems({ ...listing, shortDescription: { en: long }, amoSummary: { en: 'y' } })).toEqual(['the en short description has 133 characters (at most 132)']);
    expect(() => buildStoreListing({ ...sources, locales: { ...sources.locales, de: { name: 'Privacy Inspector', description: long } } })).toThrow(
      'the de short description has 133 characters (at most 132)',
    );
  });

  it('refuses a permission justification over the Chrome Web Store\'s 1,000 characters, naming it', () => {
    for (const entry of listing.permissionJustifications) expect([...entry.justification].length, entry.permission).toBeLessThanOrEqual(storeLimits.chromePrivacyField);
    const long = sources.permissionTable.map((row) => (row.names.includes('webNavigation') ? { ...row, why: `${row.why} ${'x'.repeat(1000)}` } : row));
    expect(() => buildStoreListing({ ...sources, permissionTable: long })).toThrow(/^the store listing does not fit the stores: README\.md's justification of webNavigation has \d+ characters \(at most 1000\)$/);
    const host = sources.permissionTable.map((row) => (row.kind === 'host' ? { ...row, why: 'y'.repeat(1001) } : row));
    expect(() => buildStoreListing({ ...sources, permissionTable: host })).toThrow("README.md's host permission justification has 1001 characters (at most 1000)");
  });

  it('writes nothing when a justification is over the limit: the command stops before its folder exists', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'privacy-inspector-listing-refused-')), 'out');
    const long = sources.permissionTable.map((row) => (row.names.includes('scripting') ? { ...row, why: 'z'.repeat(1001) } : row));
    await expect(writeStoreListing(dir, () => undefined, async () => ({ ...sources, permissionTable: long }))).rejects.toThrow(
      "README.md's justification of scripting has 1001 characters (at most 1000)",
    );
    expect(existsSync(dir)).toBe(false);
    await rm(dirname(dir), { recursive: true, force: true });
  });

  it('writes one page with every field', () => {
    const page = listingMarkdown(listing, '0.1.0');
    for (const heading of ['### Single purpose description', '#### cookies (', '#### Host permission justification', '### Summary', 'screenshots/en/1-popup.png']) {
      expect(page).toContain(heading);
    }
    // A set of screenshots per language, captioned in it.
    expect(page).toContain('- screenshots/de/3-dashboard.png: Alle besuchten Websites im Vergleich, nur auf Ihrem Computer');
    expect(page).toContain('- screenshots/fr/4-options.png: Vos blocages, widgets sans cookies et oppositions, réunis au même endroit');
    for (const lang of ['en', 'de', 'fr']) {
      expect(page).toContain(`#### ${lang} (${[...listing.detailedDescription[lang]!].length} characters)\n\`\`\`text\n${listing.detailedDescription[lang]}\n\`\`\``);
      expect(page).toContain(`\n${listing.singlePurpose[lang]}\n`);
    }
  });
});

describe('Markdown to the stores\' plain text', () => {
  it('keeps the words of links, code and emphasis', () => {
    expect(markdownToText('see [docs/security.md](docs/security.md), *Hostile page*, `scripting.executeScript` and **no** `webRequest`')).toBe(
      'see docs/security.md, Hostile page, scripting.executeScript and no webRequest',
    );
  });
  it('leaves a lone star and snake_case alone', () => {
    expect(markdownToText('3 * 4 and cookie_controls_mode')).toBe('3 * 4 and cookie_controls_mode');
  });
});
