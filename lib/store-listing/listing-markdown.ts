import type { StoreListing } from './store-listing';

/**
 * The listing as one page to copy from, field by field, in the order of the stores' forms
 * (Chrome Web Store: Store listing, then Privacy practices; then addons.mozilla.org), each
 * translated field once per language.
 */
export function listingMarkdown(listing: StoreListing, version: string): string {
  const length = (text: string) => `(${[...text].length} characters)`;
  const perLanguage = (texts: Readonly<Record<string, string>>) =>
    Object.entries(texts).map(([lang, text]) => `- **${lang}** ${length(text)}: ${text}`).join('\n');
  const perLanguageBlock = (texts: Readonly<Record<string, string>>) =>
    Object.entries(texts).map(([lang, text]) => `#### ${lang} ${length(text)}\n\`\`\`text\n${text}\n\`\`\``).join('\n\n');
  const [defaultLanguage] = Object.keys(listing.singlePurpose);
  return `# ${listing.name} ${version}: store listing

Written by \`npm run store-listing\` from the locales, the README's permission table and
lib/store-listing/listing-copy-<language>.ts. Do not edit: change those and run it again.
Languages: ${Object.keys(listing.detailedDescription).join(', ')}; the first is the default.

## Chrome Web Store: Store listing

### Short description (from the package: the manifest's description)
${perLanguage(listing.shortDescription)}

### Detailed description (one per language of the listing)
${perLanguageBlock(listing.detailedDescription)}

### Screenshots (1280×800, PNG without alpha; one set per language, for each translated listing)
${Object.entries(listing.screenshots).flatMap(([lang, shots]) => shots.map((shot) => `- screenshots/${lang}/${shot.file}: ${shot.caption}`)).join('\n')}

## Chrome Web Store: Privacy practices

Reviewers read these fields: paste the ${defaultLanguage} texts. The other languages' single purpose
statements say the same, for a translated listing or a reviewer who reads those languages.

### Single purpose description
${perLanguageBlock(listing.singlePurpose)}

### Permission justifications
${listing.permissionJustifications.map((entry) => `#### ${entry.permission} ${length(entry.justification)}\n${entry.justification}`).join('\n\n')}

#### Host permission justification ${length(listing.hostPermissionJustification)}
${listing.hostPermissionJustification}

### Remote code
${listing.remoteCode}

## addons.mozilla.org

### Name
${listing.name}

### Summary
${perLanguage(listing.amoSummary)}

### Description
The detailed descriptions above, one per language.
`;
}
