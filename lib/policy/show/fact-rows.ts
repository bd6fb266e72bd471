/**
 * A policy analysis as rows people can read: one per fact, in plain words, with a verdict from
 * the reader's side (is this good for my privacy, concerning, or not stated / neutral) and the
 * quotes it rests on. Pure; the words are data in ./fact-row-phrases.ts. Used by the popup's
 * Policy view (components/PolicyView.svelte) and by `scan`'s text output (cli/scan.ts).
 */
import type { Evidence, FactField, PolicyAnalysis, PolicyFacts, UserRight } from '../types';
import {
  CHANGE_NOTICE_TEXT, DATA_RIGHT_VERBS, DNT_TEXT, FACT_LABELS, FACT_ROW_ORDER, FRAMEWORK_WORDS, MAX_LISTED_NAMES,
  OTHER_RIGHT_PHRASES, REGION_NAME_OVERRIDES, RETENTION_TEXT, RIGHT_ORDER, SELLS_TEXT, SHARING_WORDS, SILENT_TEXT,
  TRACKING_WORDS,
} from './fact-row-phrases';

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

/** Within these many days, a deadline for answering requests is within what the law asks. */
// NOTE: GDPR art. 12(3) says one month; CCPA (Cal. Civ. Code 1798.130) says 45 days.
export const PROMPT_RESPONSE_DAYS = 45;

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null; // an engine without Intl.DisplayNames: codes are shown as they are
  }
})();

/** An ISO 3166-1 alpha-2 code as an English country name: "SG" -> "Singapore", "EU" -> "European Union". */
export function countryName(code: string): string {
  const upper = code.toUpperCase();
  const override = REGION_NAME_OVERRIDES[upper];
  if (override) return override;
  try {
    return regionNames?.of(upper) ?? code;
  } catch {
    return code; // not a well-formed region code (RangeError)
  }
}

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Names as a comma list, cut after MAX_LISTED_NAMES: "a, b, c and 4 more". */
function listNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= MAX_LISTED_NAMES) return unique.join(', ');
  return `${unique.slice(0, MAX_LISTED_NAMES).join(', ')} and ${unique.length - MAX_LISTED_NAMES} more`;
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
function rightsText(rights: readonly UserRight[]): string {
  const ordered = RIGHT_ORDER.filter((right) => rights.includes(right));
  const verbs = ordered.flatMap((right) => DATA_RIGHT_VERBS[right] ?? []);
  const phrases = ordered.flatMap((right) => OTHER_RIGHT_PHRASES[right] ?? []);
  const parts = [...(verbs.length ? [`${joinWords(verbs)} your data`] : []), ...phrases];
  return `You can ${joinWords(parts)}`;
}

/** Each field's words and verdict. The verdict rules are here, the words in the phrases module. */
function rowContent(field: FactField, input: FactRowsInput): RowContent {
  const { facts } = input;
  switch (field) {
    case 'sellsData': {
      const value = facts.sellsData.value;
      if (value === null) return silent;
      return value ? { text: SELLS_TEXT.true, verdict: 'concerning' } : { text: SELLS_TEXT.false, verdict: 'good' };
    }
    case 'sharing': {
      const categories = facts.sharing.value;
      if (categories.length === 0) return silent;
      // Sharing with advertisers is the one category that works against the reader; the others
      // (service providers, the law, a buyer, with consent) are ordinary and only informative.
      return {
        text: capitalise(joinWords(categories.map((category) => SHARING_WORDS[category]))),
        verdict: categories.includes('advertisers') ? 'concerning' : 'unknown',
      };
    }
    case 'trackingTech': {
      const techs = facts.trackingTech.value;
      if (techs.length === 0) return silent;
      const followsYou = techs.some((tech) => tech === 'advertising' || tech === 'remarketing' || tech === 'flash-cookies');
      return { text: `Uses ${joinWords(techs.map((tech) => TRACKING_WORDS[tech]))}`, verdict: followsYou ? 'concerning' : 'unknown' };
    }
    case 'retention': {
      const { value, periods } = facts.retention;
      if (value === 'unspecified') return silent;
      if (value === 'fixed') {
        const named = [...new Set(periods)];
        const text = named.length === 1 ? `For ${named[0]}` : named.length > 1 ? `${RETENTION_TEXT.fixed}: ${named.join(', ')}` : RETENTION_TEXT.fixed;
        return { text, verdict: 'good' };
      }
      return { text: RETENTION_TEXT[value], verdict: value === 'indefinite' ? 'concerning' : 'unknown' };
    }
    case 'dnt': {
      const value = facts.dnt.value;
      if (value === 'unspecified') return silent;
      return { text: DNT_TEXT[value], verdict: value === 'honored' ? 'good' : 'concerning' };
    }
    case 'rights': {
      const rights = facts.rights.value;
      if (rights.length === 0) return silent;
      return { text: rightsText(rights), verdict: rights.includes('access') && rights.includes('deletion') ? 'good' : 'unknown' };
    }
    case 'responseDays': {
      const days = facts.responseDays.value;
      if (days === null) return silent;
      return {
        text: `Answers requests within ${days} ${days === 1 ? 'day' : 'days'}`,
        verdict: days <= PROMPT_RESPONSE_DAYS ? 'good' : 'concerning',
      };
    }
    case 'childAge': {
      const age = facts.childAge.value;
      if (age === null) return silent;
      return { text: `Not for children under ${age}`, verdict: 'good' };
    }
    case 'dataLocations': {
      const codes = facts.dataLocations.value;
      if (codes.length === 0) return silent;
      return { text: joinWords([...new Set(codes.map(countryName))]), verdict: 'unknown' };
    }
    case 'changeNotice': {
      const value = facts.changeNotice.value;
      if (value === 'unspecified') return silent;
      return { text: CHANGE_NOTICE_TEXT[value], verdict: value === 'posted-only' ? 'concerning' : 'good' };
    }
    case 'frameworks': {
      const frameworks = facts.frameworks.value;
      if (frameworks.length === 0) return silent;
      // A law that gives the reader rights is a good sign; Privacy Shield alone is not (it is void).
      const givesRights = frameworks.some((framework) => framework !== 'Privacy Shield');
      return { text: frameworks.map((framework) => FRAMEWORK_WORDS[framework]).join(', '), verdict: givesRights ? 'good' : 'unknown' };
    }
    case 'cookies': {
      const names = facts.cookies.value;
      return names.length === 0 ? silent : { text: listNames(names), verdict: 'unknown' };
    }
    case 'contacts': {
      const contacts = facts.contacts.value;
      return contacts.length === 0 ? silent : { text: listNames(contacts), verdict: 'good' };
    }
    case 'lastUpdated':
      return input.lastUpdated ? { text: input.lastUpdated, verdict: 'unknown' } : silent;
  }
}

/** The analysis as rows, one per fact (silent ones included), in FACT_ROW_ORDER. */
export function factRows(analysis: FactRowsInput): FactRow[] {
  return FACT_ROW_ORDER.map((field): FactRow => {
    const { text, verdict } = rowContent(field, analysis);
    const evidence = field === 'lastUpdated' ? (analysis.lastUpdatedEvidence ?? []) : analysis.facts[field].evidence;
    return {
      field,
      label: FACT_LABELS[field],
      text: text ?? SILENT_TEXT[field],
      verdict,
      silent: text === null,
      evidence: uniqueEvidence(evidence),
    };
  });
}
