/**
 * A policy analysis as rows people can read: one per fact, in plain words, with a verdict from
 * the reader's side (is this good for my privacy, concerning, or not stated / neutral) and the
 * quotes it rests on. Pure; the words are message keys of ./fact-row-phrases.ts, said by the
 * `Words` given: the browser's locale in the popup's Policy view (components/PolicyView.svelte)
 * and the dashboard, English in `scan`'s text output (cli/scan.ts).
 */
import type { ChangeNoticeValue, DntValue, Evidence, FactField, Framework, PolicyAnalysis, SharingCategory, TrackingTech, UserRight } from '../types';
import { joinWith, sayFrom, type Words } from '../../i18n/say';
import { FACT_PHRASES, FACT_ROW_ORDER, MAX_LISTED_NAMES, type FactPhraseKey } from './fact-row-phrases';

export type Verdict = 'good' | 'concerning' | 'unknown';

/** One line of the Policy view: a fact in plain words, how it looks for you, and its quotes. */
export interface FactRow {
  readonly field: FactField;
  /** The topic: "Keeps your data". */
  readonly label: string;
  /** Plain language, a plain string (never HTML): "As long as needed", "Not for children under 13". */
  readonly text: string;
  /** `unknown` covers both "the policy is silent" and "stated, but neither good nor bad". */
  readonly verdict: Verdict;
  /** True when the policy says nothing on the point (no value, no quote). */
  readonly silent: boolean;
  /** The sentences the row rests on, without repeats, in text order. */
  readonly evidence: readonly Evidence[];
}

/** What factRows reads: an analysis, or anything with its facts and date (scan results). */
export type FactRowsInput = Pick<PolicyAnalysis, 'facts' | 'lastUpdated'> & {
  /** Present on analyzePolicy's result (PolicyAnalysisWithEvidence): quotes for the date row. */
  readonly lastUpdatedEvidence?: readonly Evidence[];
};

export type FactWords = Words<FactPhraseKey>;

/** The command line's words: English, from the phrases table. */
export const ENGLISH_FACT_WORDS: FactWords = { say: sayFrom(FACT_PHRASES), locale: 'en' };

/** Within these many days, a deadline for answering requests is within what the law asks. */
// NOTE: GDPR art. 12(3) says one month; CCPA (Cal. Civ. Code 1798.130) says 45 days.
export const PROMPT_RESPONSE_DAYS = 45;

/** Each coded value's message. */
const SHARING_KEYS: Readonly<Record<SharingCategory, FactPhraseKey>> = {
  'service-providers': 'fact.sharing.serviceProviders',
  advertisers: 'fact.sharing.advertisers',
  affiliates: 'fact.sharing.affiliates',
  legal: 'fact.sharing.legal',
  'business-transfer': 'fact.sharing.businessTransfer',
  aggregate: 'fact.sharing.aggregate',
  consent: 'fact.sharing.consent',
};
const TRACKING_KEYS: Readonly<Record<TrackingTech, FactPhraseKey>> = {
  analytics: 'fact.tracking.analytics',
  advertising: 'fact.tracking.advertising',
  'web-beacons': 'fact.tracking.webBeacons',
  'flash-cookies': 'fact.tracking.flashCookies',
  remarketing: 'fact.tracking.remarketing',
};
const FRAMEWORK_KEYS: Readonly<Record<Framework, FactPhraseKey>> = {
  GDPR: 'fact.framework.GDPR',
  CCPA: 'fact.framework.CCPA',
  COPPA: 'fact.framework.COPPA',
  'Privacy Shield': 'fact.framework.privacyShield',
};
const DNT_KEYS: Readonly<Record<Exclude<DntValue, 'unspecified'>, FactPhraseKey>> = {
  honored: 'fact.dnt.honored',
  'not-honored': 'fact.dnt.notHonored',
};
const CHANGE_NOTICE_KEYS: Readonly<Record<Exclude<ChangeNoticeValue, 'unspecified'>, FactPhraseKey>> = {
  advance: 'fact.changeNotice.advance',
  email: 'fact.changeNotice.email',
  'posted-only': 'fact.changeNotice.postedOnly',
};
/** Rights over the data itself, read out as verbs of one object ("see, correct and delete your data"). */
const DATA_RIGHT_KEYS: Readonly<Partial<Record<UserRight, FactPhraseKey>>> = {
  access: 'fact.rights.access',
  correction: 'fact.rights.correction',
  deletion: 'fact.rights.deletion',
  portability: 'fact.rights.portability',
};
const OTHER_RIGHT_KEYS: Readonly<Partial<Record<UserRight, FactPhraseKey>>> = {
  objection: 'fact.rights.objection',
  'opt-out-marketing': 'fact.rights.optOutMarketing',
  complaint: 'fact.rights.complaint',
};
const RIGHT_ORDER = [
  'access', 'correction', 'deletion', 'portability', 'objection', 'opt-out-marketing', 'complaint',
] as const satisfies readonly UserRight[];
const REGION_OVERRIDE_KEYS: Readonly<Record<string, FactPhraseKey>> = {
  EU: 'fact.region.EU',
  HK: 'fact.region.HK',
  MO: 'fact.region.MO',
  PS: 'fact.region.PS',
  UK: 'fact.region.UK',
};

/** Every key the rules may ask for: the locales test checks each is in every locale. */
export const FACT_KEYS_USED: readonly FactPhraseKey[] = [
  ...FACT_ROW_ORDER.flatMap((field) => [`fact.label.${field}`, `fact.silent.${field}`] as FactPhraseKey[]),
  ...Object.values(SHARING_KEYS), ...Object.values(TRACKING_KEYS), ...Object.values(FRAMEWORK_KEYS), ...Object.values(DNT_KEYS),
  ...Object.values(CHANGE_NOTICE_KEYS), ...Object.values(DATA_RIGHT_KEYS), ...Object.values(OTHER_RIGHT_KEYS),
  ...Object.values(REGION_OVERRIDE_KEYS),
  'fact.sells.maySell', 'fact.sells.doesNot', 'fact.retention.fixed', 'fact.retention.fixedPeriods', 'fact.retention.forPeriod',
  'fact.retention.asNeeded', 'fact.retention.indefinite', 'fact.rights.youCan', 'fact.rights.yourData', 'fact.tracking.uses',
  'fact.responseDays', 'fact.childAge', 'fact.and', 'fact.andMore',
];

const regionNamesByLocale = new Map<string, Intl.DisplayNames | null>();
function regionNames(locale: string): Intl.DisplayNames | null {
  if (!regionNamesByLocale.has(locale)) {
    try {
      regionNamesByLocale.set(locale, new Intl.DisplayNames([locale], { type: 'region' }));
    } catch {
      regionNamesByLocale.set(locale, null); // an engine without Intl.DisplayNames: codes are shown as they are
    }
  }
  return regionNamesByLocale.get(locale)!;
}

/** An ISO 3166-1 alpha-2 code as a country name: "SG" -> "Singapore", "EU" -> "European Union" (or "Europäische Union"). */
export function countryName(code: string, words: FactWords = ENGLISH_FACT_WORDS): string {
  const upper = code.toUpperCase();
  const override = REGION_OVERRIDE_KEYS[upper];
  if (override) return words.say(override);
  try {
    return regionNames(words.locale)?.of(upper) ?? code;
  } catch {
    return code; // not a well-formed region code (RangeError)
  }
}

/** "a", "a and b", "a, b and c" (in English; `words` give the reader's "and"). */
export function joinWords(items: readonly string[], words: FactWords = ENGLISH_FACT_WORDS): string {
  return joinWith(items, words.say('fact.and'));
}

/** Names as a comma list, cut after MAX_LISTED_NAMES: "a, b, c and 4 more". */
function listNames(names: readonly string[], words: FactWords): string {
  const unique = [...new Set(names)];
  if (unique.length <= MAX_LISTED_NAMES) return unique.join(', ');
  return words.say('fact.andMore', { names: unique.slice(0, MAX_LISTED_NAMES).join(', '), count: String(unique.length - MAX_LISTED_NAMES) });
}

const PERIOD = /^(\d+) (minute|hour|day|week|month|year)s?$/;

/**
 * A retention period as the extractor wrote it ("30 days", "2 business days"), in the reader's
 * language where Intl knows the unit ("30 Tage", "2 ans"); a qualified one stays as written.
 */
function periodWords(period: string, words: FactWords): string {
  const match = PERIOD.exec(period);
  if (!match || words.locale === 'en') return period;
  try {
    return new Intl.NumberFormat(words.locale, { style: 'unit', unit: match[2], unitDisplay: 'long' }).format(Number(match[1]));
  } catch {
    return period;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Extractors may cite one sentence for several findings: each quote once, in text order. */
function uniqueEvidence(evidence: readonly Evidence[]): readonly Evidence[] {
  const seen = new Set<string>();
  const kept: Evidence[] = [];
  for (const item of evidence) {
    const key = `${item.start}\u0000${item.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

interface RowContent {
  readonly text: string | null; // null: the policy is silent
  readonly verdict: Verdict;
}

const silent: RowContent = { text: null, verdict: 'unknown' };

/** "You can see, correct and delete your data, and opt out of marketing." */
function rightsText(rights: readonly UserRight[], words: FactWords): string {
  const ordered = RIGHT_ORDER.filter((right) => rights.includes(right));
  const verbs = ordered.flatMap((right) => (DATA_RIGHT_KEYS[right] ? [words.say(DATA_RIGHT_KEYS[right])] : []));
  const phrases = ordered.flatMap((right) => (OTHER_RIGHT_KEYS[right] ? [words.say(OTHER_RIGHT_KEYS[right])] : []));
  const parts = [...(verbs.length ? [words.say('fact.rights.yourData', { verbs: joinWords(verbs, words) })] : []), ...phrases];
  return words.say('fact.rights.youCan', { rights: joinWords(parts, words) });
}

/** Each field's words and verdict. The verdict rules are here, the words in the phrases module. */
function rowContent(field: FactField, input: FactRowsInput, words: FactWords): RowContent {
  const { facts } = input;
  const { say } = words;
  switch (field) {
    case 'sellsData': {
      const value = facts.sellsData.value;
      if (value === null) return silent;
      return value ? { text: say('fact.sells.maySell'), verdict: 'concerning' } : { text: say('fact.sells.doesNot'), verdict: 'good' };
    }
    case 'sharing': {
      const categories = facts.sharing.value;
      if (categories.length === 0) return silent;
      // Sharing with advertisers is the one category that works against the reader; the others
      // (service providers, the law, a buyer, with consent) are ordinary and only informative.
      return {
        text: capitalise(joinWords(categories.map((category) => say(SHARING_KEYS[category])), words)),
        verdict: categories.includes('advertisers') ? 'concerning' : 'unknown',
      };
    }
    case 'trackingTech': {
      const techs = facts.trackingTech.value;
      if (techs.length === 0) return silent;
      const followsYou = techs.some((tech) => tech === 'advertising' || tech === 'remarketing' || tech === 'flash-cookies');
      return { text: say('fact.tracking.uses', { list: joinWords(techs.map((tech) => say(TRACKING_KEYS[tech])), words) }), verdict: followsYou ? 'concerning' : 'unknown' };
    }
    case 'retention': {
      const { value, periods } = facts.retention;
      if (value === 'unspecified') return silent;
      if (value === 'fixed') {
        const named = [...new Set(periods)].map((period) => periodWords(period, words));
        const text = named.length === 1 ? say('fact.retention.forPeriod', { period: named[0]! })
          : named.length > 1 ? say('fact.retention.fixedPeriods', { periods: named.join(', ') }) : say('fact.retention.fixed');
        return { text, verdict: 'good' };
      }
      return value === 'indefinite' ? { text: say('fact.retention.indefinite'), verdict: 'concerning' } : { text: say('fact.retention.asNeeded'), verdict: 'unknown' };
    }
    case 'dnt': {
      const value = facts.dnt.value;
      if (value === 'unspecified') return silent;
      return { text: say(DNT_KEYS[value]), verdict: value === 'honored' ? 'good' : 'concerning' };
    }
    case 'rights': {
      const rights = facts.rights.value;
      if (rights.length === 0) return silent;
      return { text: rightsText(rights, words), verdict: rights.includes('access') && rights.includes('deletion') ? 'good' : 'unknown' };
    }
    case 'responseDays': {
      const days = facts.responseDays.value;
      if (days === null) return silent;
      return {
        text: say('fact.responseDays', undefined, days),
        verdict: days <= PROMPT_RESPONSE_DAYS ? 'good' : 'concerning',
      };
    }
    case 'childAge': {
      const age = facts.childAge.value;
      if (age === null) return silent;
      return { text: say('fact.childAge', { age: String(age) }), verdict: 'good' };
    }
    case 'dataLocations': {
      const codes = facts.dataLocations.value;
      if (codes.length === 0) return silent;
      return { text: joinWords([...new Set(codes.map((code) => countryName(code, words)))], words), verdict: 'unknown' };
    }
    case 'changeNotice': {
      const value = facts.changeNotice.value;
      if (value === 'unspecified') return silent;
      return { text: say(CHANGE_NOTICE_KEYS[value]), verdict: value === 'posted-only' ? 'concerning' : 'good' };
    }
    case 'frameworks': {
      const frameworks = facts.frameworks.value;
      if (frameworks.length === 0) return silent;
      // A law that gives the reader rights is a good sign; Privacy Shield alone is not (it is void).
      const givesRights = frameworks.some((framework) => framework !== 'Privacy Shield');
      return { text: frameworks.map((framework) => say(FRAMEWORK_KEYS[framework])).join(', '), verdict: givesRights ? 'good' : 'unknown' };
    }
    case 'cookies': {
      const names = facts.cookies.value;
      return names.length === 0 ? silent : { text: listNames(names, words), verdict: 'unknown' };
    }
    case 'contacts': {
      const contacts = facts.contacts.value;
      return contacts.length === 0 ? silent : { text: listNames(contacts, words), verdict: 'good' };
    }
    case 'lastUpdated':
      return input.lastUpdated ? { text: input.lastUpdated, verdict: 'unknown' } : silent;
  }
}

/** The analysis as rows, one per fact (silent ones included), in FACT_ROW_ORDER, in `words`' language. */
export function factRows(analysis: FactRowsInput, words: FactWords = ENGLISH_FACT_WORDS): FactRow[] {
  return FACT_ROW_ORDER.map((field): FactRow => {
    const { text, verdict } = rowContent(field, analysis, words);
    const evidence = field === 'lastUpdated' ? (analysis.lastUpdatedEvidence ?? []) : analysis.facts[field].evidence;
    return {
      field,
      label: words.say(`fact.label.${field}`),
      text: text ?? words.say(`fact.silent.${field}`),
      verdict,
      silent: text === null,
      evidence: uniqueEvidence(evidence),
    };
  });
}
