/** What the descriptions count rather than state, so that they cannot go stale. */
export interface DescriptionFacts {
  /** Chat and messaging vendors the catalogue knows (lib/widgets/catalog.ts). */
  readonly widgetVendors: readonly string[];
  /** The languages of the extension's own words (locales/), as codes: `en`, `de`, `fr`. */
  readonly languages: readonly string[];
}

/** The store screenshots (lib/store-listing/listing-copy.ts `screenshotFiles`). */
export type ScreenshotName = 'popup' | 'policy' | 'dashboard' | 'options';

/** The listing's words in one language: what the locales and the README do not already hold. */
export interface ListingCopy {
  /** The line above each store screenshot of this language's set (one line at 1280 px wide). */
  readonly screenshotCaptions: Readonly<Record<ScreenshotName, string>>;
  /** The Chrome Web Store's "single purpose" field: one narrow purpose, in a sentence or two. */
  readonly singlePurpose: string;
  /** The detailed description (both stores): plain text, since the Chrome Web Store shows no Markdown. */
  readonly detailedDescription: (facts: DescriptionFacts) => string;
}

/** Language codes as names in `lang` ("Englisch, Deutsch, Französisch"), by the platform's ICU data. */
export function languageList(codes: readonly string[], lang: string): string {
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return codes.map((code) => names.of(code) ?? code).join(', ');
}

/**
 * The first `count` vendors to name as examples: those whose name holds no parenthesis
 * ("Salesloft (Drift)"), which would nest inside the description's own.
 */
export function exampleVendors(facts: DescriptionFacts, count = 5): string {
  return facts.widgetVendors.filter((vendor) => !/[()]/.test(vendor)).slice(0, count).join(', ');
}
