import { describe, expect, it } from 'vitest';
import { buildStoreListing, listingProblems } from '../../../lib/store-listing/store-listing';
import { listingMarkdown } from '../../../lib/store-listing/listing-markdown';
import { markdownToText } from '../../../lib/store-listing/markdown-to-text';
import { storeLimits } from '../../../lib/store-listing/store-limits';
import { loadListingSources } from '../../../release/listing-sources';

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

  it('has a summary within the addons.mozilla.org limit (250) and a detailed description within 16,000', () => {
    for (const text of Object.values(listing.amoSummary)) expect([...text].length).toBeLessThanOrEqual(storeLimits.amoSummary);
    expect(listing.detailedDescription.length).toBeGreaterThan(500);
    expect(listing.detailedDescription.length).toBeLessThanOrEqual(storeLimits.chromeDetailedDescription);
    // Counted from the catalogue, not written by hand.
    expect(listing.detailedDescription).toContain(`(${sources.facts.widgetVendors.length} vendors`);
    expect(listing.detailedDescription).toContain('Languages: English, German, French.');
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

  it('states a single purpose', () => {
    expect(listing.singlePurpose).toMatch(/^Privacy Inspector shows what the website in the current tab does with your data/);
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

  it('writes one page with every field', () => {
    const page = listingMarkdown(listing, '0.1.0');
    for (const heading of ['### Single purpose description', '#### cookies (', '#### Host permission justification', '### Summary', 'screenshots/1-popup.png']) {
      expect(page).toContain(heading);
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
