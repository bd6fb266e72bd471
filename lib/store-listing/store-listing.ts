import { listingCopy, screenshotSpecs, type ScreenshotSpec } from './listing-copy';
import type { DescriptionFacts } from './listing-copy-types';
import { markdownToText } from './markdown-to-text';
import { permissionCoverage, type ManifestPermissions } from './permission-coverage';
import type { PermissionRow } from './permission-table';
import { storeLimits } from './store-limits';

/** The extension's name and short description in one language (locales/<lang>.yml). */
export interface LocaleText {
  readonly name: string;
  readonly description: string;
}

/** Everything the two stores' forms ask for in words, plus the screenshots' names. */
export interface StoreListing {
  readonly name: string;
  /** Chrome: the manifest's description, per language (the store takes it from the package). */
  readonly shortDescription: Readonly<Record<string, string>>;
  /** addons.mozilla.org's summary: the same sentence, per language. */
  readonly amoSummary: Readonly<Record<string, string>>;
  /** Per language, as the locales: each store takes a translation of its listing. */
  readonly detailedDescription: Readonly<Record<string, string>>;
  /** Per language; the reviewers read the default language's. */
  readonly singlePurpose: Readonly<Record<string, string>>;
  /** One per entry of the manifest's `permissions`, in the manifest's order. */
  readonly permissionJustifications: readonly { readonly permission: string; readonly justification: string }[];
  /** The Chrome Web Store asks once for all host permissions. */
  readonly hostPermissionJustification: string;
  /** The Chrome Web Store's "Are you using remote code?" */
  readonly remoteCode: string;
  /** Per language: each set in screenshots/<lang>/, the same files with captions in that language. */
  readonly screenshots: Readonly<Record<string, readonly ScreenshotSpec[]>>;
}

export interface ListingSources {
  readonly locales: Readonly<Record<string, LocaleText>>;
  readonly defaultLocale: string;
  readonly permissionTable: readonly PermissionRow[];
  readonly manifest: ManifestPermissions;
  readonly facts: DescriptionFacts;
}

/**
 * The store listing from its sources: the locales' name and description, the README's
 * permission table (must justify exactly the manifest's permissions), and listing-copy.ts.
 * Throws a one-line error naming what is wrong, so nothing half right is written.
 */
export function buildStoreListing(sources: ListingSources): StoreListing {
  const { unjustified, stale } = permissionCoverage(sources.permissionTable, sources.manifest);
  if (unjustified.length > 0) throw new Error(`README.md's permission table does not justify ${unjustified.join(', ')}`);
  if (stale.length > 0) throw new Error(`README.md's permission table justifies ${stale.join(', ')}, which the manifest does not ask for (or twice)`);
  const english = sources.locales[sources.defaultLocale];
  if (!english) throw new Error(`no ${sources.defaultLocale} locale`);
  const justification = (kind: PermissionRow['kind'], name: string) =>
    markdownToText(sources.permissionTable.find((row) => row.kind === kind && row.names.includes(name))!.why);
  const languages = Object.keys(sources.locales);
  const descriptions = Object.fromEntries(languages.map((lang) => [lang, sources.locales[lang]!.description]));
  const uncopied = languages.filter((lang) => !listingCopy[lang]);
  if (uncopied.length > 0) throw new Error(`lib/store-listing/listing-copy.ts has no listing text for ${uncopied.join(', ')} (locales/${uncopied[0]}.yml exists)`);
  const copy = (lang: string) => listingCopy[lang]!;
  const listing: StoreListing = {
    name: english.name,
    shortDescription: descriptions,
    amoSummary: descriptions,
    detailedDescription: Object.fromEntries(languages.map((lang) => [lang, copy(lang).detailedDescription(sources.facts)])),
    singlePurpose: Object.fromEntries(languages.map((lang) => [lang, copy(lang).singlePurpose])),
    permissionJustifications: sources.manifest.api.map((permission) => ({ permission, justification: justification('api', permission) })),
    hostPermissionJustification: sources.manifest.host.map((host) => justification('host', host)).filter((text, index, all) => all.indexOf(text) === index).join(' '),
    remoteCode: 'No, I am not using remote code. Every script is in the package; the extension fetches only privacy policies, as text, and never runs what it fetches.',
    screenshots: Object.fromEntries(languages.map((lang) => [lang, Object.values(screenshotSpecs(lang))])),
  };
  const problems = listingProblems(listing);
  if (problems.length > 0) throw new Error(`the store listing does not fit the stores: ${problems.join('; ')}`);
  return listing;
}

/** What a store would refuse: each text over its limit, with its length. Empty when all fit. */
export function listingProblems(listing: StoreListing): string[] {
  const problems: string[] = [];
  const check = (what: string, text: string, limit: number) => {
    if (text.trim() === '') problems.push(`${what} is empty`);
    else if ([...text].length > limit) problems.push(`${what} has ${[...text].length} characters (at most ${limit})`);
  };
  check('the name (addons.mozilla.org)', listing.name, storeLimits.amoName);
  for (const [lang, text] of Object.entries(listing.shortDescription)) check(`the ${lang} short description`, text, storeLimits.chromeShortDescription);
  for (const [lang, text] of Object.entries(listing.amoSummary)) check(`the ${lang} summary (addons.mozilla.org)`, text, storeLimits.amoSummary);
  for (const [lang, text] of Object.entries(listing.detailedDescription)) check(`the ${lang} detailed description`, text, storeLimits.chromeDetailedDescription);
  for (const [lang, text] of Object.entries(listing.singlePurpose)) check(`the ${lang} single purpose description`, text, storeLimits.chromePrivacyField);
  // The justifications are the README's table: say where to shorten them.
  for (const entry of listing.permissionJustifications) check(`README.md's justification of ${entry.permission}`, entry.justification, storeLimits.chromePrivacyField);
  check("README.md's host permission justification", listing.hostPermissionJustification, storeLimits.chromePrivacyField);
  // The limit holds per listing, and each language's listing has its own set.
  for (const [lang, shots] of Object.entries(listing.screenshots)) {
    if (shots.length > storeLimits.chromeScreenshotsMax) problems.push(`${shots.length} ${lang} screenshots (at most ${storeLimits.chromeScreenshotsMax})`);
  }
  return problems;
}
