import { listingCopyDe } from './listing-copy-de';
import { listingCopyEn } from './listing-copy-en';
import { listingCopyFr } from './listing-copy-fr';
import type { ListingCopy } from './listing-copy-types';

/**
 * The words of the store listing that live nowhere else, per language of locales/: the "single
 * purpose" statement and the detailed description (listing-copy-<lang>.ts), and the screenshots'
 * captions. The short description is the manifest's (locales/<lang>.yml `extDescription`), the
 * permission justifications are the README's table: neither is repeated here. A locale without
 * its copy here stops `npm run store-listing`.
 */
export const listingCopy: Readonly<Record<string, ListingCopy>> = { en: listingCopyEn, de: listingCopyDe, fr: listingCopyFr };

/** One store screenshot: what it shows, and the line written above it. */
export interface ScreenshotSpec {
  readonly file: `${string}.png`;
  readonly caption: string;
}

export const screenshotSpecs = {
  popup: { file: '1-popup.png', caption: 'See the chat widgets, trackers and cookies of the page you are on' },
  policy: { file: '2-policy.png', caption: 'Read the privacy policy as facts, each with the sentence it came from' },
  dashboard: { file: '3-dashboard.png', caption: 'Compare every site you visited, on your computer only' },
  options: { file: '4-options.png', caption: 'Your blocks, cookie-less widgets and opt-outs, all in one place' },
} as const satisfies Record<string, ScreenshotSpec>;
