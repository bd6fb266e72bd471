/**
 * The banner elements that @duckduckgo/autoconsent hides while it looks, for the consent managers
 * it handles in code rather than in its JSON rules (each class's `prehideSelectors` in its
 * lib/cmps/), plus the Didomi list it always hides. The JSON rules carry their own selectors;
 * these live in the content-script bundle, which the background does not load.
 * tests/unit/consent/early-prehide.test.ts checks this list against the installed library.
 */
export interface CodeRulePrehide {
  /** The library's name for the consent manager. */
  readonly cmp: string;
  readonly selectors: readonly string[];
  /** Only on pages whose URL matches (the rule's runContext.urlPattern). */
  readonly urlPattern?: string;
}

export const codeRulePrehide: readonly CodeRulePrehide[] = [
  // The library hides these on every page, whatever rules it has.
  {
    cmp: 'Didomi',
    selectors: ['#didomi-popup,.didomi-popup-container,.didomi-popup-notice,.didomi-consent-popup-preferences,#didomi-notice,.didomi-popup-backdrop,.didomi-screen-medium'],
  },
  { cmp: 'TrustArc-top', selectors: ['.trustarc-banner-container', '.truste_popframe,.truste_overlay,.truste_box_overlay,#truste-consent-track'] },
  {
    cmp: 'Cybotcookiebot',
    selectors: ['#CybotCookiebotDialog,#CybotCookiebotDialogBodyUnderlay,#dtcookie-container,#cookiebanner,#cb-cookieoverlay,.modal--cookie-banner,#cookiebanner_outer,#CookieBanner'],
  },
  { cmp: 'Sourcepoint-frame', selectors: ["div[id^='sp_message_container_'],.message-overlay", '#sp_privacy_manager_container'] },
  { cmp: 'consentmanager.net', selectors: ['#cmpbox,#cmpbox2'] },
  { cmp: 'Onetrust', selectors: ['#onetrust-banner-sdk,#onetrust-consent-sdk,.onetrust-pc-dark-filter,.js-consent-banner'] },
  { cmp: 'Klaro', selectors: ['.klaro'] },
  { cmp: 'Uniconsent', selectors: ['.unic', '.modal:has(.unic)'] },
  { cmp: 'Conversant', selectors: ['.cmp-root'] },
  { cmp: 'tumblr-com', selectors: ['#cmp-app-container'], urlPattern: '^https://(www\\.)?tumblr\\.com/' },
];
