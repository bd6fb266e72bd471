import type { VendorCookieSpec } from '../widgets/types';

/**
 * Well-known cookies of services that are not chat widgets (analytics, advertising,
 * infrastructure), so the cookie table can name more than the widget catalogue covers.
 * Names and lifetimes as the vendors document them; purposes in our own words.
 */
export interface KnownCookieSpec extends VendorCookieSpec {
  readonly vendor: string;
}

export const knownCookies = [
  { vendor: 'Google Analytics', name: '_ga', match: 'exact', category: 'analytics', lifetime: '2 years', purpose: 'Distinguishes visitors for Google Analytics statistics.' },
  { vendor: 'Google Analytics', name: '_ga_', match: 'prefix', category: 'analytics', lifetime: '2 years', purpose: 'Keeps the Google Analytics 4 session state.' },
  { vendor: 'Google Analytics', name: '_gid', match: 'exact', category: 'analytics', lifetime: '24 hours', purpose: 'Distinguishes visitors for Google Analytics over one day.' },
  { vendor: 'Google Analytics', name: '_gat', match: 'prefix', category: 'analytics', lifetime: '1 minute', purpose: 'Throttles the rate of Google Analytics requests.' },
  { vendor: 'Google Analytics', name: '__utm', match: 'prefix', category: 'analytics', lifetime: 'up to 2 years', purpose: 'Legacy Google Analytics visitor and campaign tracking.' },
  { vendor: 'Google Ads', name: '_gcl_', match: 'prefix', category: 'advertising', lifetime: '90 days', purpose: 'Links ad clicks to conversions on the site.' },
  { vendor: 'Google', name: 'IDE', match: 'exact', category: 'advertising', lifetime: '13 months', purpose: 'DoubleClick advertising profile across sites.' },
  { vendor: 'Google', name: 'test_cookie', match: 'exact', category: 'advertising', lifetime: '15 minutes', purpose: 'Checks whether the browser accepts DoubleClick cookies.' },
  { vendor: 'Google', name: 'NID', match: 'exact', category: 'advertising', lifetime: '6 months', purpose: 'Stores Google preferences and ad personalisation.' },
  { vendor: 'Google', name: '1P_JAR', match: 'exact', category: 'advertising', lifetime: '1 month', purpose: 'Collects statistics to personalise Google ads.' },
  { vendor: 'Meta', name: '_fbp', match: 'exact', category: 'advertising', lifetime: '3 months', purpose: 'Meta Pixel browser identifier for ad targeting and measurement.' },
  { vendor: 'Meta', name: '_fbc', match: 'exact', category: 'advertising', lifetime: '3 months', purpose: 'Stores the last Facebook ad click for attribution.' },
  { vendor: 'Meta', name: 'fr', match: 'exact', category: 'advertising', lifetime: '3 months', purpose: 'Facebook advertising identifier across sites.' },
  { vendor: 'Microsoft', name: '_uetsid', match: 'exact', category: 'advertising', lifetime: '1 day', purpose: 'Microsoft Advertising (Bing) session for conversion tracking.' },
  { vendor: 'Microsoft', name: '_uetvid', match: 'exact', category: 'advertising', lifetime: '13 months', purpose: 'Microsoft Advertising (Bing) visitor identifier.' },
  { vendor: 'Microsoft', name: 'MUID', match: 'exact', category: 'advertising', lifetime: '13 months', purpose: 'Microsoft identifier shared across its sites and ads.' },
  { vendor: 'Microsoft Clarity', name: '_clck', match: 'exact', category: 'analytics', lifetime: '1 year', purpose: 'Microsoft Clarity visitor identifier for session recordings.' },
  { vendor: 'Microsoft Clarity', name: '_clsk', match: 'exact', category: 'analytics', lifetime: '1 day', purpose: 'Joins page views into one Clarity session recording.' },
  { vendor: 'Hotjar', name: '_hjSessionUser_', match: 'prefix', category: 'analytics', lifetime: '1 year', purpose: 'Hotjar visitor identifier for heatmaps and recordings.' },
  { vendor: 'Hotjar', name: '_hjSession_', match: 'prefix', category: 'analytics', lifetime: '30 minutes', purpose: 'Holds the current Hotjar session.' },
  { vendor: 'LinkedIn', name: 'li_fat_id', match: 'exact', category: 'advertising', lifetime: '30 days', purpose: 'LinkedIn member click identifier for ad attribution.' },
  { vendor: 'LinkedIn', name: 'bcookie', match: 'exact', category: 'advertising', lifetime: '1 year', purpose: 'LinkedIn browser identifier.' },
  { vendor: 'LinkedIn', name: 'lidc', match: 'exact', category: 'functional', lifetime: '1 day', purpose: 'LinkedIn data-centre routing.' },
  { vendor: 'TikTok', name: '_ttp', match: 'exact', category: 'advertising', lifetime: '13 months', purpose: 'TikTok Pixel visitor identifier for ads.' },
  { vendor: 'X (Twitter)', name: 'personalization_id', match: 'exact', category: 'advertising', lifetime: '2 years', purpose: 'X (Twitter) ad personalisation identifier.' },
  { vendor: 'Criteo', name: 'cto_bundle', match: 'exact', category: 'advertising', lifetime: '13 months', purpose: 'Criteo retargeting profile.' },
  { vendor: 'HubSpot', name: '__hstc', match: 'exact', category: 'analytics', lifetime: '6 months', purpose: 'HubSpot visitor tracking across visits.' },
  { vendor: 'HubSpot', name: 'hubspotutk', match: 'exact', category: 'analytics', lifetime: '6 months', purpose: 'HubSpot visitor identity for forms and contacts.' },
  { vendor: 'HubSpot', name: '__hssc', match: 'exact', category: 'analytics', lifetime: '30 minutes', purpose: 'HubSpot session tracking.' },
  { vendor: 'HubSpot', name: '__hssrc', match: 'exact', category: 'analytics', lifetime: 'session', purpose: 'Tells HubSpot whether the browser restarted.' },
  { vendor: 'Mixpanel', name: 'mp_', match: 'prefix', category: 'analytics', lifetime: '1 year', purpose: 'Mixpanel product analytics identity.' },
  { vendor: 'Amplitude', name: 'AMP_', match: 'prefix', category: 'analytics', lifetime: '1 year', purpose: 'Amplitude product analytics identity.' },
  { vendor: 'Segment', name: 'ajs_anonymous_id', match: 'exact', category: 'analytics', lifetime: '1 year', purpose: 'Segment anonymous visitor identifier.' },
  { vendor: 'Segment', name: 'ajs_user_id', match: 'exact', category: 'analytics', lifetime: '1 year', purpose: 'Segment identified-user identifier.' },
  { vendor: 'Cloudflare', name: '__cf_bm', match: 'exact', category: 'necessary', lifetime: '30 minutes', purpose: 'Cloudflare bot management.' },
  { vendor: 'Cloudflare', name: 'cf_clearance', match: 'exact', category: 'necessary', lifetime: '1 year', purpose: 'Records a passed Cloudflare challenge.' },
  { vendor: 'Cloudflare', name: '__cfruid', match: 'exact', category: 'necessary', lifetime: 'session', purpose: 'Cloudflare rate limiting.' },
  { vendor: 'Stripe', name: '__stripe_mid', match: 'exact', category: 'necessary', lifetime: '1 year', purpose: 'Stripe fraud prevention.' },
  { vendor: 'Stripe', name: '__stripe_sid', match: 'exact', category: 'necessary', lifetime: '30 minutes', purpose: 'Stripe fraud prevention session.' },
  { vendor: 'OneTrust', name: 'OptanonConsent', match: 'exact', category: 'necessary', lifetime: '1 year', purpose: 'Stores your cookie-consent choices (OneTrust).' },
  { vendor: 'OneTrust', name: 'OptanonAlertBoxClosed', match: 'exact', category: 'necessary', lifetime: '1 year', purpose: 'Remembers that the consent banner was closed.' },
  { vendor: 'Cookiebot', name: 'CookieConsent', match: 'exact', category: 'necessary', lifetime: '1 year', purpose: 'Stores your cookie-consent choices (Cookiebot).' },
] as const satisfies readonly KnownCookieSpec[];
