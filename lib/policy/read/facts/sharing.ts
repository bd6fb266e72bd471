/** Categories of recipients the company itself discloses data to. */

import type { Evidence, SharingCategory } from '../../types';
import type { FactExtractor, PolicyDocument } from './context';
import { evidenceOf, keywordTest, headingOf, segmentsWith, isStatementHeading, registerKeywords } from './context';
import { clauseAt, clausesOf, isNegatedAt, matchAll } from '../polarity';
import { actorAt } from '../actor';
import { AFTER_SUBJECT, OTHER_SUBJECT, READER_SUBJECT } from '../phrases/actors';
import {
  AGGREGATE_SHARE_VERB, AVAILABLE_AT_PLACE, BROWSER_COLLECTION, SHARED_STANCE, CONDITION_OPENING, CONSENT_AS_BASIS, CONSENT_TAKEN_BACK, FIRST_RECIPIENT_US, DATA_OBJECT, DEVICE_ACCESS,
  DISCLOSURE_WITHOUT_VERB, NEGATION_EXCEPTION, PROVIDED_DATA, PROVIDED_SERVICE, RECIPIENT_READER_OR_US, RECIPIENT_RECEIVES, SHARE_VERB, SHARING_HEADING, SHARING_KEYWORDS,
  SHARING_PATTERNS, TRANSFER_PLACE, VERB_TO_READER_OR_US, HELPERS_FOR_NAMED, DATA_ABOUT_READER, STATUTE_SUBJECT, NOT_LIMITED_TO, NON_IDENTIFYING,
  PERSONAL_OBJECT,
} from '../phrases/sharing';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../phrases/countries';

const GLOBAL_PATTERNS = SHARING_PATTERNS.map((p) => ({ ...p, global: new RegExp(p.pattern.source, 'gi') }));
/** Words that carry a business transfer even without a share verb ("will be transferred to the new owner"). */
const TRANSFER_CUE = /\b(?:transfer\w*|assets?|sold|successor\w*|acqui\w+|owner\w*|assign\w*|part of|among|included|pass(?:es|ed)?\s+to|buyers?|purchasers?|possess\w*)\b/i;

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([SHARING_KEYWORDS, ...GLOBAL_PATTERNS.flatMap((p) => [p.hints, ...(p.pairedHints ? [p.pairedHints.words] : [])])]);

export const sharing: FactExtractor<'sharing'> = {
  fact: 'sharing',
  extract(doc) {
    const found = new Map<SharingCategory, Evidence>();
    // Lead-ins are asked about once per list item: remember the answers per segment index
    // (0 not asked, 1 shares, 2 does not; a typed array, as a page can hold 300,000 lead-ins).
    const leadInAnswers = new Uint8Array(doc.segments.count);
    const leadInShares = (index: number): boolean => {
      if (leadInAnswers[index] === 0) {
        const l = doc.segments.textOf(index);
        // The first verb that hands data to someone else: "To the extent you provide us with a phone number you hereby:" leads in no sharing.
        const m = matchAll(SHARE_VERBS, l).find((v) => handsOver(l, v));
        leadInAnswers[index] = m !== undefined && (!isNegatedAt(l, m.index) || SHARING_HEADING.test(l)) ? 1 : 2;
      }
      return leadInAnswers[index] === 1;
    };
    // Whether a sharing lead-in hands over only data that identifies no one: asked once per lead-in, not per
    // recipient named in each of its items (0 not asked, 1 yes, 2 no).
    const leadInNonIdentifying = new Uint8Array(doc.segments.count);
    const nonIdentifyingLeadIn = (index: number): boolean => {
      if (leadInNonIdentifying[index] === 0) leadInNonIdentifying[index] = nonIdentifyingOnly(blankBrackets(doc.segments.textOf(index))) ? 1 : 2;
      return leadInNonIdentifying[index] === 1;
    };
    const hasHints = GLOBAL_PATTERNS.map((p) => keywordTest(doc, p.hints));
    const hasPairedWords = GLOBAL_PATTERNS.map((p) => (p.pairedHints ? keywordTest(doc, p.pairedHints.words) : undefined));
    /** A hint of pattern `k` in segment `index`: a hint word, or a paired word with its pattern around it. */
    const hinted = (k: number, index: number): boolean =>
      hasHints[k]!(index) || (hasPairedWords[k] !== undefined && hasPairedWords[k](index) && GLOBAL_PATTERNS[k]!.pairedHints!.pattern.test(doc.segments.textOf(index)));
    // Whether each category's pattern matches the segment's own text, when asked (0 not asked, 1 matches, 2 does not).
    // The text read below is this one or it with an exception opening blanked, which adds no match: a pattern that
    // misses here finds nothing there either.
    const patternMatches = new Uint8Array(GLOBAL_PATTERNS.length);
    // Whether the segment could add a category: an unfound category's pattern matches it, or it points back at the
    // sentence before (EVENT_BEFORE, RECIPIENTS_BEFORE: same block, an opening that points back; an exception sentence
    // "This does not include ..." is read without its opening, so it is let through).
    const mayAdd = (index: number, text: string): boolean => {
      patternMatches.fill(0);
      for (let k = 0; k < GLOBAL_PATTERNS.length; k++) {
        const { category, pattern } = GLOBAL_PATTERNS[k]!;
        if (found.has(category) || !hinted(k, index)) continue;
        if (pattern.test(text)) {
          patternMatches[k] = 1;
          return true;
        }
        patternMatches[k] = 2;
      }
      return index > 0 && doc.segments.block[index - 1] === doc.segments.block[index] && POINTED_BACK.some((category) => !found.has(category)) &&
        (EVENT_BEFORE.test(text) || RECIPIENTS_BEFORE.test(text) || EXCEPTION_SENTENCE.test(text) || (!found.has('aggregate') && ANAPHORIC_OBJECT.test(text)));
    };
    for (const i of segmentsWith(doc, SHARING_KEYWORDS)) {
      const segment = doc.segments.at(i);
      // "With Your Consent:" written as a heading over the sentence that shares ("... you will be notified when your
      // personal information may be shared with third parties"): the heading names the condition.
      if (segment.kind === 'heading' && !found.has('consent') && CONSENT_HEADING.test(segment.text) && i + 1 < doc.segments.count &&
        doc.segments.heading[i + 1] === i && doc.segments.kind[i + 1] !== doc.segments.kind[i] && companyShares(doc.segments.textOf(i + 1))) {
        found.set('consent', evidenceOf(doc.segments.at(i + 1)));
      }
      if (segment.kind === 'heading' && !isStatementHeading(segment)) continue;
      // Nothing this sentence could still add (no pattern of an unfound category matches it, and it does not point back
      // at the sentence before): skip the costly readings below (hand-over verbs, lead-ins, what the data identifies).
      if (!mayAdd(i, segment.text)) continue;
      // "We do not sell or transfer your data to outside parties. This does not include hosting partners who assist us ...":
      // the exception to a denied hand-over, said in a sentence of its own; read without its "does not include".
      const exceptionSentence = EXCEPTION_SENTENCE.test(segment.text) && i > 0 && doc.segments.block[i - 1] === segment.block &&
        deniesSharing(doc.segments.textOf(i - 1));
      const text = exceptionSentence ? segment.text.replace(EXCEPTION_SENTENCE, (opening) => ' '.repeat(opening.length)) : segment.text;
      // Words in brackets between a verb and its recipient ("provide aggregate data (i.e., ...) to"): read again without them.
      const verb = exceptionSentence || companyShares(text) || (text.includes('(') && VERB_BEFORE_BRACKET.test(text) && companyShares(blankBrackets(text)));
      // "We work with service providers and advertising networks to track ...": a reading without a share verb (engaging
      // providers, answering court orders) speaks of those recipients only, not of advertisers or affiliates beside them.
      const verbless = verb && !sharesByVerb(text) && !recipientReceives(text) && !(text.includes('(') && sharesByVerb(blankBrackets(text)));
      let underSharingLeadIn = false;
      let leadInAt = -1;
      for (let at = segment.leadIn, depth = 0; at >= 0 && depth < 3 && !underSharingLeadIn; at = doc.segments.leadIn[at]!, depth++) {
        underSharingLeadIn = leadInShares(at);
        if (underSharingLeadIn) leadInAt = at;
      }
      // A heading written as a lead-in ("4. Circumstances in which we may disclose user data:") governs its items too.
      const headingAt = doc.segments.heading[i]!;
      if (!underSharingLeadIn && segment.kind === 'item' && headingAt >= 0 && headingIsLeadIn(doc, headingAt)) underSharingLeadIn = leadInShares(headingAt);
      // An item that says for itself that nothing is shared ("... but this information is not shared with us") is not a case of the lead-in.
      if (underSharingLeadIn && !verb && deniesSharing(text)) underSharingLeadIn = false;
      const headingShares = SHARING_HEADING.test(headingOf(doc, i));
      // A later sentence of a list item ("* Advertisers: ... Note that an advertiser may ask us to show an ad"):
      // the lead-in names the case in the item's first sentence, not in what follows it.
      const itemGoesOn = segment.kind === 'item' && i > 0 && doc.segments.block[i - 1] === segment.block && doc.segments.kind[i - 1] === doc.segments.kind[i];

      // The sentence points back at the one before it ("If such an action occurs, ... would be shared with this entity";
      // "They have access to personal information"): the categories named there are this sentence's.
      // "We give them access to the information they need": the company hands the data to those named before, so a share
      // verb does not keep the recipients from being read there.
      const eventBefore = verb && EVENT_BEFORE.test(text);
      const recipientsBefore = !eventBefore && RECIPIENTS_BEFORE.test(text);
      if (i > 0 && doc.segments.block[i - 1] === segment.block && (eventBefore || recipientsBefore)) {
        const before = doc.segments.textOf(i - 1);
        for (const { category, global } of GLOBAL_PATTERNS) {
          if (found.has(category) || (eventBefore ? category !== 'business-transfer' : category !== 'service-providers' && category !== 'affiliates')) continue;
          if (matchAll(global, before).some((m) => !isNegatedAt(before, m.index))) found.set(category, evidenceOf(segment));
        }
      }
      // "We may use this aggregate, non-identifying data for marketing. This may include disclosure of this information to a
      // research firm.": the data handed over is the aggregate of the sentence before.
      if (verb && !found.has('aggregate') && i > 0 && doc.segments.block[i - 1] === segment.block && ANAPHORIC_OBJECT.test(text) &&
        !deniesSharing(text) && nonIdentifyingText(doc.segments.textOf(i - 1))) {
        found.set('aggregate', evidenceOf(segment));
      }

      // The data handed over identifies no one (see nonIdentifyingAround): the same answer for every recipient named
      // here, so read once per segment, when first asked (below).
      let nonIdentifying: boolean | undefined;
      for (let k = 0; k < GLOBAL_PATTERNS.length; k++) {
        const { category, global, headingContext } = GLOBAL_PATTERNS[k]!;
        // Tested and matching in mayAdd: hinted; tested and not matching: nothing to read.
        if (found.has(category) || patternMatches[k] === 2 || (patternMatches[k] === 0 && !hinted(k, i))) continue;
        // Aggregates need their own hand-over verb in the clause (accept): "provide aggregate statistics about visitors" has no
        // recipient for the share verbs, "describe the use of the Site to potential partners" no share verb at all.
        const inContext = verb || underSharingLeadIn || (headingContext && headingShares) || (category === 'aggregate' && aggregateHandedOver(text));
        if (!verb && itemGoesOn && RECIPIENT_CATEGORIES.has(category)) continue;
        if (verbless && !underSharingLeadIn && category === 'advertisers') continue;
        if (!inContext && category !== 'business-transfer') continue;
        const headingOnly = !verb && !underSharingLeadIn;
        for (const m of matchAll(global, text)) {
          // Under a sharing heading alone, the category must not be what the sentence is about otherwise
          // ("This policy applies to our affiliates", "Our affiliates follow the same practices").
          if (headingOnly && inContext && !headingOnlyRecipient(text, m.index, m.index + m[0].length)) continue;
          // "In the event of a merger ..., the buyer would acquire your information": no share verb, but data changing hands.
          if (!inContext && !dataChangesHands(text, m.index, m.index + m[0].length)) continue;
          if (RECIPIENT_CATEGORIES.has(category) && category !== 'service-providers' &&
            (nonIdentifying ??= nonIdentifyingAround(doc, i, text) || (!verb && leadInAt >= 0 && nonIdentifyingLeadIn(leadInAt)))) break;
          if (accept(category, text, m.index, m.index + m[0].length, verb, underSharingLeadIn)) {
            found.set(category, evidenceOf(segment));
            break;
          }
        }
      }
    }
    const order: SharingCategory[] = ['service-providers', 'advertisers', 'affiliates', 'legal', 'business-transfer', 'aggregate', 'consent'];
    const value = order.filter((c) => found.has(c));
    return { value, evidence: value.map((c) => found.get(c)!) };
  },
};

const SHARE_VERBS = new RegExp(SHARE_VERB.source, 'gi');
const AGGREGATE_SHARE_VERBS = new RegExp(AGGREGATE_SHARE_VERB.source, 'gi');

/** An aggregate hand-over verb (brackets blanked) whose actor is not someone else or the reader (see handsOver). */
function aggregateHandedOver(text: string): boolean {
  const blanked = text.includes('(') ? blankBrackets(text) : text;
  // "advertisers may receive aggregate data", "these persons will be provided with cumulative statistics": the recipient is the subject.
  return matchAll(AGGREGATE_SHARE_VERBS, blanked).some((m) => RECIPIENT_GETS.test(m[0]) || handsOver(text, m));
}
const RECIPIENT_GETS = /^(?:receive|be\s|been\s)/i;
/** Categories a sentence can take from the sentence before it (see "points back" in extract). */
const POINTED_BACK: readonly SharingCategory[] = ['business-transfer', 'service-providers', 'affiliates', 'aggregate'];

/** A heading that is a sentence ending in a colon: it introduces the list under it. */
function headingIsLeadIn(doc: PolicyDocument, index: number): boolean {
  const heading = doc.segments.at(index);
  return isStatementHeading(heading) && /:[\s*_]*$/.test(heading.text);
}

/** The category is the subject of its own verb, or the object of something other than a hand-over. */
const SUBJECT_OF_VERB = /^\s+(?:(?:also|then|only|generally|all)\s+)?(?:are|is|were|was|have|has|had|may|will|can|must|should|do|does|follow\w*|operat\w*|use\w*|set\w*|collect\w*|own\w*|offer\w*|provid\w*|run\w*|act\w*|serve\w*)\b/i;
const NOT_A_HAND_OVER = /\b(?:appl(?:y|ies)\s+to|links?\s+to|(?:web\s*)?sites?\s+of|practices\s+of|polic(?:y|ies)\s+of|responsible\s+for|deal\w*\s+(?:directly\s+)?with|(?:jointly|together|closely|in\s+(?:partnership|conjunction|cooperation))\s+with|contains?|covers?)\s+(?:(?:the|our|its|their|any|these|those)\s+)?(?:[\w-]+\s+){0,2}$/i;

function headingOnlyRecipient(text: string, at: number, end: number): boolean {
  if (SUBJECT_OF_VERB.test(text.slice(end, end + 40))) return false;
  return !NOT_A_HAND_OVER.test(text.slice(Math.max(0, at - 60), at));
}

/**
 * The sentence has a share verb whose actor is not someone else ("Google may share statistics
 * with advertisers" is Google's doing) and is not plainly negated, or says the company answers
 * legal demands.
 */
function companyShares(text: string): boolean {
  return sharesByVerb(text) || DISCLOSURE_WITHOUT_VERB.test(text) || recipientReceives(text) || helpsNamedCompany(text);
}

/** The share-verb reading of companyShares: a hand-over verb of the company, not plainly negated. */
function sharesByVerb(text: string): boolean {
  const cached = verbReadings.get(text);
  if (cached) return cached.shares;
  const exceptionFirst = EXCEPTION_OPENING.test(text);
  let shares = false;
  let found = false;
  for (const m of matchAll(SHARE_VERBS, text)) {
    if (!handsOver(text, m)) continue;
    found = true;
    // "... is not shared with any other third parties": nothing is shared, unless an exception follows
    // (or opens the sentence: "Except as described below, we do not share ..."); "may set cookies, but
    // this is not shared" has its "but" before the negated verb.
    if (exceptionFirst || NEGATION_EXCEPTION.test(text.slice(m.index)) || !negatedOutsideAsides(text, m.index)) {
      shares = true;
      break;
    }
  }
  if (verbReadings.size >= VERB_READINGS_KEPT) verbReadings.delete(verbReadings.keys().next().value!);
  verbReadings.set(text, { shares, found });
  return shares;
}

/**
 * The last few sentences' share-verb readings: a sentence is read again as the one before an exception sentence
 * ("This does not include ...", deniesSharing) and for the verbless check. `found`: some hand-over verb, all negated
 * when `shares` is false.
 */
const VERB_READINGS_KEPT = 4;
const verbReadings = new Map<string, { shares: boolean; found: boolean }>();

/** A sentence that names the exceptions to the one before: "This does not include ...". */
const EXCEPTION_SENTENCE = /^[\s*_]*(?:this|that|the\s+above|these)\s+(?:does|do|shall|will)\s+not\s+(?:include|apply\s+to)\b/i;

/** A heading over data that identifies no one: "Anonymous and aggregated data", "Non-Personal Information". */
const AGGREGATE_HEADING = /\b(?:aggregat\w*|anonymi[sz]ed|anonymous|non-?personal(?:ly)?|de-?identified|statistic\w*)\b/i;
/** The next sentence says what was handed over identifies no one: "The information we pass on will not include any personal information". */
const NEXT_DENIES_PERSONAL =
  /^[\s*_]*(?:the|this|such|that|these|those)\b[^.;]{0,80}?\b(?:not\s+(?:include|contain|identify)\s+(?:any\s+)?(?:personal|personally|specific|individual|your\s+name)|(?:only|solely)\s+(?:to\s+)?(?:general|aggregate|anonymous|statistical|non-?personal))/i;
/** The object of the share points back: "share this information with ...". */
const ANAPHORIC_OBJECT = /\b(?:shar\w*|disclos\w*|provid\w*|giv\w*|pass\w*|transfer\w*)\s+(?:of\s+)?(?:this|such|that|these|the\s+same)\s+(?:information|data)\b/i;

/**
 * Recipients (advertisers, affiliates) named in a sentence whose data identifies no one by what is
 * said around it: under an aggregate heading, followed by "The information we pass on will not
 * include any personal information", or sharing "this information" after a sentence about
 * non-identifying data. Aggregate sharing only (the labels' convention).
 */
function nonIdentifyingAround(doc: PolicyDocument, i: number, text: string): boolean {
  const heading = headingOf(doc, i);
  if (heading && AGGREGATE_HEADING.test(heading) && !PERSONAL_DATA.test(heading.replace(NON_IDENTIFYING, ' '))) return true;
  const block = doc.segments.block[i];
  if (i + 1 < doc.segments.count && doc.segments.block[i + 1] === block && NEXT_DENIES_PERSONAL.test(doc.segments.textOf(i + 1))) return true;
  return i > 0 && doc.segments.block[i - 1] === block && ANAPHORIC_OBJECT.test(text) && nonIdentifyingText(doc.segments.textOf(i - 1));
}

/** The sentence speaks of data that identifies no one, and of no personal data. */
function nonIdentifyingText(before: string): boolean {
  NON_IDENTIFYING.lastIndex = 0;
  const nonIdentifying = NON_IDENTIFYING.test(before);
  NON_IDENTIFYING.lastIndex = 0;
  return nonIdentifying && !PERSONAL_OBJECT.test(before.replace(NON_IDENTIFYING, ' '));
}

/** "engage outside firms to help Example Corp ship orders": a proper name after "help" (see HELPERS_FOR_NAMED). */
function helpsNamedCompany(text: string): boolean {
  if (!/\b(?:help|assist)\s+[A-Z]/.test(text)) return false;
  return matchAll(HELPERS_FOR_NAMED, text).some((m) => /^[A-Z]/.test(m[1]!));
}

/** A verb that may reach its recipient over a bracket ("provide aggregate data (i.e., ...) to"): worth a second reading. */
const VERB_BEFORE_BRACKET = /\b(?:provid|giv|pass|suppl|report|transfer|forward|sen[dt]|disclos|shar|releas|mak)\w*\s[^.;()]{0,80}\(/i;

/** Bracketed asides blanked to spaces of the same length (offsets hold). */
const BRACKETS = /\([^()]{1,200}\)/g;
function blankBrackets(text: string): string {
  return text.replace(BRACKETS, (aside) => ' '.repeat(aside.length));
}

const RECEIVING_WORDS = ['receive', 'given', 'provided with', 'access to', 'obtain'];
const RECEIVING_RECIPIENTS = SHARING_PATTERNS.filter((p) => p.category === 'service-providers' || p.category === 'affiliates').map((p) => p.pattern);

/** "Outside companies that help us ... may receive Customer Information": the recipient is the subject (see RECIPIENT_RECEIVES). */
function recipientReceives(text: string): boolean {
  // A plain substring test first: the pattern opens with a modal, which occurs everywhere.
  if (!RECEIVING_WORDS.some((w) => text.includes(w))) return false;
  const m = RECIPIENT_RECEIVES.exec(text);
  if (!m || BROWSER_COLLECTION.test(text) || isNegatedAt(text, m.index)) return false;
  const subject = text.slice(clauseAt(text, m.index).start, m.index);
  return RECEIVING_RECIPIENTS.some((re) => re.test(subject));
}

/** The segment has a hand-over verb of the company, and every one is negated. */
function deniesSharing(text: string): boolean {
  // Read before by sharesByVerb and found not sharing: every hand-over verb was negated (no exception), so it denies iff it had one.
  const cached = verbReadings.get(text);
  if (cached && !cached.shares) return cached.found;
  let found = false;
  for (const m of matchAll(SHARE_VERBS, text)) {
    if (!handsOver(text, m)) continue;
    if (!negatedOutsideAsides(text, m.index)) return false;
    found = true;
  }
  return found;
}

/** Personal data, and a word of it changing hands beside the business-transfer words themselves. */
const DATA_NOUN = /\b(?:(?:personal|customer|user|member|your)\s+(?:[\w-]+\s+){0,2}?(?:information|data|details|records)|(?:the\s+same|such|this|these)\s+(?:personal\s+)?(?:information|data)|[\w-]+\s+records|information\s+(?:about|on)\s+(?:you|our\s+(?:users|customers|members|visitors|subscribers|clients))|customer\s+lists?|databases?)\b/i;
function dataChangesHands(text: string, at: number, end: number): boolean {
  const rest = text.slice(0, at) + ' ' + text.slice(end);
  return DATA_NOUN.test(rest) && TRANSFER_CUE.test(rest);
}

/**
 * Data the reader gives, named by a relative clause, then the main verb in the passive: "The
 * information you provide may be shared", "Information that you submit in a contest will be
 * shared". The reader is the subject of the clause, not of the sharing.
 */
const PASSIVE_AFTER_READER_CLAUSE =
  /\b(?:information|data|details|PII|content|anything|everything|materials?|messages?|photos?|entries|answers|responses|comments|e-?mail\s+address(?:es)?)\s+(?:that\s+|which\s+)?(?:you|users?|members?|visitors?)\s+(?:\w+\s+){0,2}?(?:provide|give|submit|enter|post|send|share|upload|supply|disclose|make)\w*\b[^.;]{0,100}?\b(?:may|will|can|might|could|would|shall|is|are|was|were)\s+(?:also\s+|then\s+|only\s+|sometimes\s+|not\s+|never\s+){0,2}(?:be\s+|been\s+)?(?:\w+ed\s+(?:by\s+|to\s+)?(?:or|and|and\/or)\s+)?$/i;

/** "users who provide their information to ...": the reader, named through a relative clause. */
const READER_RELATIVE = /\b(?:those|users?|customers?|visitors?|members?|people|persons|individuals|anyone|you)\s+who(?:\s+(?:may|can|choose\s+to|wish\s+to))?$/i;

/** Consent not asked for: "without your prior written permission". */
const WITHOUT_CONSENT = /\bwithout\s+(?:(?:your|the\s+user[’']s|their|his\s+or\s+her|prior|express|explicit|written|specific|further)\s+){0,3}(?:consent|permission|authori[sz]ation|knowledge|approval)\b/gi;
/** "whose practices are not covered by this policy": a relative clause's own negation. */
const WHOSE_NOT = /\bwhose\s+(?:[\w-]+\s+){0,3}?(?:are|is)\s+not\s+(?:covered|governed|subject|bound)\b/gi;
/**
 * A relative clause set off by commas says something about a noun, not about the main verb:
 * "Aggregate information, which does not identify you, may be shared" shares. Negation is read
 * with such asides blanked out (same length, so offsets hold).
 */
const COMMA_ASIDE = /,\s*(?:which|who|that)\b[^,;:.]{1,120},/gi;
function negatedOutsideAsides(text: string, pos: number): boolean {
  // "not disclose ... to anyone, including, but not limited to, marketers": the "but" opens no clause of its own.
  const source = text.includes('imited to') && /not\s+limited\s+to/i.test(text) ? text.replace(NOT_LIMITED_TO, (s) => ' '.repeat(s.length)) : text;
  // Blanking only takes negations away: read it only when the plain reading says negated (the rare case).
  const negated = isNegatedAt(source, pos);
  const withoutConsent = negated && /without/i.test(source);
  const whose = source.includes('whose');
  if (!negated || !(source.includes(',') || source.includes('(') || whose || withoutConsent)) return negated;
  // An aside between commas or in brackets that ends before `pos` ("logs (but not passwords) may be sold"), or a relative
  // clause about a recipient ("companies whose practices are not covered by this policy (e.g., other marketers)").
  const blank = (aside: string, start: number): string => (start + aside.length <= pos ? ' '.repeat(aside.length) : aside);
  // "will disclose personal data without your permission when required by law": the only negation is the consent not
  // asked for; the disclosure stands. (After another negation, "not ... without your consent" is read as before.)
  if (withoutConsent && !isNegatedAt(source.replace(WITHOUT_CONSENT, blank), pos)) return false;
  const blanked = (whose ? source.replace(WHOSE_NOT, blank) : source).replace(COMMA_ASIDE, blank).replace(BRACKETS, blank);
  return isNegatedAt(blanked, pos);
}

/** A sentence opened by its exception: "Except as described below, we do not share ...". */
const EXCEPTION_OPENING = /^[\s*_(\["“]*(?:except|other\s+than|apart\s+from|save\s+as|besides|unless|only|without)\b/i;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "transfer your data to Canada / to the U.S.": a place (see TRANSFER_PLACE). */
const TO_COUNTRY = new RegExp(
  `^\\s*(?:[\\w’'-]+\\s+){0,6}?to\\s+(?:the\\s+)?(?:${[...COUNTRY_NAMES, ...COUNTRY_ABBREVIATIONS].map(([n]) => escape(n)).sort((a, b) => b.length - a.length).join('|')})(?![\\w])`,
  'i',
);

/** The text before a word ends inside a web address ("https://example.com/privacy-shield/", "www.example.com/share"). */
const IN_WEB_ADDRESS = /(?:\bhttps?:\/\/|\bwww\.)[^\s()<>\[\]"'“”]{0,200}$/i;

/**
 * The share verb at `m` hands data to someone other than the reader or the company: its actor is
 * neither someone else ("Google may share ...") nor the reader ("you can transfer your history"),
 * and its recipient is neither "you" / "us" nor a device permission or a country.
 */
function handsOver(text: string, m: RegExpExecArray): boolean {
  // "ad networks such as DoubleClick (https://example.com/ad-exchange/)": a word of a web address, not a verb.
  const near = text.slice(Math.max(0, m.index - 200), m.index);
  if ((near.includes('://') || near.includes('www.')) && IN_WEB_ADDRESS.test(near)) return false;
  // "The information you provide may be shared with ...": "you" acts in the relative clause, the main verb is passive.
  // "information about you may go to ...": the reader's data is the subject, not the reader.
  const passive = PASSIVE_AFTER_READER_CLAUSE.test(text.slice(Math.max(0, m.index - 200), m.index)) || DATA_ABOUT_READER.test(text.slice(Math.max(0, m.index - 60), m.index));
  // "You may allow us to share your name with ...": the reader lets the company hand it over.
  // "When you place an order, we provide ...": the "we" right before the verb acts (actorAt reads subjects followed by a verb
  // inside its window, which ends before this one, so it found "you place").
  const actor = passive || LETS_US_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) ? 'unknown'
    : m.index <= 200 && WE_RIGHT_BEFORE.test(text.slice(0, m.index)) ? 'company' : actorAt(text, m.index);
  if (actor === 'other' || actor === 'reader') return false;
  // "information you provide to our affiliate sites": the reader hands it over (actorAt sees subjects before a modal only).
  // "you expressly and unconditionally release ...": the reader still, behind adverbs.
  const lead = text.slice(Math.max(0, m.index - 60), m.index).trimEnd().replace(ADVERBS_AT_END, '');
  if (READER_SUBJECT.test(lead) || READER_RELATIVE.test(lead) || READER_DEVICE.test(lead) || READER_CHOICE.test(lead)) return false;
  const verb = m[0];
  // "Dennis Publishing (UK) Ltd": a verb form inside a company's name.
  if (/^[A-Z][a-z]+(?:ing|ion)\b/.test(verb) && NAME_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
  if (VERB_TO_READER_OR_US.test(verb) || PROVIDE_READERS_WITH.test(verb)) return false;
  const after = text.slice(m.index + verb.length, m.index + verb.length + 120);
  // The first recipient after the verb ("share it with us"); a verb read up to its preposition ("provide your data to")
  // has it right after: "provide your data to providers who work with us" names "us" second, as the providers' partner.
  if (RECIPIENT_READER_OR_US.test(after) || (!/\b(?:to|with)$/i.test(verb) && FIRST_RECIPIENT_US.test(after))) return false;
  // "before they share any data with us": someone else acts (actorAt sees subjects before a modal only).
  const subject = text.slice(Math.max(0, m.index - 40), m.index).trimEnd();
  if (OTHER_SUBJECT.test(subject) || STATUTE_SUBJECT.test(subject)) return false;
  // "we have access to your data": the company's own access; "we allow access to our database by third parties" and "we provide /
  // grant access to ... to our affiliates" hand it over.
  if (/access(?:\s+to)?$/i.test(verb) && (DEVICE_ACCESS.test(after) || (actor === 'company' && !/^(?:provid|giv|grant|allow)/i.test(verb)))) return false;
  if (/^transfer/i.test(verb) && (TRANSFER_PLACE.test(after) || TO_COUNTRY.test(after))) return false;
  // "This privacy statement discloses the practices of ...": the document tells, it hands nothing over.
  if (/^disclos/i.test(verb) && DOCUMENT_SUBJECT.test(subject)) return false;
  // "our market share": a noun.
  if (/^share\b/i.test(verb) && /\bmarket\s+$/i.test(subject + ' ')) return false;
  // "Example Media Group, which shares our commitment to privacy": a stance, not data.
  if (/^shar/i.test(verb) && SHARED_STANCE.test(after)) return false;
  // "may not market to you as a result of such sharing": a hand-over named before, not one of this sentence.
  if (/^sharing$/i.test(verb) && SHARING_REFERRED.test(text.slice(Math.max(0, m.index - 30), m.index))) return false;
  // "provide our Service to Clients", "provide services ... jointly with affiliated businesses": no data handed over.
  // ("provide our Service Providers with the information": the recipient's name holds the word "service".)
  if (/^provid/i.test(verb) && PROVIDED_SERVICE.test(verb.replace(SERVICE_PROVIDERS, ' ')) && !PROVIDED_DATA.test(verb)) return false;
  // "Content made available on the Hulu.com website": published at a place.
  if (/available$/i.test(verb) && AVAILABLE_AT_PLACE.test(after)) return false;
  return true;
}

/** "as a result of such sharing": the noun of a hand-over named before. */
const SHARING_REFERRED = /\b(?:of|from|after|since)\s+(?:such|this|that|these|the\s+(?:above|same))\s+$/i;

/** The policy as the subject: "This privacy statement discloses". */
const DOCUMENT_SUBJECT = /\b(?:statement|policy|notice|document|page)\s*(?:also\s*)?$/i;

/** The reader's own choice to hand data over: "the information you choose to share", "what you decide to disclose". */
const READER_CHOICE = /\b(?:you|users?|members?)\s+(?:(?:may|can|might)\s+)?(?:choose|chooses|chose|elect|elects|decide|decides|wish|wishes|want|wants)\s+to$/i;

/** The reader lets the company act: "you may allow us to [share]", "you authorize us to [disclose]", "you are allowing us to [forward]", "you consent to us [providing]". */
const LETS_US_BEFORE = /\b(?:(?:allow|let|permit|authori[sz]e|ask|direct|instruct|tell|want)(?:s|ed|ing)?\s+us\s+to\s+(?:\w+ly\s+)?|consent(?:s|ed)?\s+to\s+(?:us|our)\s+)$/i;

/**
 * "we" opening the main clause after a condition that names the reader, right before the verb (behind modals or
 * adverbs): "When you place an order, we provide ...", "If you buy a gift card, we may also share ...".
 */
const WE_RIGHT_BEFORE =
  /^[\s*_(]*(?:when|whenever|if|once|after|where|upon|as\s+soon\s+as|in\s+order\s+to)\b[^.;:,]{0,120},\s*(?:then\s+)?we\s+(?:(?:may|might|will|would|can|could|shall|also|then|only|do|does|\w+ly)\s+){0,3}$/i;
/** A recipient named "service providers", whose "service" is no service provided. */
const SERVICE_PROVIDERS = /\bservices?\s+providers?\b/gi;

/** "unless we provide users with advance notice": the readers get something, nothing is handed to anyone else. */
const PROVIDE_READERS_WITH = /^provid\w*\s+(?:our\s+|the\s+)?(?:users?|customers?|visitors?|members?|subscribers?)\s+with$/i;

/** Adverbs and "and" between a subject and its verb ("you expressly and unconditionally release"). */
const ADVERBS_AT_END = /(?:\s+(?:\w+ly|also|hereby|thereby)(?:\s+(?:and|or)\s+\w+ly)?)+$/i;
/** The reader's own device as the subject: "information your browser makes available", "your computer sends". */
const READER_DEVICE = /\byour\s+(?:web\s+|internet\s+|mobile\s+)?(?:browser|computer|device|phone|app|client)s?$/i;
/** A capitalised word right before: the verb form is part of a name ("Dennis Publishing", "Acme Distribution"). */
const NAME_WORD_BEFORE = /(?:^|[^.!?:;\s]\s*)\b(?!(?:We|Our|I|You|Your|They|It|And|Or|The)\b)[A-Z][\w&.’'-]*\s+$/;

/** Share verbs in text[from, to) that hand data over (see handsOver). */
function handsOverIn(text: string, from: number, to: number): boolean {
  for (const m of matchAll(SHARE_VERBS, text)) {
    if (m.index >= from && m.index < to && handsOver(text, m)) return true;
  }
  return false;
}

/** "its affiliates collect IP addresses": the category is the one acting, not a recipient. */
const ACTS_AS_SUBJECT = new RegExp(`^${AFTER_SUBJECT}`, 'i');
/** "only" before a phrase, not a verb: "shared with a mailing firm only for the purpose of ...". */
const ONLY_ADVERBIAL = /^\s+only\s+(?:for|to|as|if|when|where|in|with|under|on|after|upon|so|insofar)\b/i;
/** The subject's verb is one of receiving: the subject is a recipient after all. */
const RECEIVES_AFTER = /^\s+(?:(?:also|then|only|may|will|would|can|could|might|shall)\s+)*(?:(?:have|has|get|gets|gain|gains|be\s+given|are\s+given|is\s+given|be\s+granted|are\s+granted)\s+(?:\w+\s+){0,2}?access|receives?|obtains?|(?:be|are|is)\s+provided\s+with)\b/i;
/** "other Example Group companies", "our other Example Inc. brands": capitalised words, the company's name (case-sensitive). */
const NAMED_COMPANIES = /^other\s+(?:[A-Z][\w&.’'-]*\s+){1,4}(?:companies|brands|businesses)$/;
/** The one served or protected: "on behalf of our marketing partners", "harm to our company, affiliate companies". */
const SERVED_BEFORE = /\b(?:on\s+behalf\s+of|(?:harm|injury|damage|rights|property|safety)\s+(?:of|to))\s+(?:[\w’'&.-]+,?\s+){0,5}$/i;
/** "affiliates of the applicable third-party service provider". */
const OF_ANOTHER_PARTY = /^\s+of\s+(?:the|a|an|such|that|this|those|these|any)\s+(?:[\w-]+\s+){0,2}?(?:third[- ]part\w*|providers?|vendors?|advertisers?|merchants?|partners?)\b/i;
const MODEL_NOTICE_ROW = /^[\s*_•-]*sharing\s+for\s+(?:our\s+)?(?:non-?)?affiliates[’']\s+everyday\s+business\s+purposes\b/i;
const IN_TRANSACTION_AFTER = /^[^.;]{0,50}?\binvolved\s+in\s+(?:the|such|that|this|a|any)\s+(?:transaction|merger|acquisition|sale)\b/i;
/** A definition of the company right after: "(collectively, "we")". */
const COLLECTIVELY_AFTER = /^[^.;()]{0,60}\(\s*(?:collectively|together|hereinafter)\b/i;

/** A role the noun is the complement of: "become an advertiser", "acting as our agent". */
const ROLE_BEFORE = /\b(?:become|becoming|became|as)\s+(?:an?|the|our|its|their)\s+(?:[\w-]+\s+)?(?:[\w-]+\s+(?:or|and)\s+)?$/i;
const QUANTIFIER_BEFORE = /\b(?:any|all|one|some|each|either|certain|several|many|most|members?)\s+$/i;
/** A recipient's preposition within a few words before the noun: "share it with: (i) our current or future affiliates". */
const RECIPIENT_PREPOSITION_BEFORE = /\b(?:to|with|among|amongst|between|within|across|by|including|such\s+as|namely)\b[\s:(),/]*(?:(?:[\w’'&.-]+|\([a-z0-9]{1,4}\))[\s,/]+){0,7}$/i;
/** Affiliates engaged to do the work: "may use affiliates' or third parties' services for the processing of personal data". */
const ENGAGED_BEFORE =
  /\b(?:use|uses|using|engage|engages|engaging|employ|employs|retain|retains|hire|hires|rel(?:y|ies|ying)\s+on)\s+(?:(?:the\s+)?services\s+of\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:and|or|and\/or)\s+)?(?:(?:our|its|their|certain|other)\s+)?$/i;
const ANY_PREPOSITION = /\b(?:to|with|among|amongst|between|within|across|by|from|of|on|upon|against|about|into|at)\b/gi;
/** A list mark or a label right before: "(v) affiliates", "* Affiliates:". */
const ENUMERATION_BEFORE = /(?:^|[;:]|\([a-z0-9]{1,4}\))[\s*_•-]*(?:(?:our|its|the|other|certain)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** The recipient category at [at, end) stands as a recipient of its sentence's hand-over. */
function recipientPosition(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  // The nearest preposition decides: "received by the Company ... from our subsidiaries and affiliates" is a source.
  const nearest = matchAll(ANY_PREPOSITION, before).pop();
  // "with any of our subsidiaries": an "of" after a quantifier is part of the recipient.
  const nearestIsSource = nearest !== undefined && !/^(?:to|with|among|amongst|between|within|across|by)$/i.test(nearest[0]) &&
    !(/^of$/i.test(nearest[0]) && QUANTIFIER_BEFORE.test(before.slice(0, nearest.index)));
  if (!nearestIsSource && RECIPIENT_PREPOSITION_BEFORE.test(before)) return true;
  if (ENUMERATION_BEFORE.test(before) || ENGAGED_BEFORE.test(before)) return true;
  const after = text.slice(end, end + 100);
  return RECEIVES_AFTER.test(after) || RECEIVES_IN_RELATIVE.test(after);
}
/** A relative clause of receiving after the noun: "Agents, affiliates and customers of Example who have access to your data". */
const RECEIVES_IN_RELATIVE =
  /^[^.;]{0,80}?\b(?:who|that|which)\s+(?:(?:may|will|would|can|also|then)\s+)*(?:(?:have|has|gain|get|are\s+given|is\s+given)\s+(?:\w+\s+)?access|receives?|obtains?)\b/i;
/** Data named by a pronoun as what is handed over: "It may also be shared", "they may be transferred". */
const PRONOUN_SHARED = /\b(?:it|they|this|these)\s+(?:(?:may|will|might|could|can|would|also|then)\s+){1,3}be\s+(?:shared|disclosed|transferred|provided|released|sold|passed|assigned)\b/i;
/** "outside the Example group of companies", "outside of Example and its controlled subsidiaries". */
const OUTSIDE_BEFORE = /\boutside\s+(?:of\s+)?(?:(?:the|our|its)\s+)?(?:[\w’'&.-]+\s+){0,3}?(?:(?:and|&)\s+(?:its|our|their)\s+(?:[\w-]+\s+){0,2}?)?$/i;
// "apart from our providers" names an exception, not a source.
const SOURCE_BEFORE = /\b(?:(?<!\bapart\s)from|(?:collect|gather|obtain|provid|receiv|suppli|giv)\w*\s+by)\s+(?:(?:our|its|their|the|other|any|certain|these|such)\s+)?(?:[\w-]+\s+)?$/i;
const SOLD_UNIT_BEFORE = /(?:\bof|,)\s+(?:a|an|one\s+of\s+(?:our|its|their)|our|its|their)\s+(?:[\w-]+\s+)?$/i;
const BUSINESS_SALE = /\b(?:sale|sell\w*|sold|assets|acqui\w+|merg\w+|divest\w*|bankrupt\w*|reorgani[sz]\w+)\b/i;
const RECIPIENT_CATEGORIES: ReadonlySet<SharingCategory> = new Set(['service-providers', 'advertisers', 'affiliates']);

/**
 * Consent at `at` is the condition of a share: a share verb in its own clause, or in the clause
 * beside it when the consent clause is a condition ("unless you ask us to", "with your consent, we ...").
 */
function consentGovernsShare(text: string, at: number, end: number): boolean {
  const clauses = clausesOf(text);
  const k = clauses.findIndex((c) => at >= c.start && at < c.end);
  if (k < 0) return true;
  const sharesIn = (index: number): boolean => {
    const clause = clauses[index];
    return clause !== undefined && handsOverIn(text, clause.start, clause.end);
  };
  if (sharesIn(k)) return true;
  // "not disclosed to third parties unless: a) ..., or d) you give us your permission".
  const before = text.slice(0, at);
  const lastShare = before.search(SHARE_VERB);
  if (lastShare >= 0 && EXCEPTION_BETWEEN.test(before.slice(lastShare))) return true;
  // "we may share it with (a) ...; (b) ...; and (g) otherwise with your consent": a list inside the sentence, led by its share.
  const clauseText = text.slice(clauses[k]!.start, end);
  if (ENUMERATED.test(clauseText)) {
    const firstItem = text.search(FIRST_ENUMERATOR);
    if (firstItem >= 0 && firstItem < at && handsOverIn(text, 0, firstItem)) return true;
  }
  if (!CONDITION_OPENING.test(clauseText)) return false;
  // "If you opt in, you may receive our offers, and we may share your data with ...": the condition governs the clause after "and" too.
  const third = clauses[k + 2];
  return sharesIn(k - 1) || sharesIn(k + 1) || (third !== undefined && /^[\s,]*(?:and|then)\b/i.test(text.slice(third.start, third.end)) && sharesIn(k + 2));
}

/** The last share verb before `at` in its clause is negated ("we will never share ... without your consent"). */
function negatedShareBefore(text: string, at: number): boolean {
  const clause = clauseAt(text, at);
  let last = -1;
  for (const m of matchAll(SHARE_VERBS, text)) {
    if (m.index >= at) break;
    if (m.index >= clause.start) last = m.index;
  }
  return last < 0 || isNegatedAt(text, last);
}

/** The form data is given in: "in non-personally identifiable form", "on an aggregated basis", "in aggregated or de-identified form". */
const NON_IDENTIFYING_FORM =
  /\b(?:in|on)\s+(?:an?\s+)?(?:non-?personally[- ]identif\w+|non-?identif\w+|aggregated?|summary|statistical|compiled)(?:(?:\s+(?:or|and|\/)|,)\s+(?:de-?identified|anonymi[sz]ed|anonymous|non-?personal(?:ly)?(?:[- ]identif\w+)?|non-?identif\w+|aggregated?|statistical))?\s+(?:form|format|manner|basis)\b/i;
/** A bracket that adds the hand-over: "(and share it with third parties such as our partners)". */
const BRACKETED_SHARE = /\(\s*(?:and|or)\s+(?:(?:may|will|also)\s+)*(?:share|disclose|provide|sell|transfer)\w*\s+(?:it|them|this|these|such)\b/i;
/** A clause that only limits the one before it: "but only", "except". */
const LIMITING_CLAUSE = /^[\s,;(]*(?:but\s+|and\s+)?(?:only|solely|except|always)\b[\s\w’'-]{0,60}$/i;
/** The aggregate form of what is handed over, the aggregate word first: "in aggregated or de-identified form". */
const AGGREGATE_FORM =
  /\b(?:in|on)\s+(?:an?\s+)?(?:aggregated?|statistical|summary|compiled)(?:(?:\s+(?:or|and|\/)|,)\s+(?:de-?identified|anonymi[sz]ed|anonymous|non-?personal(?:ly)?(?:[- ]identif\w+)?|non-?identif\w+))?\s+(?:form|format|manner|basis)\b/i;

/** A share conditioned on an event named in the sentence before: "If such an action occurs, ...", "In that event, ...". */
const EVENT_BEFORE = /^[\s*_]*(?:if|should|when|in|upon)\s+(?:(?:such|that|this|any\s+such)\s+(?:an?\s+)?(?:event|case|action|transaction|transfer|sale|merger|acquisition|circumstances?)\b|(?:that|this)\s+(?:happens|occurs|should\s+(?:happen|occur))\b)/i;
/** Recipients named in the sentence before, now said to get the data: "They have access to personal information". */
const RECIPIENTS_BEFORE =
  /^[\s*_]*(?:(?:they|these\s+(?:[\w-]+\s+){0,2}?(?:companies|parties|providers|agents|vendors|entities|affiliates|partners|contractors|firms|businesses))\s+(?:(?:may|will|would|also|then|only|can|could|shall)\s+)*(?:have|has|get|gain|be\s+given|are\s+given|receive)|we\s+(?:(?:may|will|would|also|then|only|can|shall)\s+)*(?:give|grant|provide)\s+them(?:\s+with)?)\s+(?:\w+\s+){0,2}?access\s+to\s+(?:[\w-]+\s+){0,3}?(?:personal|your|customer|user|member|(?:the|such|this|that)\s+(?:information|data))\b/i;

/** "base the collection, processing and sharing of your data on": consent as the basis of processing. */
const BASED_ON_BEFORE = /\bbas(?:e|es|ed|ing)\b[^.;]{0,100}?\b(?:up)?on\s+(?:your\s+|the\s+user[’']s\s+)?$/i;
/** Consent said not to be needed for the disclosures. */
const CONSENT_NOT_REQUIRED =
  /\bnot\s+(?:be\s+)?(?:required|needed|necessary|obliged|obligated)\s+to\s+(?:obtain|get|seek|ask\s+for|request)\s+(?:your\s+|the\s+user[’']s\s+)?(?:prior\s+)?(?:consent|permission|authori[sz]ation)\b/i;
/** The consent belongs to someone other than the reader: "the written consent of Example Corp", "permission from us". */
const CONSENT_OF_OTHER = /^\s+(?:of|from)\s+(?!(?:you|your|the\s+(?:user|customer|member|individual|data\s+subject|subscriber|student|patient|parent|guardian)s?|a\s+(?:parent|guardian)|their|his|her|such\s+(?:user|person|individual)s?|each|any\s+(?:user|person|individual))\b)/i;

/** Consent to a change of the policy: "your consent before implementing the change", "consent to any material changes". */
const CONSENT_TO_CHANGE = /^\s+(?:(?:before|prior\s+to)\s+(?:implementing|making|applying|adopting)\b|(?:to|for)\s+(?:the|such|any|these|those)\s+(?:[\w-]+\s+)?changes?\b)/i;
/** "not being used [without consent]": a use said not to happen, not a hand-over. */
const NOT_USED_BEFORE = /\bnot\s+(?:be(?:ing)?\s+|been\s+)?(?:used|accessed|processed|misused)\s+$/i;
/** A sentence that deems consent given by using the site: "By using the Website, you consent to ...". */
const DEEMED_BY_USE = /^[\s*_]*by\s+(?:using|visiting|accessing|browsing)\s+(?:the|our|this)\s+(?:web\s*)?(?:site|website|services?|app|platform)\b/i;
/** Another legal basis right before the consent: "for a contract or [with your consent]". */
const BASIS_BEFORE = /\b(?:contract|legitimate\s+interests?|legal\s+obligations?)\s+or\s+$/i;
/** Copying of the site's content named before the consent: "may not be copied, reproduced or distributed". */
const CONTENT_COPIED = /\b(?:copied|reproduced|republished|duplicated)\b/i;

/** A heading that is only a consent condition: "With Your Consent:", "3. With your permission". */
const CONSENT_HEADING = /^[\s*_#]*(?:\d{1,2}[.)]\s*|\(?[a-h]\)\s*)?with\s+(?:your\s+|prior\s+|the\s+user[’']s\s+)?(?:consent|permission|authori[sz]ation)[\s*_.:]*$/i;

/** Consent as the label of a segment: only markup before it, a colon right after ("**With your consent**: ..."). */
// One run of markup, or markup, a mark and markup: never two runs that could share the same characters (quadratic).
const CONSENT_LABEL_BEFORE = /^[\s*_•-]*(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)][\s*_]*)?$/i;
const CONSENT_LABEL_AFTER = /^[\s*_]*:/;

/** An item whose first few words lead to the match: it names a case of the lead-in's share, not a use of its own. */
const ITEM_OPENING = /^[\s*_•-]*(?:[\w’'-]+(?:\s+|\s*\/\s*)){0,3}$/;

/** A clause opened by a list mark inside a sentence: "(g) otherwise with your consent". */
const ENUMERATED = /^[\s,;]*(?:and\s+|or\s+)?\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)\s/i;
const FIRST_ENUMERATOR = /\((?:i|a|1)\)\s/i;

const EXCEPTION_BETWEEN = /\b(?:unless|except|other than|only|but\s+(?:never|not))\b/i;

function accept(category: SharingCategory, text: string, at: number, end: number, verb: boolean, leadInShares: boolean): boolean {
  switch (category) {
    case 'consent':
      // "We do not share ... without your consent" names consent as the condition: counts.
      // "withdraw your consent", or consent to e-mails in a clause beside a share, does not.
      if (CONSENT_TAKEN_BACK.test(text.slice(Math.max(0, at - 30), at))) return false;
      if (CONSENT_AS_BASIS.test(text.slice(end, end + 40))) return false;
      // "To the extent we base the collection and sharing of your data on your consent": a legal basis, named to be withdrawn.
      if (BASED_ON_BEFORE.test(text.slice(Math.max(0, at - 120), at))) return false;
      // "we will not be required to obtain your consent for any disclosures": consent is said not to be the condition.
      if (CONSENT_NOT_REQUIRED.test(text)) return false;
      // "without the expressed written consent of Example Corp": someone else's consent (to copy the site's content).
      if (CONSENT_OF_OTHER.test(text.slice(end, end + 40))) return false;
      // "we will obtain your consent before implementing the change": consent to a change of the policy, not to a disclosure.
      if (CONSENT_TO_CHANGE.test(text.slice(end, end + 60))) return false;
      // "the data you provide to us for a contract or with your consent": consent as one legal basis among others.
      if (BASIS_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
      // "By using the Website ..., you consent to ... sharing your information as per this policy": consent deemed by use of the site.
      if (DEEMED_BY_USE.test(text)) return false;
      // "may not be copied, distributed or transmitted ... without prior permission": the site's content, not the reader's data.
      if (CONTENT_COPIED.test(text.slice(clauseAt(text, at).start, at))) return false;
      // "We may disclose data without your consent where the law requires it": no consent, unless the share is negated.
      if (/^without\b/i.test(text.slice(at, end)) && !negatedShareBefore(text, at)) return false;
      // "To ensure your details are not being used without consent, ...": consent to another use, the share beside it unconditional.
      if (/^without\b/i.test(text.slice(at, end)) && NOT_USED_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
      if (!verb) return leadInShares;
      // "**With Your Consent**: ... information about you might go to third parties": the item's label names its condition.
      if (CONSENT_LABEL_BEFORE.test(text.slice(0, at)) && CONSENT_LABEL_AFTER.test(text.slice(end, end + 12))) return true;
      // "the chance to consent to that disclosure": consent to the hand-over itself, wherever the share verb stands.
      if (/\b(?:disclosure|sharing|transfer|distribution)$/i.test(text.slice(at, end))) return true;
      // A list item named by its condition ("* With your consent: ...") under a sharing lead-in.
      if (leadInShares && clauseAt(text, at).start === clausesOf(text)[0]!.start) return true;
      return consentGovernsShare(text, at, end);
    case 'aggregate': {
      // Only an explicit hand-over in the same clause: internal use of aggregates is not sharing.
      const clause = clauseAt(text, at);
      // Brackets blanked: "provide aggregate information (i.e., data that does not identify you) to third parties".
      const rawClause = text.slice(clause.start, clause.end);
      const clauseText = blankBrackets(rawClause);
      // "collect aggregated statistics (and share them with third parties)": the hand-over said in brackets of its own.
      const m = AGGREGATE_SHARE_VERB.exec(clauseText) ?? (BRACKETED_SHARE.test(rawClause) ? AGGREGATE_SHARE_VERB.exec(rawClause) : null);
      // "Circumstances in which we may disclose user data: * in aggregate form, ...": the item names what is shared.
      if (!m) {
        if (leadInShares && !verb && ITEM_OPENING.test(text.slice(0, at)) && !isNegatedAt(text, at)) return true;
        // "provide usage figures to potential partners in aggregated or de-identified form": the aggregate word names the
        // form of what a hand-over in this clause gives, whoever the recipient is.
        const form = AGGREGATE_FORM.exec(clauseText);
        if (!form || clause.start + form.index > at || at >= clause.start + form.index + form[0].length) return false;
        // "share demographic data with partners, but only on an aggregate, non-personal basis": a clause of its own that
        // limits the hand-over before it (negated or not: "will not pass it on except in aggregate form").
        if (LIMITING_CLAUSE.test(clauseText.slice(0, form.index)) && handsOverIn(text, 0, clause.start)) return true;
        return handsOverIn(text, clause.start, clause.start + form.index) && !negatedOutsideAsides(text, at) && !negatedShareBefore(text, at);
      }
      return !negatedOutsideAsides(text, at) && !negatedOutsideAsides(text, clause.start + m.index);
    }
    case 'business-transfer':
      // In a list under "We share it in these cases:", the lead-in carries the data and the verb.
      // "It may also be shared in connection with the sale of a business": the pronoun stands for the data named before.
      if (!leadInShares && !DATA_OBJECT.test(text) && !PRONOUN_SHARED.test(text)) return false;
      if (!verb && !leadInShares && !TRANSFER_CUE.test(text)) return false;
      return !isNegatedAt(text, at);
    default: {
      // "will not provide your data to any third party outside the Example group of companies": a hand-over denied outside
      // the group only, so the group is where the data may go.
      if (category === 'affiliates' && verb && OUTSIDE_BEFORE.test(text.slice(Math.max(0, at - 60), at)) && negatedOutsideAsides(text, at)) return true;
      // "Example Corp and its affiliates (collectively "we") may share ...": the subject, not a recipient.
      const after = text.slice(end, end + 100).replace(/^\s*\([^)]{0,60}\)/, '');
      // ... unless what it does is receive ("These third parties and affiliates have access to information about you").
      // ("a delivery company only for the purpose of ...": "only" opens no verb of the noun's.)
      if (RECIPIENT_CATEGORIES.has(category) && ACTS_AS_SUBJECT.test(after.slice(0, 40)) && !RECEIVES_AFTER.test(after.slice(0, 60)) &&
        !ONLY_ADVERBIAL.test(after)) return false;
      // "information we receive from our affiliates": a source, not a recipient.
      if (RECIPIENT_CATEGORIES.has(category) && SOURCE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
      // "applying to become an advertiser", "acting as our agent": a role, not a recipient.
      if (RECIPIENT_CATEGORIES.has(category) && ROLE_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return false;
      // "send offers on behalf of our marketing partners", "to prevent harm to our company, affiliate companies": the one served
      // or protected, not a recipient.
      if (category !== 'service-providers' && RECIPIENT_CATEGORIES.has(category) && SERVED_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return false;
      // "affiliates of the applicable third-party service provider": someone else's affiliates.
      if (category !== 'service-providers' && RECIPIENT_CATEGORIES.has(category) && OF_ANOTHER_PARTY.test(text.slice(end, end + 60))) return false;
      // "shared with the parent, subsidiary or merger partner involved in the transaction": a party to a business transfer.
      if (category === 'affiliates' && IN_TRANSACTION_AFTER.test(text.slice(end, end + 80))) return false;
      // "* sharing for affiliates' everyday business purposes": a row of the US model privacy notice, named as what the law lets
      // the reader limit, not a statement that the company shares.
      if (RECIPIENT_CATEGORIES.has(category) && MODEL_NOTICE_ROW.test(text)) return false;
      // "Example LLC, together with our parent companies, affiliates (collectively, "we") know ...": the company itself, named
      // before any hand-over.
      if (category !== 'service-providers' && RECIPIENT_CATEGORIES.has(category) && COLLECTIVELY_AFTER.test(text.slice(end, end + 80)) && text.slice(0, at).search(SHARE_VERB) < 0) return false;
      // Affiliates in a sentence of its own share verb must stand where a recipient stands ("with our affiliates", "to an
      // affiliate", "affiliates may receive"), not as the company itself ("a Warner Music Group company"), a source
      // ("from ... companies ("Affiliates")"), or someone served or released ("legal process served on Kinja or affiliates").
      if (category === 'affiliates' && verb && !(leadInShares && ITEM_OPENING.test(text.slice(0, at))) && !recipientPosition(text, at, end)) return false;
      // "other Example Group companies": the company's own name makes them its affiliates; "other marketing companies" does not.
      if (category === 'affiliates' && /^other\s/i.test(text.slice(at, end)) && !NAMED_COMPANIES.test(text.slice(at, end))) return false;
      // "a sale of the assets of Example Corp, a subsidiary or division": what is sold, not who receives.
      if (category === 'affiliates' && SOLD_UNIT_BEFORE.test(text.slice(Math.max(0, at - 30), at)) &&
        BUSINESS_SALE.test(text.slice(clauseAt(text, at).start, at))) return false;
      // "share aggregate data with its affiliates, advertisers and partners": aggregate sharing only (the labels' convention).
      if (RECIPIENT_CATEGORIES.has(category) && (onlyAggregatesReach(text, at, end) || (verb && nonIdentifyingOnly(text)))) return false;
      // "* Advertisers: ... any of the information we have in non-personally identifiable form": an item whose recipient gets only that.
      if (RECIPIENT_CATEGORIES.has(category) && !verb && leadInShares && NON_IDENTIFYING_FORM.test(text) && !PERSONAL_OBJECT.test(text.replace(NON_IDENTIFYING, ' '))) return false;
      if (category === 'advertisers' && !advertisersGetData(text, at, end)) return false;
      // "California residents may request information about our disclosures to third parties for their direct marketing
      // purposes": the statute's right to ask, not a statement that the company shares for marketing.
      if (category === 'advertisers' && statuteRequestBefore(text.slice(0, at))) return false;
      return !negatedOutsideAsides(text, at);
    }
  }
}

/**
 * Recipients (advertisers, affiliates, vendors) named in a clause that hands them aggregates
 * only: "aggregate statistics ... with advertisers" is aggregate sharing, not sharing with them.
 */
function onlyAggregatesReach(text: string, at: number, end: number): boolean {
  // "provide our advertisers with aggregate information": the data follows its recipient.
  if (AGGREGATE_AFTER_RECIPIENT.test(text.slice(end, end + 60)) || AGGREGATE_FORM_AFTER.test(text.slice(end, end + 80))) return true;
  // Brackets blanked: "aggregated demographic information (which does not include any Personally Identifiable Information) with advertisers".
  const lead = blankBrackets(text.slice(clauseAt(text, at).start, at));
  const aggregate = lead.search(AGGREGATE_ONLY);
  return aggregate >= 0 && !OTHER_DATA_TOO.test(lead.slice(aggregate)) && !PERSONAL_DATA.test(lead.slice(aggregate));
}

/**
 * "for marketing purposes" names a recipient's purpose only after a share verb in the clause
 * ("We use your data for marketing purposes and may share it with our host" names none).
 */
function advertisersGetData(text: string, at: number, end: number): boolean {
  const lead = text.slice(clauseAt(text, at).start, at);
  // "share it with our service providers for marketing purposes": our marketing, done by them.
  if (BARE_MARKETING_PURPOSE.test(text.slice(at, end))) return SHARE_VERB.test(lead) && !OTHER_RECIPIENT.some((re) => re.test(lead));
  return true;
}

/**
 * The text before an advertisers match is the law's right to ask about disclosures (California's Shine the Light):
 * the state or the code section named, and a request or the disclosures asked about; or "the categories of third
 * parties with whom ... may be shared" told to the reader, the answer the law requires.
 */
function statuteRequestBefore(before: string): boolean {
  return (STATUTE_NAMED.test(before) && REQUEST_WORD.test(before)) || (CATEGORIES_OF_RECIPIENTS.test(before) && TELLS_READER.test(before));
}
const STATUTE_NAMED = /\b(?:California|1798\.83|Shine\s+the\s+Light)\b/i;
const REQUEST_WORD = /\b(?:request\w*|obtain|ask\s+(?:us\s+)?for|disclosures)\b/i;
const TELLS_READER = /\b(?:provide|give|tell|inform|notify|send)\s+you\b/i;
const CATEGORIES_OF_RECIPIENTS = /\bcategories\s+of\s+(?:[\w-]+\s+){0,3}?(?:third[- ]part(?:y|ies)|persons|entities|recipients|companies)\b/i;

/** Recipients named before a bare "for marketing purposes" that make it the company's own purpose. */
const OTHER_RECIPIENT = SHARING_PATTERNS.filter((p) => p.category === 'service-providers' || p.category === 'affiliates').map((p) => p.pattern);
/** "... advertisers with aggregate information": what the recipient is given, right after it. */
const AGGREGATE_AFTER_RECIPIENT = /^\s+with\s+(?:(?:only|some|certain|general|the)\s+)*(?:aggregat\w*|statistic\w*|summar(?:y|ized|ised)|cumulative|pooled)\b/i;
/** "... with advertisers and partners on an aggregated basis": the form the data is given in, after the recipients. */
const AGGREGATE_FORM_AFTER = /^[^.;:]{0,60}?\b(?:on\s+an?\s+aggregat\w*\s+basis|in\s+(?:an?\s+)?(?:aggregat\w*|summary)\s+form|in\s+the\s+aggregate)\b/i;
/** Aggregates: statistics about many people, no one's personal data (not "non-aggregated" data). */
const AGGREGATE_ONLY = /\b(?:(?<!non-)aggregat\w*|statistic\w*|compiled\s+(?:statistics|figures|form|format)|summar(?:y|ized|ised)\s+(?:data|information|statistics|figures|reports?)|cumulative|pooled)\b/i;
/** "aggregated information and DII with ... advertisers": more than aggregates. */
// The aggregate noun phrase ends first: "aggregate and non-identifiable demographic and travel data" is one phrase.
const OTHER_DATA_TOO = /\b(?:information|data|statistics|figures|reports?|details|profiles|format|form)\b[^.;]{0,60}?\b(?:and|or)\s+(?!(?:related|similar|such)\s)(?:[\w-]+\s+){0,2}?(?:DII|data|information|identifiers?)\b/i;
const PERSONAL_DATA = /\b(?:(?<!non-?)personal(?:ly)?|PII|e-?mail address\w*|names?)\b/i;
const BARE_MARKETING_PURPOSE = /^for\s+(?:direct\s+)?(?:advertising|marketing)\s+purposes$/i;

/**
 * Every hand-over in the segment is of data that identifies no one ("we may provide information
 * in non-personally identifiable form to an advertiser"; "we will not disclose usage information
 * except in aggregate form"): its recipients get aggregates only. Read in the verb's clause and
 * an exception clause right after it.
 */
function nonIdentifyingOnly(text: string): boolean {
  NON_IDENTIFYING.lastIndex = 0;
  if (!NON_IDENTIFYING.test(text)) return false;
  let found = false;
  for (const m of matchAll(SHARE_VERBS, text)) {
    if (!handsOver(text, m)) continue;
    // "share your purchase history with advertisers, and aggregated data": the reader's own data is handed over.
    const verbWord = /^[\w’'-]+/.exec(m[0])![0];
    if (READER_DATA_NEXT.test(text.slice(m.index + verbWord.length, m.index + verbWord.length + 30))) return false;
    // "... with the partners with whom we share personal information, and with advertisers": the relative clause names a
    // recipient, its hand-over is not this sentence's.
    if (WHOM_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const span = verbClauseWithException(text, m.index).replace(WHOM_CLAUSE, (c) => ' '.repeat(c.length));
    NON_IDENTIFYING.lastIndex = 0;
    const first = span.search(NON_IDENTIFYING);
    // "aggregated information and de-identified data with advertisers": more than aggregates.
    if (first < 0 || OTHER_DATA_TOO.test(span.slice(first))) return false;
    if (PERSONAL_OBJECT.test(span.replace(NON_IDENTIFYING, ' '))) return false;
    found = true;
  }
  NON_IDENTIFYING.lastIndex = 0;
  return found;
}

/** A relative clause naming a recipient by what the company gives it: "with whom we share personal information". */
const WHOM_BEFORE = /\b(?:with|to)\s+whom\s+(?:we|it|they)\s+(?:(?:may|might|will|would|also|already|do|can|could)\s+){0,2}$/i;
const WHOM_CLAUSE = /\b(?:with|to)\s+whom\s+(?:we|it|they)\s+[^,.;:]{0,120}/gi;

/** The object right after a share verb is the reader's own: "share your ...", "disclose users' ...". */
const READER_DATA_NEXT = /^\s+(?:your|their|his\s+or\s+her|(?:users?|customers?|members?)[’'])\s/i;

/** The clause of the verb at `pos`, and the next clause too when it is the exception ("except in aggregate form"). */
function verbClauseWithException(text: string, pos: number): string {
  const clauses = clausesOf(text);
  const k = clauses.findIndex((c) => pos >= c.start && pos < c.end);
  if (k < 0) return text;
  const next = clauses[k + 1];
  const end = next && /^[\s,]*(?:except|other than|unless|only|save|apart from)\b/i.test(text.slice(next.start, next.end)) ? next.end : clauses[k]!.end;
  return text.slice(clauses[k]!.start, end);
}
