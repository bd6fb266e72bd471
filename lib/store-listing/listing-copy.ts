import { listingCopyDe } from './listing-copy-de';
import { listingCopyEn } from './listing-copy-en';
import { listingCopyFr } from './listing-copy-fr';
import type { ListingCopy, ScreenshotName } from './listing-copy-types';

/**
 * The words of the store listing that live nowhere else, per language of locales/: the "single
 * purpose" statement, the detailed description and the screenshots' captions (listing-copy-<lang>.ts). The short description is the manifest's (locales/<lang>.yml `extDescription`), the
 * permission justifications are the README's table: neither is repeated here. A locale without
 * its copy here stops `npm run store-listing`.
 */
export const listingCopy: Readonly<Record<string, ListingCopy>> = { en: listingCopyEn, de: listingCopyDe, fr: listingCopyFr };

/** One store screenshot: its file (in screenshots/<lang>/), and the line written above it in that language. */
export interface ScreenshotSpec {
  readonly file: `${string}.png`;
  readonly caption: string;
}

/** The store screenshots, in the order the stores show them: each language's set has the same files. */
export const screenshotFiles = {
  popup: '1-popup.png',
  policy: '2-policy.png',
  dashboard: '3-dashboard.png',
  options: '4-options.png',
} as const satisfies Record<ScreenshotName, `${string}.png`>;

/** The screenshots of one language, each with its caption from listing-copy-<lang>.ts. */
export function screenshotSpecs(lang: string): Readonly<Record<ScreenshotName, ScreenshotSpec>> {
  const captions = listingCopy[lang]?.screenshotCaptions;
  if (!captions) throw new Error(`lib/store-listing/listing-copy.ts has no listing text for ${lang}`);
  const spec = (name: ScreenshotName): ScreenshotSpec => ({ file: screenshotFiles[name], caption: captions[name] });
  return { popup: spec('popup'), policy: spec('policy'), dashboard: spec('dashboard'), options: spec('options') };
}
