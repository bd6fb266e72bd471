import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../cli/extension-build';
import { writeStoreListing } from '../../release/store-listing';
import { readPngHeader } from '../../lib/store-listing/png-header';
import { storeLimits } from '../../lib/store-listing/store-limits';
import type { StoreListing } from '../../lib/store-listing/store-listing';

let dir: string;
let written: Awaited<ReturnType<typeof writeStoreListing>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'privacy-inspector-store-listing-'));
  written = await writeStoreListing(dir, () => undefined);
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run store-listing', () => {
  it('writes four screenshots per language at the stores\' 1280×800, 24-bit PNG without alpha', async () => {
    expect((await readdir(join(dir, 'screenshots'))).sort()).toEqual(['de', 'en', 'fr']);
    for (const lang of ['en', 'de', 'fr']) {
      const files = (await readdir(join(dir, 'screenshots', lang))).sort();
      expect(files).toEqual(['1-popup.png', '2-policy.png', '3-dashboard.png', '4-options.png']);
      for (const file of files.map((name) => `${lang}/${name}`)) {
        const header = readPngHeader(await readFile(join(dir, 'screenshots', file)));
        expect({ file, width: header.width, height: header.height }).toEqual({ file, ...storeLimits.screenshot });
        // Colour type 2 is RGB, 8 bits a channel: what the Chrome Web Store accepts.
        expect({ file, colourType: header.colourType, bitDepth: header.bitDepth }).toEqual({ file, colourType: 2, bitDepth: 8 });
      }
    }
    // Each language's set is its own pictures (the browser in that language), not a copy of the English.
    for (const lang of ['de', 'fr']) {
      for (const file of ['1-popup.png', '3-dashboard.png']) {
        expect(Buffer.compare(await readFile(join(dir, 'screenshots', lang, file)), await readFile(join(dir, 'screenshots', 'en', file))), `${lang}/${file}`).not.toBe(0);
      }
    }
    expect(written.screenshots).toHaveLength(12);
  });

  it("writes descriptions within the stores' limits, and a justification for every permission of the built manifest", async () => {
    const listing = JSON.parse(await readFile(join(dir, 'listing.json'), 'utf8')) as StoreListing & { version: string };
    for (const text of Object.values(listing.shortDescription)) expect([...text].length).toBeLessThanOrEqual(storeLimits.chromeShortDescription);
    for (const text of Object.values(listing.amoSummary)) expect([...text].length).toBeLessThanOrEqual(storeLimits.amoSummary);
    // One detailed description and single purpose per locale, each within its field.
    expect(Object.keys(listing.detailedDescription)).toEqual(['en', 'de', 'fr']);
    expect(Object.keys(listing.singlePurpose)).toEqual(['en', 'de', 'fr']);
    for (const text of Object.values(listing.detailedDescription)) expect([...text].length).toBeLessThanOrEqual(storeLimits.chromeDetailedDescription);
    for (const text of Object.values(listing.singlePurpose)) expect([...text].length).toBeLessThanOrEqual(storeLimits.chromePrivacyField);

    const manifest = JSON.parse(await readFile(join(projectRoot, '.output', 'chrome-mv3', 'manifest.json'), 'utf8')) as { permissions: string[]; host_permissions: string[]; version: string };
    expect(listing.version).toBe(manifest.version);
    expect(listing.permissionJustifications.map((entry) => entry.permission).sort()).toEqual([...manifest.permissions].sort());
    for (const entry of listing.permissionJustifications) {
      expect(entry.justification.length, entry.permission).toBeGreaterThan(40);
      expect([...entry.justification].length, entry.permission).toBeLessThanOrEqual(storeLimits.chromePrivacyField);
    }
    expect(manifest.host_permissions.length).toBeGreaterThan(0);
    expect(listing.hostPermissionJustification.length).toBeGreaterThan(40);
    expect([...listing.hostPermissionJustification].length).toBeLessThanOrEqual(storeLimits.chromePrivacyField);

    const page = await readFile(join(dir, 'LISTING.md'), 'utf8');
    expect(page).toContain(`### Single purpose description\n#### en (${[...listing.singlePurpose.en!].length} characters)\n\`\`\`text\n${listing.singlePurpose.en}\n`);
    for (const lang of ['de', 'fr']) expect(page).toContain(`#### ${lang} (${[...listing.detailedDescription[lang]!].length} characters)\n\`\`\`text\n${listing.detailedDescription[lang]}\n`);
  });
});
