/**
 * What the stores accept, as their own documents and code state them (checked 2026-12-06):
 * - Chrome Web Store: the short description is the manifest's `description`, "no more than 132
 *   characters" (https://developer.chrome.com/docs/extensions/reference/manifest/description);
 *   the detailed description up to 16,000 characters; screenshots 1280×800 or 640×400, JPEG or
 *   24-bit PNG with no alpha, one to five of them (https://developer.chrome.com/docs/webstore/images);
 *   a name up to 75 characters.
 * - addons.mozilla.org: a name up to 50 characters (MDN, manifest.json `name`), a summary up to
 *   250 (addons-server's listing form: `summary = TransField(..., max_length=250)`).
 * - Chrome Web Store, Privacy practices tab: each permission's justification, the host permission
 *   justification and the single purpose description: at most 1,000 characters each. A
 *   conservative assumption, not a documented figure: Google's page on that tab
 *   (https://developer.chrome.com/docs/webstore/cws-dashboard-privacy) states no number, and no
 *   public source searched on 2026-12-06 gave one. Change it here if the dashboard says otherwise.
 */
export const storeLimits = {
  chromeName: 75,
  chromeShortDescription: 132,
  chromeDetailedDescription: 16_000,
  amoName: 50,
  amoSummary: 250,
  chromePrivacyField: 1_000,
  screenshot: { width: 1280, height: 800 },
  chromeScreenshotsMax: 5,
} as const;
