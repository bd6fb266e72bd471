import { exampleVendors, languageList, type DescriptionFacts, type ListingCopy } from './listing-copy-types';

/** The listing's own words in English: the store's default language and the reviewers'. */
export const listingCopyEn: ListingCopy = {
  screenshotCaptions: {
    popup: 'See the chat widgets, trackers and cookies of the page you are on',
    policy: 'Read the privacy policy as facts, each with the sentence it came from',
    dashboard: 'Compare every site you visited, on your computer only',
    options: 'Your blocks, cookie-less widgets and opt-outs, all in one place',
  },
  singlePurpose:
    'Privacy Inspector shows what the website in the current tab does with your data (its chat widgets, trackers and cookies, and its privacy policy read as facts) and lets you act on it: clear, block or opt out.',
  detailedDescription: (facts: DescriptionFacts) => `Privacy Inspector shows what the website in front of you does with your data, and lets you act on it in one click.

SEE
• The live-chat and messaging widgets of the page (${facts.widgetVendors.length} vendors, such as ${exampleVendors(facts)}), also those a tag manager adds later, each with the evidence for it.
• The trackers the page loads from, and every cookie of the tab, first and third party, partitioned ones included: who sets it, what for and for how long.

UNDERSTAND
• The site's privacy policy, and each widget vendor's, read for you and shown as facts with the sentence each one came from: how long data is kept, who it is shared with, whether it is sold, Do Not Track, the age of children, where data is stored, your rights and whom to contact.
• What changed in a policy since you last read it.

ACT
• Clear the site's cookies and storage, with an undo.
• Block a widget or a tracker, or keep a chat out until you click it.
• Cookie-less mode, vendor opt-out cookies, Do Not Track and Global Privacy Control.
• Cookie banners answered with "reject", or left to you on the sites you choose.
• A history of the sites you visited, compared on a dashboard; export as JSON or CSV.

PRIVATE BY DESIGN
Everything stays in your browser. Nothing leaves your computer except the fetch of a privacy policy you are looking at, sent without cookies. No account, no analytics, no remote code. Nothing is kept from private windows.

Languages: ${languageList(facts.languages, 'en')}.`,
};
