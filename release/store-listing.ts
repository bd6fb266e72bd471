import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureChromeBuild } from '../cli/extension-build';
import { listingMarkdown } from '../lib/store-listing/listing-markdown';
import { buildStoreListing, type ListingSources, type StoreListing } from '../lib/store-listing/store-listing';
import { loadListingSources } from './listing-sources';
import { outputDir, packageVersion } from './packages';
import { writeStoreScreenshots } from './store-screenshots';

/** Where `npm run store-listing` writes, beside the packages: generated, never committed. */
export const storeListingDir = join(outputDir, 'store-listing');

/**
 * `npm run store-listing [-- DIR]`: what the stores' forms ask for, into DIR
 * (.output/store-listing/): LISTING.md (every field, to copy), listing.json (the same, for
 * tools) and screenshots/<lang>/*.png at 1280×800 from the built extension on the demo site, one
 * set per language of locales/ (the browser started in that language). The texts are checked
 * first (limits, every permission justified): a problem stops it before anything is written
 * (`sources` is the repository's; a test may hand in others, and shoot fewer `languages`).
 */
export async function writeStoreListing(
  dir = storeListingDir,
  log: (line: string) => void = console.log,
  sources: () => Promise<ListingSources> = loadListingSources,
  languages?: readonly string[],
): Promise<{ listing: StoreListing; screenshots: string[] }> {
  const listing = buildStoreListing(await sources());
  const extensionDir = ensureChromeBuild(log);
  // Screenshots of an earlier run would otherwise sit beside the new ones; nothing else of DIR is touched.
  await rm(join(dir, 'screenshots'), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const screenshots: string[] = [];
  // One browser per language, one after the other: the machine runs one at a time anyway.
  for (const lang of languages ?? Object.keys(listing.screenshots)) {
    screenshots.push(...(await writeStoreScreenshots(extensionDir, join(dir, 'screenshots', lang), log, lang)));
  }
  await writeFile(join(dir, 'LISTING.md'), listingMarkdown(listing, packageVersion()));
  await writeFile(join(dir, 'listing.json'), JSON.stringify({ version: packageVersion(), ...listing }, null, 2) + '\n');
  log(`[store-listing] ${join(dir, 'LISTING.md')}`);
  return { listing, screenshots };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeStoreListing(process.argv[2] ? resolve(process.argv[2]) : undefined).catch((error: unknown) => {
    console.error(`[store-listing] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
