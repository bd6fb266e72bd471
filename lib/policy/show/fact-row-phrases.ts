/**
 * Data only: the plain words of the Policy view's rows (../../components/FactRow.svelte) and of
 * `scan`'s text output. The rules that pick among them live in ./fact-rows.ts.
 * Wording: each `text` reads on its own, sentence case, British spelling ("honour") as the
 * popup uses elsewhere.
 */
import type { ChangeNoticeValue, DntValue, FactField, Framework, RetentionValue, SharingCategory, TrackingTech, UserRight } from '../types';

/** Row order: what a person weighs first (is my data sold, shared, tracked, kept), housekeeping last. */
export const FACT_ROW_ORDER = [
  'sellsData', 'sharing', 'trackingTech', 'retention', 'dnt', 'rights', 'responseDays', 'childAge',
  'dataLocations', 'changeNotice', 'frameworks', 'cookies', 'contacts', 'lastUpdated',
] as const satisfies readonly FactField[];

export const FACT_LABELS: Readonly<Record<FactField, string>> = {
  sellsData: 'Selling your data',
  sharing: 'Shares your data with',
  trackingTech: 'Tracking',
  retention: 'Keeps your data',
  dnt: 'Do Not Track',
  rights: 'Your rights',
  responseDays: 'Response time',
  childAge: 'Children',
  dataLocations: 'Data stored in',
  changeNotice: 'Policy changes',
  frameworks: 'Laws named',
  cookies: 'Cookies named',
  contacts: 'Privacy contact',
  lastUpdated: 'Last updated',
};

/** What a row says when the policy is silent on its point. */
export const SILENT_TEXT: Readonly<Record<FactField, string>> = {
  sellsData: 'Does not say whether it sells your data',
  sharing: 'Does not say who it shares your data with',
  trackingTech: 'Names no tracking technology',
  retention: 'Does not say how long',
  dnt: 'Does not mention Do Not Track',
  rights: 'Names none of your rights',
  responseDays: 'Names no deadline for answering requests',
  childAge: 'Names no age limit',
  dataLocations: 'Does not say where',
  changeNotice: 'Does not say how it announces changes',
  frameworks: 'Names no privacy law',
  cookies: 'Names no cookies',
  contacts: 'Gives no privacy contact',
  lastUpdated: 'Gives no date',
};

export const SELLS_TEXT = {
  true: 'Says it may sell or rent your data',
  false: 'Says it does not sell your data',
} as const;

export const RETENTION_TEXT: Readonly<Record<Exclude<RetentionValue, 'unspecified'>, string>> = {
  fixed: 'For a set time',
  'as-needed': 'As long as needed',
  indefinite: 'Indefinitely',
};

export const DNT_TEXT: Readonly<Record<Exclude<DntValue, 'unspecified'>, string>> = {
  honored: 'Honours Do Not Track',
  'not-honored': 'Does not honour Do Not Track',
};

export const CHANGE_NOTICE_TEXT: Readonly<Record<Exclude<ChangeNoticeValue, 'unspecified'>, string>> = {
  advance: 'Tells you before changes take effect',
  email: 'Emails you about changes',
  'posted-only': 'Only posts changes on the policy page',
};

/** Completes "Shares your data with …". */
export const SHARING_WORDS: Readonly<Record<SharingCategory, string>> = {
  'service-providers': 'service providers',
  advertisers: 'advertisers',
  affiliates: 'affiliated companies',
  legal: 'authorities when the law requires',
  'business-transfer': 'a buyer if the company is sold',
  aggregate: 'others as aggregated data',
  consent: 'others with your consent',
};

/**
 * Rights over the data itself share one object ("see, correct and delete your data"); the rest
 * are phrases of their own. Listed in the order they are read out.
 */
export const DATA_RIGHT_VERBS: Readonly<Partial<Record<UserRight, string>>> = {
  access: 'see',
  correction: 'correct',
  deletion: 'delete',
  portability: 'take away a copy of',
};
export const OTHER_RIGHT_PHRASES: Readonly<Partial<Record<UserRight, string>>> = {
  objection: 'object to how your data is used',
  'opt-out-marketing': 'opt out of marketing',
  complaint: 'complain to a regulator',
};
export const RIGHT_ORDER = [
  'access', 'correction', 'deletion', 'portability', 'objection', 'opt-out-marketing', 'complaint',
] as const satisfies readonly UserRight[];

export const TRACKING_WORDS: Readonly<Record<TrackingTech, string>> = {
  analytics: 'analytics',
  advertising: 'advertising cookies',
  'web-beacons': 'web beacons',
  'flash-cookies': 'Flash cookies',
  remarketing: 'remarketing',
};

/** Each framework with what it is, for people who do not know the acronyms. */
export const FRAMEWORK_WORDS: Readonly<Record<Framework, string>> = {
  GDPR: 'GDPR (EU)',
  CCPA: 'CCPA (California)',
  COPPA: 'COPPA (US, children)',
  // NOTE: struck down by the EU Court of Justice in 2020 (Schrems II, C-311/18).
  'Privacy Shield': 'Privacy Shield (struck down in 2020)',
};

/**
 * Country names where Intl.DisplayNames('en', region) gives a form people do not write
 * ("Hong Kong SAR China"), and the contract's `EU`, which stands for the EU or the EEA.
 */
export const REGION_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  EU: 'European Union',
  HK: 'Hong Kong',
  MO: 'Macao',
  PS: 'Palestine',
  UK: 'United Kingdom',
};

/** Longer lists are cut here in a row's text (the quotes still hold everything). */
export const MAX_LISTED_NAMES = 8;
