/**
 * Hosts of well-known third-party trackers (analytics, advertising, session recording), so
 * the popup and badge can count them. Suffix-matched like the widget catalogue's hosts.
 */
export interface TrackerHostSpec {
  readonly host: string;
  readonly vendor: string;
  readonly category: 'analytics' | 'advertising' | 'session-recording' | 'tag-manager' | 'social';
}

export const trackerHosts = [
  { host: 'google-analytics.com', vendor: 'Google Analytics', category: 'analytics' },
  { host: 'analytics.google.com', vendor: 'Google Analytics', category: 'analytics' },
  { host: 'googletagmanager.com', vendor: 'Google Tag Manager', category: 'tag-manager' },
  { host: 'doubleclick.net', vendor: 'Google (DoubleClick)', category: 'advertising' },
  { host: 'googlesyndication.com', vendor: 'Google AdSense', category: 'advertising' },
  { host: 'googleadservices.com', vendor: 'Google Ads', category: 'advertising' },
  { host: 'adservice.google.com', vendor: 'Google Ads', category: 'advertising' },
  { host: 'connect.facebook.net', vendor: 'Meta', category: 'advertising' },
  { host: 'facebook.com', vendor: 'Meta', category: 'social' },
  { host: 'bat.bing.com', vendor: 'Microsoft Advertising', category: 'advertising' },
  { host: 'clarity.ms', vendor: 'Microsoft Clarity', category: 'session-recording' },
  { host: 'hotjar.com', vendor: 'Hotjar', category: 'session-recording' },
  { host: 'hotjar.io', vendor: 'Hotjar', category: 'session-recording' },
  { host: 'fullstory.com', vendor: 'FullStory', category: 'session-recording' },
  { host: 'mouseflow.com', vendor: 'Mouseflow', category: 'session-recording' },
  { host: 'snap.licdn.com', vendor: 'LinkedIn', category: 'advertising' },
  { host: 'px.ads.linkedin.com', vendor: 'LinkedIn', category: 'advertising' },
  { host: 'analytics.tiktok.com', vendor: 'TikTok', category: 'advertising' },
  { host: 'static.ads-twitter.com', vendor: 'X (Twitter)', category: 'advertising' },
  { host: 'analytics.twitter.com', vendor: 'X (Twitter)', category: 'advertising' },
  { host: 'criteo.com', vendor: 'Criteo', category: 'advertising' },
  { host: 'criteo.net', vendor: 'Criteo', category: 'advertising' },
  { host: 'taboola.com', vendor: 'Taboola', category: 'advertising' },
  { host: 'outbrain.com', vendor: 'Outbrain', category: 'advertising' },
  { host: 'adnxs.com', vendor: 'Xandr', category: 'advertising' },
  { host: 'scorecardresearch.com', vendor: 'comScore', category: 'analytics' },
  { host: 'quantserve.com', vendor: 'Quantcast', category: 'advertising' },
  { host: 'js.hs-analytics.net', vendor: 'HubSpot', category: 'analytics' },
  { host: 'track.hubspot.com', vendor: 'HubSpot', category: 'analytics' },
  { host: 'cdn.segment.com', vendor: 'Segment', category: 'analytics' },
  { host: 'api.segment.io', vendor: 'Segment', category: 'analytics' },
  { host: 'cdn.mxpnl.com', vendor: 'Mixpanel', category: 'analytics' },
  { host: 'api-js.mixpanel.com', vendor: 'Mixpanel', category: 'analytics' },
  { host: 'cdn.amplitude.com', vendor: 'Amplitude', category: 'analytics' },
  { host: 'api2.amplitude.com', vendor: 'Amplitude', category: 'analytics' },
  { host: 'matomo.cloud', vendor: 'Matomo Cloud', category: 'analytics' },
  { host: 'yandex.ru', vendor: 'Yandex', category: 'analytics' },
  { host: 'mc.yandex.com', vendor: 'Yandex Metrica', category: 'analytics' },
  { host: 'pinimg.com', vendor: 'Pinterest', category: 'advertising' },
  { host: 'ct.pinterest.com', vendor: 'Pinterest', category: 'advertising' },
  { host: 'sc-static.net', vendor: 'Snap', category: 'advertising' },
] as const satisfies readonly TrackerHostSpec[];
