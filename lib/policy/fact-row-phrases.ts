/** Plain words for the Policy view's rows (data, kept apart from fact-rows.ts). */
import type { SharingCategory, UserRight, TrackingTech } from './types';

export const sharingWords: Readonly<Record<SharingCategory, string>> = {
  'service-providers': 'service providers',
  advertisers: 'advertisers',
  affiliates: 'affiliated companies',
  legal: 'authorities, when the law requires',
  'business-transfer': 'a buyer, if the company is sold',
  aggregate: 'others, as aggregated data',
  consent: 'others, with your consent',
};

export const rightWords: Readonly<Record<UserRight, string>> = {
  access: 'see your data',
  correction: 'correct it',
  deletion: 'delete it',
  portability: 'take it elsewhere',
  objection: 'object or withdraw consent',
  'opt-out-marketing': 'opt out of marketing',
  complaint: 'complain to an authority',
};

export const trackingWords: Readonly<Record<TrackingTech, string>> = {
  analytics: 'analytics',
  advertising: 'advertising cookies',
  'web-beacons': 'web beacons',
  'flash-cookies': 'Flash cookies',
  remarketing: 'remarketing',
};

export const changeNoticeWords = {
  advance: 'Tells you before changes take effect',
  email: 'Emails you about changes',
  'posted-only': 'Only posts changes on the page',
  unspecified: 'Does not say how it announces changes',
} as const;
