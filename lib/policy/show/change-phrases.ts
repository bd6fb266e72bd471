/**
 * Data only: the words of a policy's changes between two versions (./diff.ts), in English,
 * under the message keys the extension's locales use (locales/<lang>.yml, group `change`).
 * `privacy-inspector diff` prints these; the popup and the dashboard read the same keys from
 * `_locales`. A coded value's English is the code with spaces ("not honored"), as `diff` has
 * always printed it.
 */
import type { Phrase } from '../../i18n/say';

export const CHANGE_PHRASES = {
  'change.label.lastUpdated': 'Last updated',
  'change.label.retention': 'Retention',
  'change.label.retentionPeriods': 'Retention periods',
  'change.label.dnt': 'Do Not Track',
  'change.label.childAge': 'Child age',
  'change.label.sharing': 'Sharing',
  'change.label.sellsData': 'Selling data',
  'change.label.dataLocations': 'Data locations',
  'change.label.contacts': 'Contacts',
  'change.label.rights': 'Rights',
  'change.label.responseDays': 'Response time (days)',
  'change.label.cookies': 'Cookies',
  'change.label.trackingTech': 'Tracking technologies',
  'change.label.frameworks': 'Frameworks',
  'change.label.changeNotice': 'Change notice',

  // A list field's name inside a sentence ("Now names sharing: advertisers").
  'change.inSentence.retentionPeriods': 'retention periods',
  'change.inSentence.sharing': 'sharing',
  'change.inSentence.dataLocations': 'data locations',
  'change.inSentence.contacts': 'contacts',
  'change.inSentence.rights': 'rights',
  'change.inSentence.cookies': 'cookies',
  'change.inSentence.trackingTech': 'tracking technologies',
  'change.inSentence.frameworks': 'frameworks',

  'change.nowNames': 'Now names {label}: {values}',
  'change.noLongerNames': 'No longer names {label} (was {values})',
  'change.changed': '{label}: {before} -> {after}',
  'change.listChanged': '{label}: {parts}',
  'change.now': 'now {values}',
  'change.noLonger': 'no longer {values}',
  'change.sells': 'sells or rents data',
  'change.doesNotSell': 'does not sell data',

  'change.value.retention.fixed': 'fixed',
  'change.value.retention.asNeeded': 'as needed',
  'change.value.retention.indefinite': 'indefinite',
  'change.value.dnt.honored': 'honored',
  'change.value.dnt.notHonored': 'not honored',
  'change.value.changeNotice.advance': 'advance',
  'change.value.changeNotice.email': 'email',
  'change.value.changeNotice.postedOnly': 'posted only',
  'change.value.sharing.serviceProviders': 'service providers',
  'change.value.sharing.advertisers': 'advertisers',
  'change.value.sharing.affiliates': 'affiliates',
  'change.value.sharing.legal': 'legal',
  'change.value.sharing.businessTransfer': 'business transfer',
  'change.value.sharing.aggregate': 'aggregate',
  'change.value.sharing.consent': 'consent',
  'change.value.rights.access': 'access',
  'change.value.rights.correction': 'correction',
  'change.value.rights.deletion': 'deletion',
  'change.value.rights.portability': 'portability',
  'change.value.rights.objection': 'objection',
  'change.value.rights.optOutMarketing': 'opt out marketing',
  'change.value.rights.complaint': 'complaint',
  'change.value.trackingTech.analytics': 'analytics',
  'change.value.trackingTech.advertising': 'advertising',
  'change.value.trackingTech.webBeacons': 'web beacons',
  'change.value.trackingTech.flashCookies': 'flash cookies',
  'change.value.trackingTech.remarketing': 'remarketing',
} as const satisfies Readonly<Record<string, Phrase>>;

export type ChangePhraseKey = keyof typeof CHANGE_PHRASES;
