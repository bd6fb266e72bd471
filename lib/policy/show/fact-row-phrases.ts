/**
 * Data only: the plain words of the Policy view's rows (../../components/FactRow.svelte) and of
 * `scan`'s text output, in English, under the message keys the extension's locales use
 * (locales/<lang>.yml, group `fact`). The rules that pick among them live in ./fact-rows.ts.
 * The popup and the dashboard read the same keys from `_locales`; `scan` reads this table, so
 * its output stays English. tests/unit/i18n checks that every key here is in every locale, with
 * these very English words in en.yml.
 * Wording: each text reads on its own, sentence case, British spelling ("honour") as the
 * popup uses elsewhere.
 */
import type { Phrase } from '../../i18n/say';
import type { FactField } from '../types';

/** Row order: what a person weighs first (is my data sold, shared, tracked, kept), housekeeping last. */
export const FACT_ROW_ORDER = [
  'sellsData', 'sharing', 'trackingTech', 'retention', 'dnt', 'rights', 'responseDays', 'childAge',
  'dataLocations', 'changeNotice', 'frameworks', 'cookies', 'contacts', 'lastUpdated',
] as const satisfies readonly FactField[];

export const FACT_PHRASES = {
  // The topic of each row.
  'fact.label.sellsData': 'Selling your data',
  'fact.label.sharing': 'Shares your data with',
  'fact.label.trackingTech': 'Tracking',
  'fact.label.retention': 'Keeps your data',
  'fact.label.dnt': 'Do Not Track',
  'fact.label.rights': 'Your rights',
  'fact.label.responseDays': 'Response time',
  'fact.label.childAge': 'Children',
  'fact.label.dataLocations': 'Data stored in',
  'fact.label.changeNotice': 'Policy changes',
  'fact.label.frameworks': 'Laws named',
  'fact.label.cookies': 'Cookies named',
  'fact.label.contacts': 'Privacy contact',
  'fact.label.lastUpdated': 'Last updated',

  // What a row says when the policy is silent on its point.
  'fact.silent.sellsData': 'Does not say whether it sells your data',
  'fact.silent.sharing': 'Does not say who it shares your data with',
  'fact.silent.trackingTech': 'Names no tracking technology',
  'fact.silent.retention': 'Does not say how long',
  'fact.silent.dnt': 'Does not mention Do Not Track',
  'fact.silent.rights': 'Names none of your rights',
  'fact.silent.responseDays': 'Names no deadline for answering requests',
  'fact.silent.childAge': 'Names no age limit',
  'fact.silent.dataLocations': 'Does not say where',
  'fact.silent.changeNotice': 'Does not say how it announces changes',
  'fact.silent.frameworks': 'Names no privacy law',
  'fact.silent.cookies': 'Names no cookies',
  'fact.silent.contacts': 'Gives no privacy contact',
  'fact.silent.lastUpdated': 'Gives no date',

  'fact.sells.maySell': 'Says it may sell or rent your data',
  'fact.sells.doesNot': 'Says it does not sell your data',

  'fact.retention.fixed': 'For a set time',
  'fact.retention.fixedPeriods': 'For a set time: {periods}',
  'fact.retention.forPeriod': 'For {period}',
  'fact.retention.asNeeded': 'As long as needed',
  'fact.retention.indefinite': 'Indefinitely',

  'fact.dnt.honored': 'Honours Do Not Track',
  'fact.dnt.notHonored': 'Does not honour Do Not Track',

  'fact.changeNotice.advance': 'Tells you before changes take effect',
  'fact.changeNotice.email': 'Emails you about changes',
  'fact.changeNotice.postedOnly': 'Only posts changes on the policy page',

  // Who it shares with: a list that completes "Shares your data with …".
  'fact.sharing.serviceProviders': 'service providers',
  'fact.sharing.advertisers': 'advertisers',
  'fact.sharing.affiliates': 'affiliated companies',
  'fact.sharing.legal': 'authorities when the law requires',
  'fact.sharing.businessTransfer': 'a buyer if the company is sold',
  'fact.sharing.aggregate': 'others as aggregated data',
  'fact.sharing.consent': 'others with your consent',

  // Rights over the data itself share one object ("see, correct and delete your data"); the
  // rest are phrases of their own.
  'fact.rights.youCan': 'You can {rights}',
  'fact.rights.yourData': '{verbs} your data',
  'fact.rights.access': 'see',
  'fact.rights.correction': 'correct',
  'fact.rights.deletion': 'delete',
  'fact.rights.portability': 'take away a copy of',
  'fact.rights.objection': 'object to how your data is used',
  'fact.rights.optOutMarketing': 'opt out of marketing',
  'fact.rights.complaint': 'complain to a regulator',

  'fact.tracking.uses': 'Uses {list}',
  'fact.tracking.analytics': 'analytics',
  'fact.tracking.advertising': 'advertising cookies',
  'fact.tracking.webBeacons': 'web beacons',
  'fact.tracking.flashCookies': 'Flash cookies',
  'fact.tracking.remarketing': 'remarketing',

  'fact.responseDays': { 1: 'Answers requests within $1 day', n: 'Answers requests within $1 days' },
  'fact.childAge': 'Not for children under {age}',

  // Each framework with what it is, for people who do not know the acronyms.
  'fact.framework.GDPR': 'GDPR (EU)',
  'fact.framework.CCPA': 'CCPA (California)',
  'fact.framework.COPPA': 'COPPA (US, children)',
  // NOTE: struck down by the EU Court of Justice in 2020 (Schrems II, C-311/18).
  'fact.framework.privacyShield': 'Privacy Shield (struck down in 2020)',

  // Country names where Intl.DisplayNames gives a form people do not write ("Hong Kong SAR
  // China"), and the contract's `EU`, which stands for the EU or the EEA.
  'fact.region.EU': 'European Union',
  'fact.region.HK': 'Hong Kong',
  'fact.region.MO': 'Macao',
  'fact.region.PS': 'Palestine',
  'fact.region.UK': 'United Kingdom',

  /** Joins the last item of a list: "a, b and c". */
  'fact.and': 'and',
  /** Ends a list cut at MAX_LISTED_NAMES. */
  'fact.andMore': '{names} and {count} more',
} as const satisfies Readonly<Record<string, Phrase>>;

export type FactPhraseKey = keyof typeof FACT_PHRASES;

/** Longer lists are cut here in a row's text (the quotes still hold everything). */
export const MAX_LISTED_NAMES = 8;
